import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { freePort, killServers, startServer, waitFor } from '../test/server-process.ts';

/**
 * The public site on a phone: Lighthouse's mobile run (a mid-range phone on a slow 4G line,
 * simulated) on the home, calendar and centres pages of a real server process with the demo
 * network, in Debian's Chromium. Scores are 0..100; the audits that did not pass are named.
 */
export const PUBLIC_PAGES = [
  { page: 'home', path: '/' },
  { page: 'calendar', path: '/calendar' },
  { page: 'centres', path: '/centres' },
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ROOT = join(import.meta.dirname, '..');

export type LighthouseResult = {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Milliseconds: first and largest contentful paint, total blocking time (simulated phone). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits scored below 1 in any of the four categories, with their score. */
  failing: string[];
};

/** Lighthouse on each public page of the server at `baseUrl` (one Chromium for all of them). */
export async function auditPublicPages(baseUrl: string): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const results: LighthouseResult[] = [];
    for (const { page, path } of PUBLIC_PAGES) {
      const run = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as LighthouseResult['scores'];
      const failing = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit?.id} (${Math.round((audit?.score ?? 0) * 100)})`),
      );
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      results.push({
        page,
        path,
        scores,
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        failing: [...new Set(failing)],
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** Builds the web app if its sources changed, starts Civitas on a new embedded data directory with the demo, audits it. */
export async function benchLighthouse(): Promise<LighthouseResult[]> {
  const build = spawnSync(process.execPath, ['scripts/build-web-if-needed.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the web app failed');
  const dataDir = mkdtempSync(join(tmpdir(), 'civitas-bench-lighthouse-'));
  const port = await freePort();
  try {
    const server = startServer({
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
    });
    await waitFor(server, 'Civitas is running');
    const results = await auditPublicPages(`http://127.0.0.1:${port}`);
    server.child.kill('SIGTERM');
    await server.exited;
    return results;
  } finally {
    await killServers();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
