import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import { centerA, centerB, ctx, setupReportsWorld } from '../reports.test-support.ts';

setupReportsWorld();

describe('open data', () => {
  it('publishes the figures per centre with counts below 5 suppressed', async () => {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: '/api/reports/open-data.json?from=2026-01-01&to=2026-03-31',
    });
    expect(status).toBe(200);
    const row = (centerId: string | null, key: string) =>
      body.rows.find(
        (r: { centerId: string | null; key: string }) => r.centerId === centerId && r.key === key,
      );
    expect(row(null, 'beneficiaries.total')).toMatchObject({ value: 7, suppressed: false });
    expect(row(null, 'rooms.people')).toMatchObject({ value: 60, suppressed: false });
    expect(row(centerA, 'beneficiaries.organizations')).toMatchObject({ value: null, suppressed: true });
    expect(row(centerB, 'rooms.lendings')).toMatchObject({ value: null, suppressed: true });
    expect(row(centerA, 'activities.byKind.seminar.count')).toMatchObject({ value: 0, suppressed: false });
    const csv = await call(ctx, {
      method: 'GET',
      url: '/api/reports/open-data.csv?from=2026-01-01&to=2026-03-31',
    });
    const records: Record<string, string>[] = parse(csv.response.body, {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(
      records.find((record) => record.center_id === centerA && record.figure === 'beneficiaries.total'),
    ).toEqual({
      period_from: '2026-01-01',
      period_to: '2026-03-31',
      center_id: centerA,
      centre: 'Centrum Obywatelskie Reymonta',
      figure: 'beneficiaries.total',
      value: '6',
      suppressed: 'false',
    });
    expect(csv.response.body).not.toContain('Beneficjent');
  });
});
