import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { CsvDialect } from '../../../lib/csv.ts';
import type { Actor } from '../../../lib/policy.ts';
import { getIndicators } from '../agreements/agreements.service.ts';
import { summaryCsv, summaryPdf, summaryXlsx } from './summary.exports.ts';
import { narrativePl } from './summary.narrative.ts';
import type { ReportQuery } from './summary.schema.ts';
import { REPORT_ZONE, resolveScope, subjectOf, summarize } from './summary.service.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** The summary as a file to download: CSV (in the dialect asked for), XLSX or PDF. */
export async function exportSummary(
  db: Kysely<DB>,
  actor: Actor | null,
  query: ReportQuery & { format?: CsvDialect },
  format: ExportFormat,
) {
  const { format: dialect, ...period } = query;
  const scope = await resolveScope(db, actor, period);
  const [summary, subject] = await Promise.all([summarize(db, scope), subjectOf(db, scope)]);
  const header = { centre: subject.title, generatedAt: new Date(), zone: REPORT_ZONE };
  const name = `civitas-${summary.period.from}-${summary.period.to}`;
  if (format === 'csv') {
    return {
      body: summaryCsv(summary, header, dialect),
      type: 'text/csv; charset=utf-8',
      filename: `${name}.csv`,
    };
  }
  if (format === 'xlsx') {
    return {
      body: await summaryXlsx(summary, header),
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${name}.xlsx`,
    };
  }
  const indicators = await getIndicators(db, actor, { centerId: period.centerId });
  const pdf = await summaryPdf(summary, {
    ...header,
    narrative: narrativePl(summary, subject.pl),
    indicators: indicators.items,
  });
  return { body: pdf, type: 'application/pdf', filename: `${name}.pdf` };
}
