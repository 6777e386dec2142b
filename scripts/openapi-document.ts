/**
 * The server's OpenAPI document as `GET /api/openapi.json` answers it, read without a server or a
 * port: the app is built on an in-memory embedded database and asked through `app.inject`. Keys
 * are sorted, so a route registered in another order does not change the result.
 */
export async function readOpenApiDocument(): Promise<Record<string, unknown>> {
  const { buildApp } = await import('../src/app.ts');
  const { openEmbedded } = await import('../src/db/database.ts');
  const { migrateToLatest } = await import('../src/db/migrate.ts');
  const database = await openEmbedded(undefined);
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({
      db: database.db,
      databaseKind: database.kind,
      config: { publicUrl: 'http://localhost:3000', trustProxy: false, logLevel: 'silent' },
      logger: false,
    });
    try {
      await app.ready();
      const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`/api/openapi.json answered ${response.statusCode}`);
      return sortKeys(response.json()) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}
