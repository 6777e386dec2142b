import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectPostgres, openEmbedded } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/**
 * One migrated database for the whole run, which every test file copies instead of creating
 * and migrating its own: a PGlite data directory dumped to a file, or a PostgreSQL template
 * database. A file still gets a database of its own; only the start is shared.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    const base = process.env.TEST_DATABASE_URL;
    const name = `civitas_template_${process.pid}_${randomBytes(4).toString('hex')}`;
    await admin(base, `create database ${name}`);
    const target = new URL(base);
    target.pathname = `/${name}`;
    const database = connectPostgres(target.toString(), { max: 1 });
    await migrateToLatest(database.db);
    await database.close();
    project.provide('templateDatabase', name);
    return async () => {
      await admin(base, `drop database if exists ${name} with (force)`);
    };
  }
  const folder = mkdtempSync(join(tmpdir(), 'civitas-test-'));
  // Each test file starts a database from this copy, so what it holds costs 103 times: WAL
  // segments of 1 MB instead of 16, no template databases (nothing here creates a database), and
  // 16 MB of shared buffers instead of 128 (a test's database is a few megabytes; PostgreSQL
  // sets up its shared memory at every start). Nothing of the schema or its behaviour differs.
  const database = await openEmbedded(undefined, { initdbArgs: ['--wal-segsize=1'] });
  await migrateToLatest(database.db);
  for (const statement of [
    "alter system set shared_buffers = '16MB'",
    "update pg_database set datistemplate = false where datname in ('template0', 'template1')",
    'drop database template0',
    'drop database template1',
    'checkpoint',
  ])
    await database.pglite.exec(statement);
  const dump = await database.pglite.dumpDataDir('none');
  await database.close();
  const file = join(folder, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('templateDataDir', file);
  return () => rmSync(folder, { recursive: true, force: true });
}

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDataDir: string;
    templateDatabase: string;
  }
}
