import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

export type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * How long a server process may take to start (loading the demo on a busy two-core machine takes
 * more than a minute): well under the timeout of the tests that start one (SERVER_TEST_TIMEOUT),
 * so a slow start fails with the process's output, not a bare timeout.
 */
export const START_DEADLINE_MS = 120_000;
/** The timeout of a test that starts server processes (some start three, one after another). */
export const SERVER_TEST_TIMEOUT = 420_000;

const children: { child: ChildProcess; exited: Promise<number | null> }[] = [];

/** Runs `node src/main.ts` as `npm start` does, with this environment. */
export function startServer(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  children.push({ child, exited });
  return { child, output: () => output, exited };
}

const leftovers: (() => Promise<void> | void)[] = [];

/**
 * Where a server process of the test keeps its data, as environment: a new data directory, or on
 * PostgreSQL (TEST_DATABASE_URL) a new database. `migrated` starts it as a copy of the run's
 * migrated template (test/global-setup.ts) instead of empty, for tests about something other than
 * a first start: creating and migrating an embedded database takes seconds. cleanUpServers()
 * removes them. The app's modules are imported here, when needed, not with this file: the browser
 * tests' global setup starts a server through it, and there an app import fails (rrule's ES build
 * has no default export).
 */
export async function ownDatabase(
  prefix: string,
  options: { migrated?: boolean } = {},
): Promise<Record<string, string>> {
  // Imported here: helpers.ts loads the whole app, which the browser tests' global setup
  // (e2e/build-web.ts, run by Vite's module runner) cannot load (rrule has no ES default export).
  const { backend, freshDatabaseUrl, templateBlob } = await import('./helpers.ts');
  if (backend === 'postgres') {
    const database = await freshDatabaseUrl(options.migrated ? inject('templateDatabase') : undefined);
    leftovers.push(database.drop);
    return { DATABASE_URL: database.url };
  }
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  leftovers.push(() => rmSync(dataDir, { recursive: true, force: true }));
  if (options.migrated) {
    const { openEmbedded } = await import('../src/db/database.ts');
    await (await openEmbedded(dataDir, { loadDataDir: templateBlob(inject('templateDataDir')) })).close();
  }
  return { DATA_DIR: dataDir };
}

/** Kills the servers a test started, then removes the databases ownDatabase() made. */
export async function cleanUpServers(): Promise<void> {
  await killServers();
  for (const remove of leftovers.splice(0)) await remove();
}

/** Kills whatever a test left running, and waits until it is gone. */
export async function killServers(): Promise<void> {
  for (const { child } of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(children.splice(0).map(({ exited }) => exited));
}

/** The last lines a process wrote, for a failure message. */
export function lastLines(started: Started, count = 15): string {
  const lines = started.output().trimEnd().split('\n');
  return lines.slice(-count).join('\n') || '(no output)';
}

/**
 * Resolves when the process has written `text`; fails at once if the process exits first, or
 * after `timeoutMs`, with the last lines it wrote either way.
 */
export function waitFor(started: Started, text: string, timeoutMs = START_DEADLINE_MS): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const { child } = started;
    const finish = (error?: Error) => {
      clearTimeout(deadline);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', exited);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (started.output().includes(text)) finish();
    };
    const exited = (code: number | null, signal: string | null) =>
      finish(
        new Error(`the server exited (${signal ?? code}) before writing "${text}":\n${lastLines(started)}`),
      );
    const deadline = setTimeout(
      () =>
        finish(
          new Error(`no "${text}" from the server within ${timeoutMs} ms; it wrote:\n${lastLines(started)}`),
        ),
      timeoutMs,
    );
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', exited);
    if (child.exitCode !== null || child.signalCode !== null) exited(child.exitCode, child.signalCode);
    else check();
  });
}

/** A port nobody listens on: the system picks it for a socket we close at once. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port from the system');
  return address.port;
}

/** The process's exit code (null when killed by a signal), failing with its last lines after `timeoutMs`. */
export function exitCode(started: Started, timeoutMs = START_DEADLINE_MS): Promise<number | null> {
  return new Promise<number | null>((resolve, reject) => {
    const deadline = setTimeout(
      () =>
        reject(new Error(`the server did not exit within ${timeoutMs} ms; it wrote:\n${lastLines(started)}`)),
      timeoutMs,
    );
    started.exited.then((code) => {
      clearTimeout(deadline);
      resolve(code);
    });
  });
}
