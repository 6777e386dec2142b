import type { Kysely } from 'kysely';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { type Backlog, readBacklogs } from './metrics.repo.ts';

/** Requests that create a room booking (one request may make a whole series) or a registration. */
const CREATES: Record<string, 'bookings' | 'registrations'> = {
  'POST /api/bookings': 'bookings',
  'POST /api/activities/:id/registrations': 'registrations',
};

/**
 * One process's metrics in the Prometheus text format: each process has its own registry, so
 * two servers on one database are two scrape targets (Prometheus adds the instance label).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #requests = new Counter({
    name: 'civitas_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly #latency = new Histogram({
    name: 'civitas_http_request_duration_seconds',
    help: 'Time from a request received to its answer sent, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly #created = new Counter({
    name: 'civitas_created_total',
    help: 'Requests that created a room booking (or a series) or an activity registration',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly #jobRuns = new Counter({
    name: 'civitas_job_runs_total',
    help: 'Background job runs, by job and outcome (ok or failed)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(db: Kysely<DB>, poolStats: () => PoolStats) {
    collectDefaultMetrics({ register: this.registry, prefix: 'civitas_' });
    const pool = (name: string, help: string, read: (stats: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read(poolStats()));
        },
      });
    pool('civitas_db_pool_size', 'Database connections open (the embedded database has one)', (s) => s.size);
    pool('civitas_db_pool_in_use', 'Database connections running a query or transaction', (s) => s.inUse);
    pool('civitas_db_pool_waiting', 'Queries waiting for a free database connection', (s) => s.waiting);
    // Read at scrape time, so every process reports the one shared outbox and webhook queue as
    // they are; one statement per scrape feeds the four gauges.
    let backlogs: Promise<{ outbox: Backlog; webhooks: Backlog }> | null = null;
    const readBacklog = () => {
      backlogs ??= readBacklogs(db).finally(() => {
        backlogs = null;
      });
      return backlogs;
    };
    const backlogGauge = (
      name: string,
      help: string,
      read: (b: { outbox: Backlog; webhooks: Backlog }) => number,
    ) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          this.set(read(await readBacklog()));
        },
      });
    backlogGauge('civitas_outbox_pending', 'Messages in the outbox not yet sent', (b) => b.outbox.pending);
    backlogGauge(
      'civitas_outbox_oldest_pending_seconds',
      'Age of the oldest message not yet sent (0 when none waits)',
      (b) => b.outbox.oldestSeconds,
    );
    backlogGauge(
      'civitas_webhook_deliveries_pending',
      'Webhook deliveries to enabled endpoints not yet delivered nor given up (pending or waiting for a retry)',
      (b) => b.webhooks.pending,
    );
    backlogGauge(
      'civitas_webhook_oldest_pending_seconds',
      'Age of the oldest webhook delivery not yet delivered nor given up (0 when none waits)',
      (b) => b.webhooks.oldestSeconds,
    );
  }

  /** Counts one answered request; `route` is the template (`/api/bookings/:id`), never the raw URL. */
  observeRequest(method: string, route: string | undefined, status: number, seconds: number): void {
    const template = route ?? 'unmatched';
    this.#requests.inc({ method, route: template, status: String(status) });
    this.#latency.observe({ method, route: template }, seconds);
    const created = CREATES[`${method} ${template}`];
    if (created && status === 201) this.#created.inc({ kind: created });
  }

  /** Counts one run of a background job. */
  observeJob(job: string, ok: boolean): void {
    this.#jobRuns.inc({ job, outcome: ok ? 'ok' : 'failed' });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
