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
 * One pass first that is not counted (the server's first requests and its background jobs'
 * first run), then LIGHTHOUSE_RUNS passes (default 3); per page the run of median performance.
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
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

export type LighthouseResult = {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Milliseconds: first and largest contentful paint, total blocking time (simulated phone). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's measure of the host's CPU during the run (higher is faster; busy hosts score low). */
  benchmarkIndex: number;
  /** Audits scored below 1 in any of the four categories, with their score. */
  failing: string[];
};

/** Lighthouse's own trace errors, which a second recording of the same page does not repeat. */
const TRACE_ERRORS = new Set(['NO_NAVSTART', 'NO_FCP', 'NO_TRACING_STARTED', 'NO_DCL']);
const ATTEMPTS = 3;

/** One Lighthouse run on a page, recorded again (up to three times) when its trace was broken. */
async function auditPage(url: string, port: number) {
  for (let attempt = 1; ; attempt++) {
    const run = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (!lhr.runtimeError) return lhr;
    if (!TRACE_ERRORS.has(lhr.runtimeError.code) || attempt === ATTEMPTS) {
      throw new Error(`Lighthouse on ${url} (attempt ${attempt}): ${lhr.runtimeError.message}`);
    }
    console.log(`(Lighthouse on ${url}: ${lhr.runtimeError.code}, recording again)`);
  }
}

/** Lighthouse on each public page of the server at `baseUrl` (one Chromium for all of them). */
export async function auditPublicPages(baseUrl: string): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const results: LighthouseResult[] = [];
    for (const { page, path } of PUBLIC_PAGES) {
      const lhr = await auditPage(`${baseUrl}${path}`, chrome.port);
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
        benchmarkIndex: lhr.environment.benchmarkIndex,
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
    const baseUrl = `http://127.0.0.1:${port}`;
    await auditPublicPages(baseUrl);
    const passes: LighthouseResult[][] = [];
    for (let i = 0; i < RUNS; i++) passes.push(await auditPublicPages(baseUrl));
    const results = PUBLIC_PAGES.map(({ page }) => {
      const runs = passes
        .map((pass) => pass.find((result) => result.page === page))
        .filter((result) => result !== undefined)
        .sort((a, b) => a.scores.performance - b.scores.performance);
      const median = runs[Math.floor(runs.length / 2)];
      if (!median) throw new Error(`no Lighthouse run of ${page}`);
      return median;
    });
    server.child.kill('SIGTERM');
    await server.exited;
    return results;
  } finally {
    await killServers();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
