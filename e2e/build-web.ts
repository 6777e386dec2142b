import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startServer, waitFor } from '../test/server-process.ts';

/**
 * Global setup of the browser tests. The server serves the built app from dist/web, and a fresh
 * clone (CI) has none yet, so build it when it is missing or older than its sources. Then one
 * demo server starts on a new data directory and stops cleanly: each test file starts its own
 * server on a copy of that directory (e2e/browser.ts) instead of creating, migrating and loading
 * the demo again, the most of a start.
 */
export default async function setup(project: TestProject) {
  const result = spawnSync(process.execPath, ['scripts/build-web-if-needed.ts'], {
    cwd: join(import.meta.dirname, '..'),
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the web app failed');

  const dataDir = mkdtempSync(join(tmpdir(), 'civitas-e2e-demo-'));
  const server = startServer({ PORT: String(await freePort()), DATA_DIR: dataDir });
  await waitFor(server, 'Civitas is running');
  server.child.kill('SIGTERM');
  const code = await server.exited;
  if (code !== 0) throw new Error(`the demo server did not stop cleanly (${code}):\n${server.output()}`);
  project.provide('demoDataDir', dataDir);
  return () => rmSync(dataDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string;
  }
}
