import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Before `npm start`: build the web app when dist/web is missing or older than its sources,
 * so `npm install && npm start` serves the current app without a separate build step.
 */
const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'web', 'index.html');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(built) || newest(join(root, 'web')) > statSync(built).mtimeMs) {
  console.log('Building the web app (dist/web)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
