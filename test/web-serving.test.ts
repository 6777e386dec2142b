import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { freshDatabase } from './helpers.ts';

// The server serves the built web app: hashed assets cached for a year, pages never cached,
// every page path answered with index.html, the API's own 404s untouched.
const webRoot = mkdtempSync(join(tmpdir(), 'civitas-web-'));
let app: Awaited<ReturnType<typeof buildApp>>;
let close: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html lang="pl"><title>Civitas</title></html>');
  writeFileSync(join(webRoot, 'assets', 'index-Ab12Cd.js'), 'console.log("civitas")');
  const database = await freshDatabase();
  app = await buildApp({
    db: database.db,
    databaseKind: database.kind,
    config: { publicUrl: 'http://localhost:3000', trustProxy: false, logLevel: 'silent' },
    logger: false,
    webRoot,
  });
  await app.ready();
  close = async () => {
    await app.close();
    await database.close();
  };
});

afterAll(async () => {
  await close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('caches hashed assets for a year and never the page', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<html lang="pl">');
  });

  it("answers the app's own paths with index.html and leaves API 404s alone", async () => {
    const deep = await app.inject({ method: 'GET', url: '/console/reports?from=2026-01-01' });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toMatch(/text\/html/);
    expect(deep.headers['cache-control']).toBe('no-cache');
    const api = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    const post = await app.inject({ method: 'POST', url: '/console/reports', payload: {} });
    expect(post.statusCode).toBe(404);
  });
});
