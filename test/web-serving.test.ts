import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { freshDatabase } from './helpers.ts';

// robots-parser is CommonJS with a default export its types describe for ES modules only.
const robotsParser: (
  url: string,
  text: string,
) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  isDisallowed(url: string, ua?: string): boolean | undefined;
} = createRequire(import.meta.url)('robots-parser');

// The server serves the built web app: hashed assets cached for a year, pages never cached,
// every page path answered with index.html, the API's own 404s untouched.
const webRoot = mkdtempSync(join(tmpdir(), 'civitas-web-'));
let app: Awaited<ReturnType<typeof buildApp>>;
let close: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><html lang="pl"><head><title>Civitas</title><script type="module" src="/assets/index-Ab12Cd.js"></script></head></html>',
  );
  writeFileSync(join(webRoot, 'assets', 'index-Ab12Cd.js'), 'console.log("civitas")');
  // What the build writes for the lazily loaded pages (web/vite.config.ts, routePreloads).
  writeFileSync(
    join(webRoot, 'route-preloads.json'),
    JSON.stringify({
      calendar: ['assets/CalendarPage-Xy12.js', 'assets/index-Ab12Cd.js'],
      'calendar/:activityId': ['assets/ActivityPage-Zz34.js'],
    }),
  );
  // What the build copies from web/public: the icons and the web manifest.
  cpSync(join(import.meta.dirname, '..', 'web', 'public'), webRoot, { recursive: true });
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

  it('serves robots.txt that keeps crawlers to the public pages', async () => {
    const response = await app.inject({ method: 'GET', url: '/robots.txt' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const robots = robotsParser('http://localhost:3000/robots.txt', response.body);
    for (const page of ['/', '/calendar', '/centres', '/knowledge/jak-zalozyc-fundacje']) {
      expect(robots.isAllowed(`http://localhost:3000${page}`, 'Googlebot'), page).toBe(true);
    }
    for (const page of ['/api/activities', '/console/bookings', '/my/data']) {
      expect(robots.isDisallowed(`http://localhost:3000${page}`, 'Googlebot'), page).toBe(true);
    }
  });

  it('serves a real favicon and web manifest, and a missing file as 404, not the page', async () => {
    const icon = await app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    // ICONDIR: reserved 0, type 1 (icon), one image; its data a PNG.
    const ico = icon.rawPayload;
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    const offset = ico.readUInt32LE(6 + 12);
    expect(ico.subarray(offset, offset + 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');

    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/application\/manifest\+json/);
    const parsed = JSON.parse(manifest.body);
    expect(parsed).toMatchObject({ name: expect.any(String), lang: 'pl', start_url: '/' });
    for (const { src } of parsed.icons) {
      expect((await app.inject({ method: 'GET', url: src })).statusCode, src).toBe(200);
    }

    const missing = await app.inject({ method: 'GET', url: '/apple-touch-icon-precomposed.png' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).not.toMatch(/text\/html/);
  });

  it("preloads a page's own chunks with the page, and nothing the page does not load", async () => {
    const preloadsOf = async (url: string) => {
      const page = await app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const document = parseDocument(page.body);
      return DomUtils.findAll(
        (element) => element.name === 'link' && element.attribs.rel === 'modulepreload',
        document.children,
      ).map((link) => link.attribs.href);
    };
    // The entry index.html names already is not named twice.
    expect(await preloadsOf('/calendar')).toEqual(['/assets/CalendarPage-Xy12.js']);
    expect(await preloadsOf('/calendar/')).toEqual(['/assets/CalendarPage-Xy12.js']);
    expect(await preloadsOf('/calendar/0b6c9a3e-1f2d-4c5b-8a7e-9d0c1b2a3f4e')).toEqual([
      '/assets/ActivityPage-Zz34.js',
    ]);
    expect(await preloadsOf('/')).toEqual([]);
    expect(await preloadsOf('/calendar/a/b')).toEqual([]);
  });
});
