import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { type CsvDialect, toCsv } from '../../../lib/csv.ts';
import * as figuresRepo from '../reports.repo.ts';
import { figuresOf } from '../summary/summary.exports.ts';
import { assertPeriod, periodScope, summarize } from '../summary/summary.service.ts';
import type { OpenData } from './open-data.schema.ts';

// Open data: aggregated, small counts suppressed

export const SUPPRESS_BELOW = 5;

export async function getOpenData(db: Kysely<DB>, query: { from: string; to: string }): Promise<OpenData> {
  assertPeriod(query);
  const centers = await figuresRepo.selectCenterIds(db);
  const scopes = [
    { center: null as null | { id: string; name: string }, scope: periodScope(query.from, query.to, null) },
    ...centers.map((center) => ({ center, scope: periodScope(query.from, query.to, [center.id]) })),
  ];
  const rows: OpenData['rows'] = [];
  for (const { center, scope } of scopes) {
    const summary = await summarize(db, scope);
    for (const figure of figuresOf(summary)) {
      // Whole counts of 1..4 could point at a person or a group: suppressed. Hours are not counts.
      const isCount = !figure.key.endsWith('hours');
      const suppressed = isCount && figure.value > 0 && figure.value < SUPPRESS_BELOW;
      rows.push({
        centerId: center?.id ?? null,
        centre: center?.name ?? 'Sieć centrów obywatelskich',
        key: figure.key,
        value: suppressed ? null : figure.value,
        suppressed,
      });
    }
  }
  return { period: { from: query.from, to: query.to }, suppressBelow: SUPPRESS_BELOW, rows };
}

export function openDataCsv(data: OpenData, dialect?: CsvDialect): string {
  return toCsv(
    [
      ['period_from', 'period_to', 'center_id', 'centre', 'figure', 'value', 'suppressed'],
      ...data.rows.map((row) => [
        data.period.from,
        data.period.to,
        row.centerId ?? '',
        row.centre,
        row.key,
        row.value ?? '',
        row.suppressed,
      ]),
    ],
    dialect,
  );
}
