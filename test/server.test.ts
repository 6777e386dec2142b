import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backend, freshDatabaseUrl } from './helpers.ts';
import { freePort, killServers, startServer, waitFor } from './server-process.ts';

const dirs: string[] = [];

afterAll(() => {
  killServers();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('stops at once with one line naming a wrong variable', async () => {
    const started = startServer({ PORT: 'abc', DATA_DIR: join(tmpdir(), 'never-used') });
    expect(await started.exited).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
    expect(lines[0]).toMatch(/port number/);
  });

  it('serves the demo with a working printed sign-in, locks its data directory, and closes cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'civitas-'));
    dirs.push(dataDir);
    const port = freePort();
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

    const second = startServer({ PORT: String(port + 1), DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another Civitas process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, 'civitas.lock'))).toBe(false);

    // Restarted on the same files: the data is there and the demo is not loaded twice.
    const again = startServer({ PORT: String(port + 2), DATA_DIR: dataDir });
    await waitFor(again, 'Civitas is running');
    const centers = (await (await fetch(`http://127.0.0.1:${port + 2}/api/centers`)).json()) as {
      items: unknown[];
    };
    expect(centers.items).toHaveLength(2);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it(`starts on the ${backend} database and reports it in /api/health`, async () => {
    const port = freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'civitas-'));
    dirs.push(dataDir);
    const url = backend === 'postgres' ? await freshDatabaseUrl() : undefined;
    const started = startServer({
      PORT: String(port),
      ...(url ? { DATABASE_URL: url.url } : { DATA_DIR: dataDir, DEMO_DATA: 'false' }),
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
    expect(await started.exited).toBe(0);
    await url?.drop();
  });
});
