import { loadavg } from 'node:os';
import { AVAILABILITY_TARGET_P95_MS, benchAvailability } from './availability.bench.ts';
import { benchBookings } from './bookings.bench.ts';
import { benchLatency, LATENCY_TARGET_MEDIAN_MS } from './latency.bench.ts';
import { benchLighthouse } from './lighthouse.bench.ts';
import { describeMachine, table } from './machine.ts';
import { findPostgres, freshPostgres } from './postgres.ts';
import { describeServerThread } from './profile.ts';
import { benchRegistrations } from './registrations.bench.ts';
import { benchReports } from './reports.bench.ts';
import { benchSearch, SEARCH_TARGET_P95_MS } from './search.bench.ts';

/**
 * `npm run bench`: every benchmark of Civitas, printed as tables with the machine they ran on.
 * PostgreSQL: BENCH_DATABASE_URL, else the local server at 127.0.0.1:5432 if one answers.
 * BENCH_ONLY=bookings|reports|lighthouse|availability|search|latency|registrations runs one of them.
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
        'CPU ms per booking: server / database / load generator': row.cpu
          ? `${row.cpu.server.toFixed(2)} / ${row.cpu.postgres.toFixed(2)} / ${row.cpu.generator.toFixed(2)}`
          : 'n/a',
        'cores busy': row.cpu ? row.cpu.coresBusy.toFixed(2) : 'n/a',
      })),
    ),
  );
  const profiled = bookings.filter((row) => row.profile);
  if (profiled.length > 0) {
    console.log(
      `\nWhere the server's CPU went, ms per booking (CPU profiles in ${process.env.BENCH_PROFILE})`,
    );
    const parts = [...new Set(profiled.flatMap((row) => row.profile?.map(({ part }) => part) ?? []))];
    const total = (row: (typeof profiled)[number]) =>
      (row.profile ?? []).reduce((sum, { ms }) => sum + ms, 0);
    console.log(
      table(
        [...parts, 'in all'].map((part) => ({
          part,
          ...Object.fromEntries(
            profiled.map((row) => [
              row.backend,
              (part === 'in all' ? total(row) : (row.profile?.find((p) => p.part === part)?.ms ?? 0)).toFixed(
                3,
              ),
            ]),
          ),
        })),
      ),
    );
    for (const row of profiled) {
      if (row.serverThread) {
        console.log(
          `${row.backend}: ${describeServerThread(row.serverThread.busy, row.serverThread.onCore)}`,
        );
      }
    }
  }
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

const loadLine = () => `(load average ${loadavg()[0]?.toFixed(1)} before the run)`;
const ms = (value: number) => value.toFixed(1);

if (!only || only === 'availability') {
  console.log(
    '\nRoom availability: a week of free times, GET /api/rooms/:id/availability, for each of 50 rooms, one request at a time',
  );
  console.log(loadLine());
  const rows = await benchAvailability(postgres);
  console.log(
    table(
      rows.map((row) => ({
        database: row.backend,
        rooms: row.rooms,
        bookings: row.bookings,
        'holding the week': row.weekHolds,
        requests: row.requests,
        'p50 ms': ms(row.p50),
        'p95 ms': ms(row.p95),
        'target p95 ms': AVAILABILITY_TARGET_P95_MS,
        'p95 / target': (row.p95 / AVAILABILITY_TARGET_P95_MS).toFixed(2),
        'non-200': row.errors,
        '50 rooms in a row ms': row.roundMs.toFixed(0),
      })),
    ),
  );
}

if (!only || only === 'search') {
  console.log(
    '\nKnowledge base: search of 10,000 articles in Polish, GET /api/articles?q=, anonymous, one request at a time',
  );
  console.log(loadLine());
  const rows = await benchSearch(postgres);
  console.log(
    table(
      rows.map((row) => ({
        database: row.backend,
        articles: row.articles,
        'distinct words': row.words,
        requests: row.requests,
        'p50 ms': ms(row.p50),
        'p95 ms': ms(row.p95),
        'target p95 ms': SEARCH_TARGET_P95_MS,
        'p95 / target': (row.p95 / SEARCH_TARGET_P95_MS).toFixed(2),
        'non-200': row.errors,
        'slowest query (its median)': `${row.slowest.query} (${ms(row.slowest.ms)} ms)`,
      })),
    ),
  );
  for (const row of rows.filter((each) => each.withoutHits.length > 0)) {
    console.log(`${row.backend}: no article found for ${row.withoutHits.join(', ')}`);
  }
}

if (!only || only === 'latency') {
  console.log('\nOne client: non-conflicting booking creations one after another, POST /api/bookings');
  console.log(loadLine());
  const rows = await benchLatency(postgres);
  console.log(
    table(
      rows.map((row) => ({
        database: row.backend,
        bookings: row.requests,
        'median ms': ms(row.median),
        'p95 ms': ms(row.p95),
        'p99 ms': ms(row.p99),
        'target median ms': LATENCY_TARGET_MEDIAN_MS,
        'median / target': (row.median / LATENCY_TARGET_MEDIAN_MS).toFixed(2),
        'non-201': row.errors,
      })),
    ),
  );
}

if (!only || only === 'registrations') {
  console.log(
    '\nProgramme: registrations of distinct beneficiaries for 8 activities (4 with 25 seats), 32 concurrent clients',
  );
  console.log(loadLine());
  const rows = await benchRegistrations(postgres);
  console.log(
    table(
      rows.map((row) => ({
        database: row.backend,
        'registrations/s': row.perSecond.toFixed(0),
        'p50 ms': row.p50.toFixed(0),
        'p99 ms': row.p99.toFixed(0),
        'non-2xx': row.errors,
        'target non-2xx': 0,
        registered: row.registered,
        waitlisted: row.waitlisted,
      })),
    ),
  );
  for (const row of rows) {
    for (const refusal of row.refusals) console.log(`${row.backend}: ${refusal}`);
    if (row.failures) console.log(`${row.backend}: ${row.failures}`);
  }
}
