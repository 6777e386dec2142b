import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '../src/db/database.ts';
import { PASSWORD_COST } from '../src/lib/passwords.ts';
import { backend } from './helpers.ts';
import {
  cleanUpServers,
  exitCode,
  freePort,
  ownDatabase,
  SERVER_TEST_TIMEOUT,
  startServer,
  waitFor,
} from './server-process.ts';

const dirs: string[] = [];

afterAll(async () => {
  await cleanUpServers();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('stops at once with one line naming a wrong variable', { timeout: SERVER_TEST_TIMEOUT }, async () => {
    const started = startServer({ PORT: 'abc', DATA_DIR: join(tmpdir(), 'never-used') });
    expect(await exitCode(started)).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
    expect(lines[0]).toMatch(/port number/);
  });

  it('serves the demo with a working printed sign-in, locks its data directory, and closes cleanly', {
    timeout: SERVER_TEST_TIMEOUT,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'civitas-'));
    dirs.push(dataDir);
    const port = await freePort();
    const first = startServer({ PORT: String(port), DATA_DIR: dataDir });
    await waitFor(first, 'Demo sign-in');
    // The demo shows the centres at work: every part of it loaded.
    expect(first.output()).not.toContain('could not be loaded');
    const activities = (await (await fetch(`http://127.0.0.1:${port}/api/activities`)).json()) as {
      items: unknown[];
    };
    expect(activities.items.length).toBeGreaterThan(3);
    const signIn = /(\S+@civitas\.demo)\s+\/\s+(\S+)/.exec(first.output());
    expect(signIn).not.toBeNull();
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: signIn?.[1], password: signIn?.[2] }),
    });
    expect(login.status).toBe(200);
    expect(((await login.json()) as { user: { roles: string[] } }).user.roles).toEqual(['admin']);

    const second = startServer({ PORT: String(await freePort()), DATA_DIR: dataDir });
    expect(await exitCode(second)).toBe(1);
    expect(second.output()).toMatch(/in use by another Civitas process/);

    first.child.kill('SIGTERM');
    expect(await exitCode(first)).toBe(0);
    expect(existsSync(join(dataDir, 'civitas.lock'))).toBe(false);

    // Demo accounts have public passwords: not served beyond this machine unless DEMO_DATA=true.
    const exposed = startServer({ PORT: String(await freePort()), DATA_DIR: dataDir, HOST: '0.0.0.0' });
    expect(await exitCode(exposed)).toBe(1);
    expect(exposed.output()).toMatch(/demo accounts.*DEMO_DATA=true/s);

    // Restarted on the same files: the data is there and the demo is not loaded twice; the
    // configured admin works beside the demo admin.
    const againPort = await freePort();
    const again = startServer({
      PORT: String(againPort),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'it@krakow.example.org',
      ADMIN_PASSWORD: 'konfiguracja 2026 Reymonta',
    });
    await waitFor(again, 'Civitas is running');
    expect(again.output()).toContain('Created the admin account it@krakow.example.org.');
    const adminLogin = await fetch(`http://127.0.0.1:${againPort}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'it@krakow.example.org', password: 'konfiguracja 2026 Reymonta' }),
    });
    expect(adminLogin.status).toBe(200);
    expect(((await adminLogin.json()) as { user: { roles: string[] } }).user.roles).toEqual(['admin']);
    const centers = (await (await fetch(`http://127.0.0.1:${againPort}/api/centers`)).json()) as {
      items: unknown[];
    };
    expect(centers.items).toHaveLength(2);
    again.child.kill('SIGINT');
    expect(await exitCode(again)).toBe(0);
  });

  it(`starts on the ${backend} database and reports it in /api/health`, {
    timeout: SERVER_TEST_TIMEOUT,
  }, async () => {
    const port = await freePort();
    // A first start on an empty database is the demo's test above; here the embedded database
    // starts as a copy of the run's migrated template (creating and migrating one takes seconds).
    const database =
      backend === 'postgres'
        ? await ownDatabase('civitas-')
        : { ...(await ownDatabase('civitas-', { migrated: true })), DEMO_DATA: 'false' };
    const started = startServer({
      PORT: String(port),
      ...database,
      ADMIN_EMAIL: 'Admin@Example.org',
      ADMIN_PASSWORD: 'a long admin password',
    });
    await waitFor(started, 'Civitas is running');
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toEqual({ status: 'ok', database: backend });
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: 'a long admin password' }),
    });
    expect(login.status).toBe(200);
    started.child.kill('SIGTERM');
    expect(await exitCode(started)).toBe(0);

    // The server hashes at the full scrypt cost (the test suite's own hashes are cheaper).
    const stored = await adminPasswordHash(database);
    const { N, r, p } = PASSWORD_COST;
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', String(N), String(r), String(p)]);
    expect(N).toBe(2 ** 15);
  });
});

/** The stored password hash of admin@example.org, read once the server has stopped. */
async function adminPasswordHash(database: Record<string, string>): Promise<string> {
  const query = "select password_hash from users where email = 'admin@example.org'";
  if (database.DATABASE_URL) {
    const client = new pg.Client({ connectionString: database.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(query)).rows[0].password_hash;
    } finally {
      await client.end();
    }
  }
  const embedded = await openEmbedded(database.DATA_DIR);
  try {
    return (await embedded.pglite.query<{ password_hash: string }>(query)).rows[0]?.password_hash ?? '';
  } finally {
    await embedded.close();
  }
}
