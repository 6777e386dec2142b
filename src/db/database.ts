import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, type LogConfig, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import { isMarkedPrepared } from './prepared.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'embedded' | 'postgres';

/** Connections of the pool: how many exist, how many are in use, how many callers wait for one. */
export type PoolStats = { size: number; inUse: number; waiting: number };

export type Database = {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The pool as it is now (for the metrics); the embedded database is one connection. */
  poolStats(): PoolStats;
  close(): Promise<void>;
};

// Type OIDs: int8 (counts) as numbers, date and numeric kept as strings so no zone or
// precision is invented on the way out; timestamptz stays a Date on both backends.
const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;
const DATE_ARRAY = 1182;
const TEXT_ARRAY = 1009;

export class DataDirLockedError extends Error {}

/** PostgreSQL server through a pool of `pg` connections; `log` sees every statement (tests count them). */
export function connectPostgres(url: string, options: { max?: number; log?: LogConfig } = {}): Database {
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8) return (value: string) => Number(value);
      if (oid === DATE || oid === NUMERIC) return (value: string) => value;
      if (oid === DATE_ARRAY) return pg.types.getTypeParser(TEXT_ARRAY as never);
      return pg.types.getTypeParser(oid, format as 'text');
    }) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  // No JIT compilation: it pays off only for long analytical queries, and the report's are short
  // enough that compiling them cost more than running them (0.35 s of a 0.36 s one-day summary
  // over the benchmark's network; 0.02 s without).
  pool.on('connect', (client) => {
    client.query('set jit = off').catch(() => {
      // A server without JIT support has nothing to turn off.
    });
    prepareRepeatedStatements(client);
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: options.log });
  const poolStats = () => ({
    size: pool.totalCount,
    inUse: pool.totalCount - pool.idleCount,
    waiting: pool.waitingCount,
  });
  return { db, kind: 'postgres', poolStats, close: () => db.destroy() };
}

/** How many statements one connection keeps prepared; later new ones are sent unprepared. */
export const PREPARED_PER_CONNECTION = 100;

/**
 * The statements that carry PREPARED_MARK (a booking's and a registration's, the session's read)
 * are prepared on a connection the first time it sends them (a named statement of the extended
 * protocol): PostgreSQL parses them once and, after five runs, plans them once if a plan for any
 * parameters costs no more than one for these. The database's CPU per booking halves. Only marked
 * ones: for a range of dates or a search, a plan made without the parameters can be much slower
 * (the report's year and the knowledge search were, when every statement was prepared). At most
 * PREPARED_PER_CONNECTION per connection, a bound for marked statements whose text varies (a
 * series of n bookings); a prepared statement whose tables change is planned again by PostgreSQL.
 */
export function prepareRepeatedStatements(client: Pick<pg.PoolClient, 'query'>): void {
  const names = new Map<string, string>();
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = (text: string, values: unknown[]) => {
    let name = names.get(text);
    if (name === undefined && names.size < PREPARED_PER_CONNECTION && isMarkedPrepared(text)) {
      name = `civitas_${names.size}`;
      names.set(text, name);
    }
    return name === undefined ? send(text, values) : send({ name, text, values });
  };
  client.query = ((...args: unknown[]) =>
    args.length === 2 && typeof args[0] === 'string' && Array.isArray(args[1])
      ? prepared(args[0], args[1])
      : send(...args)) as typeof client.query;
}

/**
 * The embedded database: PGlite with its files in `dataDir`, or in memory when `dataDir`
 * is undefined (tests). A lock file keeps a second process off the same files.
 */
export async function openEmbedded(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob | File; log?: LogConfig; initdbArgs?: string[] } = {},
): Promise<Database & { pglite: PGlite }> {
  let unlock = () => {};
  let dataPath: string | undefined;
  if (dataDir !== undefined) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dir);
    dataPath = join(dir, 'pgdata');
  }
  try {
    const pglite = await PGlite.create({
      dataDir: dataPath,
      // A copy of a data directory to start from (the tests' migrated template).
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      // Options of initdb for a new data directory (the tests' template has small WAL segments).
      ...(options.initdbArgs ? { initDbStartParams: options.initdbArgs } : {}),
      extensions: { btree_gist, pg_trgm, unaccent },
      parsers: {
        [INT8]: (value: string) => Number(value),
        [DATE]: (value: string) => value,
        [NUMERIC]: (value: string) => value,
      },
    });
    const dialect = new PGliteDialect(pglite);
    const db = new Kysely<DB>({ dialect, log: options.log });
    return {
      db,
      pglite,
      kind: 'embedded',
      poolStats() {
        const { held, waiting } = dialect.mutex.state;
        return { size: 1, inUse: held ? 1 : 0, waiting };
      },
      async close() {
        await db.destroy();
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Takes `<dir>/civitas.lock` (holding our pid) or explains who holds it. Returns the release. */
function lockDataDir(dir: string): () => void {
  const path = join(dir, 'civitas.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(
          `The data directory ${dir} is in use by another Civitas process (pid ${holder}). ` +
            'Stop it first, or start this one with another DATA_DIR.',
        );
      }
      // The holder is gone (a crash): the lock is stale.
      if (existsSync(path)) rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
