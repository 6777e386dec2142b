import pg from 'pg';
import { benchBookings } from './bookings.bench.ts';
import { describeMachine, table } from './machine.ts';

/**
 * `npm run bench`: every benchmark of Civitas, printed as tables with the machine they ran on.
 * PostgreSQL: BENCH_DATABASE_URL, else the local server at 127.0.0.1:5432 if one answers.
 */
async function findPostgres(): Promise<string | undefined> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return undefined;
  }
}

const postgres = await findPostgres();
console.log(`Civitas benchmarks on ${describeMachine()}`);
if (!postgres) console.log('(no PostgreSQL answered: set BENCH_DATABASE_URL to include it)');

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
