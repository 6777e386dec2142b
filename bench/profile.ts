import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where a server process spent its CPU, from the V8 CPU profile it wrote (BENCH_PROFILE): each
 * sample's time goes to the part of the stack that ran it (its innermost frame with a source,
 * so a native call such as a socket write counts for the code that made it), grouped into the
 * parts a request passes through. Only the samples between the first and the last one inside
 * `window` (a function of the measured requests, such as `createBooking`) are counted, so the
 * start-up and the set-up before the measurement are left out.
 */

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

export type ProfilePart = { part: string; ms: number };

/** The parts, in the order a request meets them; the first whose test matches a source wins. */
const PARTS: { part: string; test: (url: string) => boolean }[] = [
  {
    part: 'embedded database (PGlite, its WebAssembly)',
    test: (u) => /@electric-sql\/pglite|^wasm:/.test(u),
  },
  { part: 'PostgreSQL driver (pg)', test: (u) => /node_modules\/(pg|pg-[a-z]+|postgres-[a-z]+)\//.test(u) },
  { part: 'query building (Kysely)', test: (u) => u.includes('node_modules/kysely/') },
  { part: 'validation (Zod)', test: (u) => /node_modules\/(zod|fastify-type-provider-zod)\//.test(u) },
  { part: 'iCalendar of the mail (ical-generator)', test: (u) => u.includes('node_modules/ical-generator/') },
  {
    part: 'Fastify and its plugins',
    test: (u) =>
      /node_modules\/(fastify|@fastify\/[^/]+|find-my-way|avvio|light-my-request|fast-json-stringify|secure-json-parse|fast-querystring|pino[^/]*|abstract-logging|toad-cache|process-warning)\//.test(
        u,
      ),
  },
  { part: 'Node.js: HTTP, sockets, streams, timers', test: (u) => u.startsWith('node:') },
  { part: 'Civitas: sessions and accounts', test: (u) => u.includes('/src/modules/accounts/') },
  { part: 'Civitas: the request (rules, records, mail)', test: (u) => u.includes('/src/') },
  { part: 'other libraries', test: (u) => u.includes('node_modules/') },
];

/**
 * `busyMs` is the time the sampled thread was not idle (running, or ready to run and waiting for a
 * core: the profiler samples by the clock), `windowMs` the time from the first to the last sample
 * of the window; set against the CPU the process used (from /proc), their difference is the time
 * the thread waited for a core.
 */
export function summarizeProfile(
  file: string,
  window: string,
): { parts: ProfilePart[]; busyMs: number; windowMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inWindow = new Map<number, boolean>();
  const holdsWindow = (id: number): boolean => {
    const known = inWindow.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = node?.callFrame.functionName === window || (up !== undefined && holdsWindow(up));
    inWindow.set(id, result);
    return result;
  };
  const inside = profile.samples.map((id) => holdsWindow(id));
  const first = inside.indexOf(true);
  const last = inside.lastIndexOf(true);
  const totals = new Map<string, number>();
  let busy = 0;
  let windowMs = 0;
  for (let i = Math.max(first, 0); i <= last; i++) {
    const id = profile.samples[i] as number;
    // The time until the next sample is this sample's.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    windowMs += ms;
    const part = partOf(id, byId, parent);
    if (part === undefined) continue;
    totals.set(part, (totals.get(part) ?? 0) + ms);
    busy += ms;
  }
  const parts = [...totals].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms);
  return { parts, busyMs: busy, windowMs };
}

function partOf(id: number, byId: Map<number, Node>, parent: Map<number, number>): string | undefined {
  const self = byId.get(id)?.callFrame.functionName;
  if (self === '(idle)') return undefined;
  if (self === '(garbage collector)') return 'garbage collection';
  if (self === '(program)') return 'V8 itself (compiling, unattributed)';
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = byId.get(at)?.callFrame.url ?? '';
    if (!url) continue;
    return PARTS.find(({ test }) => test(url))?.part ?? 'other libraries';
  }
  return 'V8 itself (compiling, unattributed)';
}

/** The profiles a folder holds, oldest first (one per server process, in the order they stopped). */
export function profilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * With BENCH_PROFILE=<folder>, the environment that makes a server process write a V8 CPU profile
 * into <folder>/<label> when it stops (open it in Chrome's DevTools or speedscope), and that
 * folder; without it, nothing.
 */
export function profileEnv(label: string): { env: Record<string, string>; folder?: string } {
  if (!process.env.BENCH_PROFILE) return { env: {} };
  const folder = resolve(process.env.BENCH_PROFILE, label.replace(/[^a-z0-9-]+/gi, '-'));
  mkdirSync(folder, { recursive: true });
  return { env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${folder}` }, folder };
}

/**
 * What the server's thread did over the measured time: `busy` is the share the profile saw it not
 * idle (running or waiting for a core), `onCore` the cores its process used (all its threads, so
 * the one thread had at most that: the wait is at least the difference).
 */
export function describeServerThread(busy: number, onCore: number): string {
  const said = `the server's JavaScript thread was busy ${(busy * 100).toFixed(0)} % of the measured time; the process used ${onCore.toFixed(2)} cores`;
  const waiting = busy - onCore;
  if (waiting > 0.02) {
    return `${said}: at least ${(waiting * 100).toFixed(0)} % of the time the thread was ready to run and waited for a core held by the database or the load generator`;
  }
  return busy > 0.97 ? `${said}: the thread was never idle (it is the limit)` : said;
}
