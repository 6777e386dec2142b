import {
  type Backend,
  onEachBackend,
  percentile,
  setUpBookingWorld,
  startBenchServer,
  TimedClient,
} from './server.ts';

/**
 * One client's booking: a coordinator creating non-conflicting bookings one after another through
 * HTTP (`POST /api/bookings`, as the load benchmark sends them, but never two at once), so the
 * figure is the request's own time with nothing queued before it. Target: median under 4 ms.
 */
export const LATENCY_TARGET_MEDIAN_MS = 4;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const WARM_UP = 50;
const HALF_HOUR = 30 * 60_000;
const BASE = Date.parse('2031-01-06T00:00:00Z');

export type LatencyBenchResult = {
  backend: string;
  requests: number;
  median: number;
  p95: number;
  p99: number;
  errors: number;
};

async function measure(backend: Backend): Promise<LatencyBenchResult> {
  // A fresh database: the server migrates it and creates the admin.
  await (await backend.open()).close();
  const server = await startBenchServer(backend, 'latency');
  const { admin } = server;
  const { rooms, beneficiaryId } = await setUpBookingWorld(admin);
  const client = new TimedClient(server.port, admin.cookie);
  const times: number[] = [];
  let errors = 0;
  try {
    for (let i = 0; i < WARM_UP + REQUESTS; i++) {
      const start = BASE + Math.floor(i / rooms.length) * HALF_HOUR;
      const answer = await client.send('POST', '/api/bookings', {
        roomId: rooms[i % rooms.length],
        beneficiaryId,
        title: `Spotkanie ${i}`,
        start: new Date(start).toISOString(),
        end: new Date(start + HALF_HOUR).toISOString(),
        override: true,
      });
      if (i < WARM_UP) continue;
      if (answer.status !== 201) errors++;
      times.push(answer.ms);
    }
  } finally {
    client.close();
    await server.stop();
  }
  return {
    backend: backend.name,
    requests: times.length,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors,
  };
}

export function benchLatency(postgresUrl: string | undefined) {
  return onEachBackend(postgresUrl, measure);
}
