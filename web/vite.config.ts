import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
        const files = new Set<string>();
        const visit = (name: string) => {
          const each = bundle[name];
          if (files.has(name) || each?.type !== 'chunk') return;
          files.add(name);
          for (const imported of each.imports) visit(imported);
        };
        for (const name of chunk.dynamicImports) visit(name);
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

// The browser app: built into dist/web and served by the Civitas server itself.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), preloadStartup(), precompress()],
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
