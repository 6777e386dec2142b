import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely, LogEvent } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { type AppDeps, buildApp } from '../src/app.ts';
import { connectPostgres, type Database, openEmbedded } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { hashPassword } from '../src/lib/passwords.ts';
import type { Role } from '../src/lib/policy.ts';
import { SESSION_COOKIE, startSession } from '../src/modules/accounts/index.ts';

export const backend = process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded';

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new database on the
 * PostgreSQL server of TEST_DATABASE_URL. Closing it (and dropping the PostgreSQL one) is done at
 * the end of the file if the test does not do it first; closing twice is harmless.
 */
export async function freshDatabase(options: { log?: (event: LogEvent) => void } = {}): Promise<Database> {
  if (!process.env.TEST_DATABASE_URL) {
    const template = inject('templateDataDir');
    const database = await openEmbedded(undefined, {
      loadDataDir: template ? templateBlob(template) : undefined,
      log: options.log,
    });
    // The template was migrated by this run's global setup; only an empty database needs it.
    if (!template) await migrateToLatest(database.db);
    return tracked(database, () => database.close());
  }
  const { url, drop } = await freshDatabaseUrl(inject('templateDatabase'));
  const database = connectPostgres(url, { max: 20, log: options.log });
  if (!inject('templateDatabase')) await migrateToLatest(database.db);
  return tracked(database, async () => {
    await database.close();
    await drop();
  });
}

/** The template's dump, read once per worker (the files of a worker share its module cache). */
let templateDump: { path: string; blob: Blob } | undefined;
export function templateBlob(path: string): Blob {
  if (templateDump?.path !== path) templateDump = { path, blob: new Blob([readFileSync(path)]) };
  return templateDump.blob;
}

function tracked(database: Database, close: () => Promise<void>): Database {
  const closeOnce = once(close);
  cleanups.push(closeOnce);
  return { ...database, close: closeOnce };
}

function once(task: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= task();
    return done;
  };
}

/**
 * A new, empty database on the server of TEST_DATABASE_URL, and how to drop it (done at the end of
 * the file in any case: a test that fails before dropping it leaves nothing behind).
 */
export async function freshDatabaseUrl(
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `civitas_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const target = new URL(base);
  target.pathname = `/${name}`;
  const drop = once(async () => {
    const dropper = new pg.Client({ connectionString: base });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  });
  drops.push(drop);
  return { url: target.toString(), drop };
}

/**
 * What the current file opened: apps, then databases, then the PostgreSQL databases to drop.
 * test/setup.ts (a setup file, run for every test file) closes them in that order when the file
 * ends; a hook registered from inside `beforeAll` (where `setupApp` is called) would never run.
 */
const appClosers: (() => Promise<void>)[] = [];
const cleanups: (() => Promise<void>)[] = [];
const drops: (() => Promise<void>)[] = [];

/** Closes everything the file opened; called after each file's tests. */
export async function closeWhatTheFileOpened(): Promise<void> {
  for (const list of [appClosers, cleanups, drops]) {
    for (const close of list.splice(0).reverse()) await close();
  }
}

export type TestContext = {
  app: FastifyInstance;
  db: Kysely<DB>;
  database: Database;
};

/** The app on a fresh database, closed after the file's tests. */
export async function setupApp(
  config: Partial<AppDeps['config']> = {},
  options: { logLines?: string[] } = {},
): Promise<TestContext> {
  const statements: { recording?: string[] } = {};
  const database = await freshDatabase({
    // Every statement the app sends, BEGIN and COMMIT included (both drivers send them through
    // the logged connection), and failed ones too: each is a round trip.
    log: (event) => statements.recording?.push(event.query.sql),
  });
  statementLogs.set(database.db, statements);
  const { logLines } = options;
  const app = await buildApp({
    db: database.db,
    databaseKind: database.kind,
    config: {
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      logLevel: logLines ? 'info' : 'silent',
      ...config,
    },
    poolStats: database.poolStats,
    // With logLines, the app's log (as the configured logger writes it) is collected there.
    logger: logLines ? { stream: { write: (line: string) => logLines.push(line) } } : false,
  });
  await app.ready();
  appClosers.push(once(() => app.close()));
  return { app, db: database.db, database };
}

const statementLogs = new WeakMap<Kysely<DB>, { recording?: string[] }>();

/**
 * The SQL statements the app sends to the database while `task` runs (one request, usually),
 * in order: the measure of round trips per request.
 */
export async function countStatements<T>(
  ctx: TestContext,
  task: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const log = statementLogs.get(ctx.db);
  if (!log) throw new Error('countStatements needs a context from setupApp');
  if (log.recording) throw new Error('countStatements does not nest');
  const statements: string[] = [];
  log.recording = statements;
  try {
    return { result: await task(), statements };
  } finally {
    log.recording = undefined;
  }
}

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export type TestUser = { id: string; email: string; cookie: string; headers: Record<string, string> };

/** A user with these roles, inserted directly (a factory), with a session of its own. */
export async function makeUser(
  ctx: TestContext,
  roles: Role[],
  options: { centerIds?: string[]; name?: string } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${roles.join('-') || 'user'}-${randomBytes(4).toString('hex')}@example.org`;
  const { id } = await ctx.db
    .insertInto('users')
    .values({
      email,
      name: options.name ?? `Test ${roles.join(' ')}`,
      password_hash: await passwordHash,
      roles,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.centerIds?.length) {
    await ctx.db
      .insertInto('user_centers')
      .values(options.centerIds.map((centerId) => ({ user_id: id, center_id: centerId })))
      .execute();
  }
  // The session a sign-in starts, without checking the password (a scrypt hash, tenths of a second
  // of CPU per user); signing in itself is tested in src/modules/accounts.
  const { sessionToken } = await startSession(ctx.db, id);
  const cookie = `${SESSION_COOKIE}=${sessionToken}`;
  return { id, email, cookie, headers: { cookie } };
}

export async function signIn(ctx: TestContext, email: string, password: string): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'civitas_session');
  if (!cookie) throw new Error('no session cookie');
  return `civitas_session=${cookie.value}`;
}

/** app.inject with JSON parsed, for short assertions. */
export async function call(
  ctx: TestContext,
  options: InjectOptions & { as?: TestUser | null },
): Promise<{ status: number; body: any; response: LightMyRequestResponse }> {
  const { as, ...rest } = options;
  const response = await ctx.app.inject({
    ...rest,
    headers: { ...(as ? as.headers : {}), ...(rest.headers ?? {}) },
  });
  let body: unknown = response.body;
  if ((response.headers['content-type'] ?? '').toString().includes('json') && response.body) {
    body = JSON.parse(response.body);
  }
  return { status: response.statusCode, body, response };
}
