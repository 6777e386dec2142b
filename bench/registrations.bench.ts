import autocannon from 'autocannon';
import { sql } from 'kysely';
import { type Backend, createBenchCentre, fill, onEachBackend, startBenchServer } from './server.ts';

/**
 * Registration under load: 32 concurrent clients (autocannon, from this process) register
 * distinct beneficiaries for eight activities of one centre through HTTP, as staff
 * (`POST /api/activities/:id/registrations`). Half the activities have 25 seats, so their
 * waitlists fill; the beneficiaries have e-mail addresses, so each registration queues its
 * confirmation or waitlist mail. Target: no answer but 201.
 */
const CONNECTIONS = 32;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const BENEFICIARIES = 40_000;
const ACTIVITIES = 8;
const SEATS = 25;
const WARM_UP = 50;

export type RegistrationBenchResult = {
  backend: string;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  registered: number;
  waitlisted: number;
  /** The answers other than 201, by status, each with one of its bodies. */
  refusals: string[];
  /** Requests without an answer (connection errors, timeouts), with the server's last words. */
  failures: string | null;
};

async function measure(backend: Backend): Promise<RegistrationBenchResult> {
  const beneficiaries = await fill(backend, async (db) => {
    await sql`
      insert into beneficiaries (kind, name, email, district)
      select 'individual', 'Uczestnik ' || n, 'uczestnik' || n || '@example.org', 1 + n % 18
        from generate_series(1, ${BENEFICIARIES}) n
    `.execute(db);
    return (await db.selectFrom('beneficiaries').select('id').orderBy('id').execute()).map((row) => row.id);
  });
  const server = await startBenchServer(backend, 'registrations');
  const { admin } = server;
  const centerId = await createBenchCentre(admin, [['08:00', '20:00']]);
  const activities: string[] = [];
  for (let i = 0; i < ACTIVITIES; i++) {
    const day = `2031-02-${String(3 + i).padStart(2, '0')}`;
    const created = await admin.request('POST', '/api/activities', {
      centerId: centerId,
      kind: i % 2 === 0 ? 'training' : 'workshop',
      title: `Szkolenie ${i + 1}`,
      start: `${day}T10:00:00Z`,
      end: `${day}T14:00:00Z`,
      capacity: i % 2 === 0 ? null : SEATS,
    });
    if (created.status !== 201) throw new Error(`activity not created: ${created.status}`);
    activities.push(created.body.id);
  }
  // Warm-up, not counted: 50 registrations one at a time for a ninth activity, by the last beneficiaries.
  const warmUp = await admin.request('POST', '/api/activities', {
    centerId: centerId,
    kind: 'event',
    title: 'Rozgrzewka',
    start: '2031-03-03T10:00:00Z',
    end: '2031-03-03T12:00:00Z',
  });
  for (const beneficiaryId of beneficiaries.slice(-WARM_UP)) {
    await admin.request('POST', `/api/activities/${warmUp.body.id}/registrations`, { beneficiaryId });
  }
  const measured = beneficiaries.slice(0, -WARM_UP);
  let n = 0;
  let registered = 0;
  let waitlisted = 0;
  const refusals = new Map<number, { count: number; body: string }>();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = n++;
          return {
            ...request,
            path: `/api/activities/${activities[i % ACTIVITIES]}/registrations`,
            headers: { 'content-type': 'application/json', cookie: admin.cookie },
            // Each beneficiary once: past the last one the answers would be 409.
            body: JSON.stringify({ beneficiaryId: measured[i % measured.length] }),
          };
        },
        onResponse: (status, body) => {
          if (status !== 201) {
            refusals.set(status, { count: (refusals.get(status)?.count ?? 0) + 1, body });
            return;
          }
          if (JSON.parse(body).status === 'waitlisted') waitlisted++;
          else registered++;
        },
      },
    ],
  });
  await server.stop();
  return {
    backend: backend.name,
    perSecond: result['2xx'] / (result.duration || DURATION_SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
    registered,
    waitlisted,
    refusals: [...refusals].map(([status, { count, body }]) => `${status} ×${count}: ${body.slice(0, 200)}`),
    failures:
      result.errors > 0
        ? `${result.errors} failed (${result.timeouts} timeouts); the server wrote: ${server.output().slice(-500)}`
        : null,
  };
}

export function benchRegistrations(postgresUrl: string | undefined) {
  return onEachBackend(postgresUrl, measure);
}
