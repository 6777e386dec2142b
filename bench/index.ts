import { loadavg } from 'node:os';
import { benchBookings } from './bookings.bench.ts';
import { benchLighthouse } from './lighthouse.bench.ts';
import { describeMachine, table } from './machine.ts';
import { findPostgres, freshPostgres } from './postgres.ts';
import { benchReports } from './reports.bench.ts';

/**
 * `npm run bench`: every benchmark of Civitas, printed as tables with the machine they ran on.
 * PostgreSQL: BENCH_DATABASE_URL, else the local server at 127.0.0.1:5432 if one answers.
 * BENCH_ONLY=bookings|reports|lighthouse runs one of them.
 */
const only = process.env.BENCH_ONLY;
const postgres = await findPostgres();
console.log(`Civitas benchmarks on ${describeMachine()}`);
if (!postgres) console.log('(no PostgreSQL answered: set BENCH_DATABASE_URL to include it)');

if (!only || only === 'bookings') {
  console.log('\nRoom lending: non-conflicting booking creations, 32 concurrent clients');
  const bookings = await benchBookings(postgres);
  console.log(
    table(
      bookings.map((row) => ({
        database: row.backend,
        'HTTP bookings/s': row.httpPerSecond.toFixed(0),
        'p50 ms': row.p50.toFixed(1),
        'p99 ms': row.p99.toFixed(1),
        'non-2xx': row.errors,
        'SQL alone inserts/s': row.sqlPerSecond.toFixed(0),
        'HTTP / SQL': (row.httpPerSecond / row.sqlPerSecond).toFixed(2),
      })),
    ),
  );
}

if (!only || only === 'reports') {
  console.log(
    '\nReports: the summary over a generated network of 20 centres and 5 years, each scope (median of 3 runs)',
  );
  const reports = await benchReports(postgres ? await freshPostgres(postgres) : undefined);
  for (const row of reports) {
    console.log(
      `${row.backend}: ${row.bookings} bookings, ${row.attendance} attendance records, generated in ${row.generateSeconds.toFixed(0)} s`,
    );
    console.log(
      table(
        row.scopes.map((each) => ({
          scope: each.scope,
          ms: each.ms.toFixed(0),
          'target ms': row.targetMs,
          'ms / target': (each.ms / row.targetMs).toFixed(2),
        })),
      ),
    );
  }
}

if (!only || only === 'lighthouse') {
  console.log(
    '\nThe public site on a phone: Lighthouse mobile scores (simulated slow 4G, 4× slower CPU; median of LIGHTHOUSE_RUNS, default 3)',
  );
  console.log(`(load average ${loadavg()[0]?.toFixed(1)} before the run)`);
  const pages = await benchLighthouse();
  console.log(
    table(
      pages.map((row) => ({
        page: row.path,
        performance: row.scores.performance,
        accessibility: row.scores.accessibility,
        'best practices': row.scores['best-practices'],
        SEO: row.scores.seo,
        'FCP ms': row.fcp.toFixed(0),
        'LCP ms': row.lcp.toFixed(0),
        'TBT ms': row.tbt.toFixed(0),
        CLS: row.cls.toFixed(3),
        'host CPU index': row.benchmarkIndex.toFixed(0),
      })),
    ),
  );
  for (const row of pages.filter((page) => page.failing.length > 0)) {
    console.log(`${row.path}: below full marks: ${row.failing.join(', ')}`);
  }
}
