import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The web app's index.html for one page's address, with modulepreload links for that page's
 * chunks (dist/web/route-preloads.json, written by the build: web/vite.config.ts), so the page's
 * code downloads with the start-up chunks instead of after the router has started. Undefined
 * for an address without a lazily loaded page (the home page comes with the start-up chunks).
 */
export function routePreloads(webRoot: string): (path: string) => string | undefined {
  const manifest = join(webRoot, 'route-preloads.json');
  if (!existsSync(manifest)) return () => undefined;
  const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const routes = Object.entries(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string[]>).map(
    ([route, files]) => {
      // 'calendar/:activityId' matches /calendar/<one segment>; files index.html names already are left out.
      const pattern = new RegExp(`^/${route.replace(/:[^/]+/g, '[^/]+')}/?$`);
      const links = files
        .filter((file) => !index.includes(`/${file}"`))
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
        .join('');
      return { pattern, html: links ? index.replace('</head>', `${links}</head>`) : index };
    },
  );
  return (path) => routes.find((route) => route.pattern.test(path))?.html;
}
