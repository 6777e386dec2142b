import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';

const OUT_DIR = join(import.meta.dirname, '..', 'dist', 'web');

/**
 * Writes a .br and a .gz beside every text file of the build, at the strongest settings, once:
 * the server sends them as they are (@fastify/static preCompressed) instead of compressing the
 * same bytes on every request.
 */
function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json|webmanifest|txt|ico)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'civitas-precompress',
    apply: 'build',
    closeBundle() {
      for (const path of walk(OUT_DIR).filter((file) => compressible.test(file))) {
        const content = readFileSync(path);
        if (content.length < 1024) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/** These chunks and every chunk they import, directly or not: what loading them downloads. */
function chunksLoadedBy(bundle: Rollup.OutputBundle, names: readonly string[]): Set<string> {
  const files = new Set<string>();
  const visit = (name: string) => {
    const each = bundle[name];
    if (files.has(name) || each?.type !== 'chunk') return;
    files.add(name);
    for (const imported of each.imports) visit(imported);
  };
  for (const name of names) visit(name);
  return files;
}

/**
 * index.html preloads the chunks main.tsx imports in its start-up steps, and what they import, as
 * Vite does for the entry's own imports: they download together with the entry, not one after
 * another. The lazy pages and areas (imported by those chunks, not by main.tsx) stay unloaded.
 */
function preloadStartup(): Plugin {
  return {
    name: 'civitas-preload-startup',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) return html;
        const files = chunksLoadedBy(bundle, chunk.dynamicImports);
        for (const name of [chunk.fileName, ...chunk.imports]) files.delete(name);
        return {
          html,
          tags: [...files].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}

/**
 * `route-preloads.json`: for each public page loaded lazily (web/src/public/routes.tsx), its
 * chunk and what that chunk imports. The server adds them to index.html as modulepreload links
 * when it answers that page's address, so a visitor who opens /calendar first downloads the
 * calendar's code with the start-up chunks instead of after the router has started.
 */
function routePreloads(): Plugin {
  const routesFile = join(import.meta.dirname, 'src', 'public', 'routes.tsx');
  return {
    name: 'civitas-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const pageOf = new Map<string, string>();
      const source = readFileSync(routesFile, 'utf8');
      for (const match of source.matchAll(
        /lazyPage\(\s*'([^']+)',\s*async \(\) => \(await import\('\.\/([^']+)'\)\)/g,
      )) {
        pageOf.set(join(import.meta.dirname, 'src', 'public', match[2] as string), match[1] as string);
      }
      const preloads: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // The chunk that holds the page (a page another page imports too has no facade of its own).
        for (const route of chunk.moduleIds.flatMap((id) => pageOf.get(id) ?? [])) {
          preloads[route] = [...chunksLoadedBy(bundle, [chunk.fileName])];
        }
      }
      this.emitFile({ type: 'asset', fileName: 'route-preloads.json', source: JSON.stringify(preloads) });
    },
  };
}

// The browser app: built into dist/web and served by the Civitas server itself.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), preloadStartup(), routePreloads(), precompress()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
