import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

const children: ChildProcess[] = [];

/** Runs `node src/main.ts` as `npm start` does, with this environment. */
export function startServer(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Kills whatever a test left running. */
export function killServers() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
}

export async function waitFor(started: Started, text: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (started.child.exitCode !== null) throw new Error(`server exited: ${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}": ${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const freePort = () => 20_000 + Math.floor(Math.random() * 20_000);
