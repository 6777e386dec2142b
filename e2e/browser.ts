import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { freePort, killServers, type Started, startServer, waitFor } from '../test/server-process.ts';

export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

/**
 * Starts Civitas on a new data directory with the demo, and Debian's Chromium; a test may choose
 * the port (to give another service Civitas's address first) and add settings.
 */
export async function startDemo(options: { port?: number; env?: Record<string, string> } = {}): Promise<{
  baseUrl: string;
  browser: Browser;
  server: Started;
  stop: () => Promise<void>;
}> {
  // A copy of the demo the global setup loaded (e2e/build-web.ts), as a restart would find it.
  const dataDir = mkdtempSync(join(tmpdir(), 'civitas-e2e-'));
  cpSync(inject('demoDataDir'), dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const server = startServer({ PORT: String(port), DATA_DIR: dataDir, ...options.env });
  await waitFor(server, 'Civitas is running');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    server,
    async stop() {
      await browser.close();
      server.child.kill('SIGTERM');
      await server.exited;
      await killServers();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
