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

/**
 * The OpenAPI document tells the truth about these answers: every status a table expects for a
 * route (who gets in, who is refused and how) is listed for its operation, and operationIds are
 * unique, so a generated client names each operation once.
 */
it('documents every status the tables expect, with unique operationIds', async () => {
  const ctx = await setupApp();
  const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  type Operation = { operationId?: string; responses?: Record<string, unknown> };
  const operations = new Map<string, Operation>();
  for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, operation] of Object.entries(methods))
      operations.set(`${method.toUpperCase()} ${path}`, operation);
  }
  const ids = [...operations.values()].map((operation) => operation.operationId);
  expect(ids.filter((id) => !id)).toEqual([]);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);

  const undocumented: string[] = [];
  // The document itself and its viewer are not operations of the API.
  const aboutTheApi = (route: string) => !/^GET \/api\/(openapi\.json|docs)/.test(route);
  for (const row of TABLES.flatMap((table) => table.rows(() => ({}) as never)).filter((row) =>
    aboutTheApi(row.route),
  )) {
    const key = row.route.replace(/:([A-Za-z]+)/g, '{$1}');
    const operation = operations.get(key);
    if (!operation) {
      undocumented.push(`${row.route}: no operation`);
      continue;
    }
    for (const status of new Set(Object.values(row.expect))) {
      if (!operation.responses?.[String(status)]) undocumented.push(`${row.route}: ${status}`);
    }
  }
  expect(undocumented).toEqual([]);
});
