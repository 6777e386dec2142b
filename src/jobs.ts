import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';
import { pruneSessions } from './modules/accounts/index.ts';
import { sendDueReminders } from './modules/bookings/index.ts';
import { sendNextStepReminders } from './modules/incubation/index.ts';
import { sendDueActivityReminders } from './modules/programme/index.ts';
import { deliverDueWebhooks, pruneDeliveries } from './modules/webhooks/index.ts';

/**
 * Background work every server process runs on a timer. Each job claims its rows in the
 * database (update ... returning, skip locked), so several processes never do it twice.
 */
export type Job = { name: string; everyMs: number; run: (db: Kysely<DB>, log: Logger) => Promise<unknown> };

export const jobs: Job[] = [
  { name: 'prune sessions', everyMs: 60 * 60 * 1000, run: (db) => pruneSessions(db) },
  { name: 'booking reminders', everyMs: 5 * 60 * 1000, run: (db) => sendDueReminders(db) },
  { name: 'activity reminders', everyMs: 5 * 60 * 1000, run: (db) => sendDueActivityReminders(db) },
  { name: 'initiative next-step reminders', everyMs: 15 * 60 * 1000, run: (db) => sendNextStepReminders(db) },
  { name: 'webhook deliveries', everyMs: 5 * 1000, run: (db, log) => deliverDueWebhooks(db, { log }) },
  { name: 'prune webhook deliveries', everyMs: 60 * 60 * 1000, run: (db) => pruneDeliveries(db) },
];

type Logger = { warn: (object: object, message: string) => void };

/** Told of every run's outcome (the metrics count them). */
export type JobObserver = (job: string, ok: boolean) => void;

/**
 * Starts every job (first run after a short delay); returns the function that stops them. A run
 * that is still going when its next tick comes is left to finish: the tick is skipped, so a slow
 * job (webhook deliveries waiting on a hanging endpoint) never piles up runs in one process.
 */
export function startJobs(
  db: Kysely<DB>,
  log: Logger,
  observe: JobObserver = () => {},
  options: { jobs?: Job[]; firstRunMs?: number } = {},
): () => void {
  const timers = (options.jobs ?? jobs).map((job) => {
    let running = false;
    const tick = () => {
      if (running) return;
      running = true;
      job
        .run(db, log)
        .then(
          () => observe(job.name, true),
          (error: unknown) => {
            observe(job.name, false);
            log.warn({ err: error, job: job.name }, 'background job failed');
          },
        )
        .finally(() => {
          running = false;
        });
    };
    const first = setTimeout(tick, options.firstRunMs ?? 5_000);
    const every = setInterval(tick, job.everyMs);
    first.unref();
    every.unref();
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  });
  return () => {
    for (const stop of timers) stop();
  };
}
