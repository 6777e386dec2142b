import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from './db/schema.ts';
import { type Job, startJobs } from './jobs.ts';

// The timers of the background jobs: each run's outcome is told (the metrics count it), a failed
// run is logged, and a run still going when its next tick comes is not started a second time.

const db = {} as Kysely<DB>;

/** Waits until `condition` holds, failing with what it saw after `ms`. */
async function until(condition: () => boolean, seen: () => string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${seen()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('startJobs', () => {
  it('tells each outcome, logs a failure, and never overlaps a slow run with the next', async () => {
    const outcomes: string[] = [];
    const warnings: { job?: string; message: string }[] = [];
    let slowRuns = 0;
    let inFlight = 0;
    let mostInFlight = 0;
    let release: () => void = () => {};
    const slow: Job = {
      name: 'slow',
      everyMs: 10,
      run: () => {
        slowRuns++;
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        return new Promise<void>((resolve) => {
          release = () => {
            inFlight--;
            resolve();
          };
        });
      },
    };
    let failures = 0;
    const failing: Job = {
      name: 'failing',
      everyMs: 10,
      run: async () => {
        failures++;
        throw new Error('the database is away');
      },
    };
    const stop = startJobs(
      db,
      { warn: (fields: { job?: string }, message: string) => warnings.push({ job: fields.job, message }) },
      (job, ok) => outcomes.push(`${job}:${ok ? 'ok' : 'failed'}`),
      { jobs: [slow, failing], firstRunMs: 0 },
    );
    try {
      // Many ticks of the failing job pass while the slow one's first run is still going.
      await until(
        () => failures >= 5,
        () => `failures ${failures}`,
      );
      expect(slowRuns).toBe(1);
      expect(outcomes.filter((each) => each === 'failing:failed').length).toBeGreaterThanOrEqual(5);
      expect(warnings[0]).toEqual({ job: 'failing', message: 'background job failed' });

      release();
      await until(
        () => outcomes.includes('slow:ok'),
        () => outcomes.join(', '),
      );
      await until(
        () => slowRuns >= 2,
        () => `slow runs ${slowRuns}`,
      );
      expect(mostInFlight).toBe(1);
    } finally {
      stop();
      release();
    }
  });
});
