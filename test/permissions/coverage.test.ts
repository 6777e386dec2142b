import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { setupApp } from '../helpers.ts';
import { TABLES } from './tables.ts';

/**
 * Every route of the app has rows in a role-by-endpoint table, and every row names a route the
 * app has. The route list comes from the app itself (`app.routeList`, recorded as routes are
 * registered), so a new route without rows fails here. The web app's pages are no route (the
 * not-found handler sends index.html) and its built files are static routes outside /api
 * (test/web-serving.test.ts covers both); every /api route has rows.
 */
it('covers every route of the app, and names no route the app lacks', async () => {
  const ctx = await setupApp();
  // The built web app's files (dist/web, when present) are static routes outside /api, the same
  // for everyone; test/web-serving.test.ts covers them.
  const routes = new Set(
    ctx.app.routeList
      .filter((route) => route.url.startsWith('/api/'))
      .map((route) => `${route.method} ${route.url}`),
  );
  const rowRoutes = new Set(
    TABLES.flatMap((table) =>
      table.rows(() => {
        throw new Error('rows must not touch fixtures before a row runs');
      }),
    ).map((row) => row.route),
  );
  const withoutRows = [...routes].filter((route) => !rowRoutes.has(route)).sort();
  const unknown = [...rowRoutes].filter((route) => !routes.has(route)).sort();
  expect({ withoutRows, unknown }).toEqual({ withoutRows: [], unknown: [] });
  expect(routes.size).toBeGreaterThan(100);
});

it('runs every table: each *.table.ts is in TABLES and has a *.test.ts that runs it', () => {
  const files = readdirSync(import.meta.dirname);
  const tableFiles = files.filter((file) => file.endsWith('.table.ts'));
  expect(tableFiles).toHaveLength(TABLES.length);
  const notRun = tableFiles.filter((file) => {
    const test = file.replace(/\.table\.ts$/, '.test.ts');
    return (
      !files.includes(test) || !readFileSync(join(import.meta.dirname, test), 'utf8').includes('runTable(')
    );
  });
  expect(notRun).toEqual([]);
});
