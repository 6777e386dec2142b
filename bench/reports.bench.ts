import { connectPostgres, type Database, openEmbedded } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { zonedInstant } from '../src/lib/time.ts';
import { REPORT_ZONE, summarize } from '../src/modules/reports/index.ts';
import { generateNetwork } from './generate.ts';
import { median } from './machine.ts';

export type ReportBenchResult = {
  backend: string;
  bookings: number;
  attendance: number;
  generateSeconds: number;
  networkMs: number;
  centreMs: number;
  yearMs: number;
};

const scopeOf = (from: string, to: string, centers: string[] | null) => ({
  from: zonedInstant(from, '00:00', REPORT_ZONE),
  to: zonedInstant(to, '24:00', REPORT_ZONE),
  fromDate: from,
  toDate: to,
  centers,
});

async function measure(database: Database, backend: string): Promise<ReportBenchResult> {
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
  const result = {
    backend,
    ...counts,
    generateSeconds,
    networkMs: await time(scopeOf('2021-01-01', '2025-12-31', null)),
    centreMs: await time(scopeOf('2021-01-01', '2025-12-31', [center])),
    yearMs: await time(scopeOf('2025-01-01', '2025-12-31', null)),
  };
  await database.close();
  return result;
}

/** The summary report over five years of a twenty-centre network, on each database. */
export async function benchReports(postgres: { url: string; drop: () => Promise<void> } | undefined) {
  const results = [await measure(await openEmbedded(undefined), 'embedded (PGlite)')];
  if (postgres) {
    try {
      results.push(await measure(connectPostgres(postgres.url, { max: 10 }), 'PostgreSQL'));
    } finally {
      await postgres.drop();
    }
  }
  return results;
}
