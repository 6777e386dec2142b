import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.ts';
import { openEmbedded } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/**
 * The server runs its TypeScript directly on Node 24, so the build checks types (tsc, before
 * this script) and writes the artifacts others consume: dist/openapi.json for the city's systems.
 */
const database = await openEmbedded(undefined);
await migrateToLatest(database.db);
const app = await buildApp({
  db: database.db,
  databaseKind: 'embedded',
  config: {
    publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:3000',
    trustProxy: false,
    logLevel: 'silent',
  },
  logger: false,
});
await app.ready();
const dist = join(import.meta.dirname, '..', 'dist');
mkdirSync(dist, { recursive: true });
const spec = app.swagger();
writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(spec, null, 2)}\n`);
console.log(`dist/openapi.json: ${Object.keys(spec.paths ?? {}).length} paths`);
await app.close();
await database.close();
