import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Global setup of the browser tests: the server serves the built app from dist/web, and a fresh
 * clone (CI) has none yet, so build it when it is missing or older than its sources.
 */
export default function buildWeb() {
  const result = spawnSync(process.execPath, ['scripts/build-web-if-needed.ts'], {
    cwd: join(import.meta.dirname, '..'),
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the web app failed');
}
