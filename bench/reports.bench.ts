import { connectPostgres, type Database, openEmbedded } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { zonedInstant } from '../src/lib/time.ts';
import { REPORT_ZONE, summarize } from '../src/modules/reports/index.ts';
import { generateNetwork } from './generate.ts';
import { median } from './machine.ts';

/** Every scope the report is asked for: the network or one centre, over a day to five years. */
const PERIODS = [
  { name: 'a day', from: '2025-06-11', to: '2025-06-11' },
  { name: 'a month', from: '2025-06-01', to: '2025-06-30' },
  { name: 'a year', from: '2025-01-01', to: '2025-12-31' },
  { name: 'five years', from: '2021-01-01', to: '2025-12-31' },
] as const;

export type ReportBenchResult = {
  backend: string;
  bookings: number;
  attendance: number;
  generateSeconds: number;
  /** Median milliseconds of each scope, as `network, a day`, `one centre, a year`, … */
  scopes: { scope: string; ms: number }[];
  /** The target for each scope on this database: 1 s on PostgreSQL, 5 s embedded. */
  targetMs: number;
};

const scopeOf = (from: string, to: string, centers: string[] | null) => ({
  from: zonedInstant(from, '00:00', REPORT_ZONE),
  to: zonedInstant(to, '24:00', REPORT_ZONE),
  fromDate: from,
  toDate: to,
  centers,
});

async function measure(database: Database, backend: string, targetMs: number): Promise<ReportBenchResult> {
  await migrateToLatest(database.db);
  const started = Date.now();
  const counts = await generateNetwork(database.db);
  const generateSeconds = (Date.now() - started) / 1000;
  const center = (await database.db.selectFrom('centers').select('id').limit(1).executeTakeFirstOrThrow()).id;
  const time = async (scope: ReturnType<typeof scopeOf>) => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await summarize(database.db, scope);
      runs.push(performance.now() - t0);
    }
    return median(runs);
  };
  const scopes: ReportBenchResult['scopes'] = [];
  for (const [where, centers] of [
    ['network', null],
    ['one centre', [center]],
  ] as const) {
    for (const period of PERIODS) {
      scopes.push({
        scope: `${where}, ${period.name}`,
        ms: await time(scopeOf(period.from, period.to, centers ? [...centers] : null)),
      });
    }
  }
  await database.close();
  return { backend, ...counts, generateSeconds, scopes, targetMs };
}

/** The summary report over five years of a twenty-centre network, on each database. */
export async function benchReports(postgres: { url: string; drop: () => Promise<void> } | undefined) {
  const results = [await measure(await openEmbedded(undefined), 'embedded (PGlite)', 5000)];
  if (postgres) {
    try {
      results.push(await measure(connectPostgres(postgres.url, { max: 10 }), 'PostgreSQL', 1000));
    } finally {
      await postgres.drop();
    }
  }
  return results;
}
