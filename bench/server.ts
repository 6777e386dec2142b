import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { connectPostgres, type Database, openEmbedded } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { ApiClient } from '../test/api-client.ts';
import { freePort, killServers, startServer, waitFor } from '../test/server-process.ts';
import { freshPostgres } from './postgres.ts';
import { profileEnv } from './profile.ts';

/**
 * What the HTTP benchmarks share: a database filled through SQL first, then a real server process
 * (`node src/main.ts`) on it with a signed-in admin, and one client's timed requests.
 */

export const ADMIN = { email: 'bench@civitas.example', password: 'benchmark admin password' };

/** One database to measure on: the environment a server needs for it, and a way to fill it first. */
export type Backend = {
  name: string;
  env: Record<string, string>;
  /** Opens it (migrated) for filling; close it before the server starts (PGlite has one owner). */
  open: () => Promise<Database>;
};

/** Runs `measure` on a new embedded data directory, then on a new PostgreSQL database if one answers. */
export async function onEachBackend<T>(
  postgresUrl: string | undefined,
  measure: (backend: Backend) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'civitas-bench-'));
  try {
    results.push(
      await measure({
        name: 'embedded (PGlite)',
        env: { DATA_DIR: dataDir },
        open: async () => migrated(await openEmbedded(dataDir)),
      }),
    );
  } finally {
    await killServers();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (postgresUrl) {
    const database = await freshPostgres(postgresUrl);
    try {
      results.push(
        await measure({
          name: 'PostgreSQL',
          env: { DATABASE_URL: database.url },
          open: async () => migrated(connectPostgres(database.url, { max: 4 })),
        }),
      );
    } finally {
      await killServers();
      await database.drop();
    }
  }
  return results;
}

async function migrated(database: Database) {
  await migrateToLatest(database.db);
  return database;
}

/** Opens the backend, fills it, and closes it again. */
export async function fill<T>(backend: Backend, generate: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const database = await backend.open();
  try {
    return await generate(database.db);
  } finally {
    await database.close();
  }
}

export type BenchServer = {
  port: number;
  /** The server process, for its CPU from /proc. */
  pid: number | undefined;
  /** With BENCH_PROFILE: where the process writes its CPU profile when it stops. */
  profileFolder: string | undefined;
  admin: ApiClient;
  /** What the server wrote, for a failure message. */
  output: () => string;
  stop: () => Promise<void>;
};

/** A server process on the backend, with the benchmark's admin signed in. */
export async function startBenchServer(backend: Backend, label: string): Promise<BenchServer> {
  const port = await freePort();
  const profiling = profileEnv(`${label}-${backend.name}`);
  const server = startServer({
    ...backend.env,
    PORT: String(port),
    DEMO_DATA: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'error',
    // BENCH_PROFILE=<folder>: the process writes a CPU profile there when it stops.
    ...profiling.env,
  });
  await waitFor(server, 'Civitas is running');
  const admin = await new ApiClient(`http://127.0.0.1:${port}`).signIn(ADMIN.email, ADMIN.password);
  return {
    port,
    pid: server.child.pid,
    profileFolder: profiling.folder,
    admin,
    output: server.output,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
    },
  };
}

/** One client on one kept-alive connection, timing each request from sending to the last byte. */
export class TimedClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly port: number;
  private readonly cookie: string;

  constructor(port: number, cookie = '') {
    this.port = port;
    this.cookie = cookie;
  }

  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: string; ms: number }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(
        { host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

/** The value below which a share `q` (0..1) of the values lie (nearest rank). */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

/** A centre open these hours every day, as the HTTP benchmarks make it; answers its id. */
export async function createBenchCentre(api: ApiClient, hours: [string, string][] = [['00:00', '24:00']]) {
  const center = await api.request('POST', '/api/centers', {
    name: 'Centrum',
    address: 'ul. Benchmarkowa 1',
    openingHours: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, hours]),
    ),
  });
  return center.body.id as string;
}

/** What the booking benchmarks book: a centre open all day, eight rooms, and a group to book for. */
export async function setUpBookingWorld(api: ApiClient) {
  const centerId = await createBenchCentre(api);
  const rooms: string[] = [];
  for (let i = 0; i < 8; i++) {
    rooms.push(
      (await api.request('POST', '/api/rooms', { centerId, name: `Sala ${i}`, capacity: 50 })).body.id,
    );
  }
  const beneficiary = await api.request('POST', '/api/beneficiaries', {
    kind: 'informal_group',
    name: 'Grupa',
  });
  return { centerId, rooms, beneficiaryId: beneficiary.body.id as string };
}
