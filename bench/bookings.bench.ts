import autocannon from 'autocannon';
import { sql } from 'kysely';
import { connectPostgres, type Database, openEmbedded } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { cpuBetween, cpuSeconds } from './machine.ts';
import { freshPostgres } from './postgres.ts';
import { type ProfilePart, profilesIn, summarizeProfile } from './profile.ts';
import { type Backend, onEachBackend, setUpBookingWorld, startBenchServer } from './server.ts';

/**
 * Room lending under load: non-conflicting booking creations per second through HTTP (a real
 * server process, 32 concurrent clients from this process), p50/p99 latency, and the same
 * INSERT through SQL alone (the limit), on the embedded database and on PostgreSQL.
 */
const CONNECTIONS = 32;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const HALF_HOUR = 30 * 60_000;
const BASE = Date.parse('2031-01-06T00:00:00Z');

export type BookingBenchResult = {
  backend: string;
  httpPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  sqlPerSecond: number;
  /** CPU milliseconds per booking created, by process, during the HTTP run (Linux). */
  cpu: { server: number; postgres: number; generator: number; coresBusy: number } | null;
  /** With BENCH_PROFILE: the server's CPU milliseconds per booking, by part (bench/profile.ts). */
  profile?: ProfilePart[];
  /**
   * With BENCH_PROFILE: the share of the measured time the server's thread was busy by the
   * profile's clock (running or waiting for a core), and the share it ran (its CPU from /proc).
   */
  serverThread?: { busy: number; onCore: number };
};

async function measureHttp(backend: Backend) {
  const server = await startBenchServer(backend, 'bookings');
  const api = server.admin;
  const world = await setUpBookingWorld(api);
  let n = 0;
  const before = cpuSeconds(server.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/api/bookings`,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = n++;
          const start = BASE + Math.floor(i / world.rooms.length) * HALF_HOUR;
          return {
            ...request,
            headers: { 'content-type': 'application/json', cookie: api.cookie },
            body: JSON.stringify({
              roomId: world.rooms[i % world.rooms.length],
              beneficiaryId: world.beneficiaryId,
              title: `Spotkanie ${i}`,
              start: new Date(start).toISOString(),
              end: new Date(start + HALF_HOUR).toISOString(),
              override: true,
            }),
          };
        },
      },
    ],
  });
  const after = cpuSeconds(server.pid);
  await server.stop();
  const created = result['2xx'];
  const seconds = result.duration || DURATION_SECONDS;
  // The embedded database runs inside the server: no PostgreSQL process of its own to count.
  const used = before && after ? cpuBetween(before, after) : null;
  if (used && !backend.env.DATABASE_URL) used.postgres = 0;
  const perBooking = (seconds: number) => (created > 0 ? (seconds * 1000) / created : 0);
  // The server's profile, written as it stopped: the newest in its folder.
  const profileFile = server.profileFolder ? profilesIn(server.profileFolder).at(-1) : undefined;
  const summary = profileFile ? summarizeProfile(profileFile, 'createBooking') : undefined;
  const profile = summary?.parts.map(({ part, ms }) => ({ part, ms: created > 0 ? ms / created : 0 }));
  const serverThread =
    summary && used && summary.windowMs > 0
      ? { busy: summary.busyMs / summary.windowMs, onCore: used.server / seconds }
      : undefined;
  return {
    profile,
    serverThread,
    cpu: used
      ? {
          server: perBooking(used.server),
          postgres: perBooking(used.postgres),
          generator: perBooking(used.generator),
          coresBusy: (used.server + used.postgres + used.generator) / seconds,
        }
      : null,
    perSecond: created / (result.duration || DURATION_SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

/** The same rows through SQL alone, 32 at a time where the backend allows it. */
async function measureSql(database: Database) {
  await migrateToLatest(database.db);
  const { id: centerId } = await database.db
    .insertInto('centers')
    .values({ name: 'C', address: 'A', opening_hours: JSON.stringify({}) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rooms = await database.db
    .insertInto('rooms')
    .values(Array.from({ length: 8 }, (_, i) => ({ center_id: centerId, name: `Sala ${i}`, capacity: 50 })))
    .returning('id')
    .execute();
  const { id: beneficiaryId } = await database.db
    .insertInto('beneficiaries')
    .values({ kind: 'informal_group', name: 'Grupa' })
    .returning('id')
    .executeTakeFirstOrThrow();
  let n = 0;
  let done = 0;
  const deadline = Date.now() + DURATION_SECONDS * 1000;
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < deadline) {
      const i = n++;
      const start = new Date(BASE + Math.floor(i / rooms.length) * HALF_HOUR);
      await sql`
        insert into bookings (room_id, center_id, beneficiary_id, title, start_at, end_at, status)
        values (${rooms[i % rooms.length]?.id}, ${centerId}, ${beneficiaryId}, ${`Spotkanie ${i}`}, ${start},
                ${new Date(start.getTime() + HALF_HOUR)}, 'approved')
      `.execute(database.db);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await database.close();
  return done / ((Date.now() - started) / 1000);
}

export function benchBookings(postgresUrl: string | undefined): Promise<BookingBenchResult[]> {
  return onEachBackend(postgresUrl, async (backend) => {
    const { perSecond, ...http } = await measureHttp(backend);
    return {
      backend: backend.name,
      httpPerSecond: perSecond,
      ...http,
      sqlPerSecond: await measureSqlOn(backend),
    };
  });
}

/**
 * The SQL-alone rate beside the backend's HTTP run: a new in-memory PGlite for the embedded one
 * (its data directory belongs to the server), a new database on the same PostgreSQL server.
 */
async function measureSqlOn(backend: Backend): Promise<number> {
  const url = backend.env.DATABASE_URL;
  if (!url) return measureSql(await openEmbedded(undefined));
  const database = await freshPostgres(url);
  try {
    return await measureSql(connectPostgres(database.url, { max: CONNECTIONS }));
  } finally {
    await database.drop();
  }
}
