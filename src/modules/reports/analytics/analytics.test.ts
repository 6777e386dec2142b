import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import { centerA, coordinatorA, ctx, setupReportsWorld, w } from '../reports.test-support.ts';

setupReportsWorld();

describe('demand analytics', () => {
  it('shows occupancy by weekday and hour, unmet demand, districts and monthly trends', async () => {
    await sql`insert into booking_refusals (room_id, center_id, start_at, end_at, occurrences)
              select id, center_id, ${w('2026-02-10', '10:00')}, ${w('2026-02-10', '11:00')}, 3 from rooms where center_id = ${centerA}`.execute(
      ctx.db,
    );
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/reports/analytics?from=2026-01-01&to=2026-03-31&centerId=${centerA}`,
      as: coordinatorA,
    });
    expect(status).toBe(200);
    // Tuesdays (2) 10:00-11:00: the lendings of 13 January and 10 February and the centre's own
    // activity of 24 February (occupancy counts every use of a room).
    const tuesdayTen = body.occupancy.find(
      (cell: { weekday: number; hour: number }) => cell.weekday === 2 && cell.hour === 10,
    );
    expect(tuesdayTen.bookedHours).toBe(3);
    // 13 Tuesdays in the quarter, one room open 08:00-20:00, but 6 January is a public holiday.
    expect(tuesdayTen.openHours).toBe(12);
    expect(body.unmetDemand).toMatchObject({ refused: 3, rejected: 1, withdrawn: 1 });
    expect(body.districts).toEqual(
      expect.arrayContaining([
        { district: 5, name: 'Krowodrza', beneficiaries: 1 },
        { district: 3, name: 'Prądnik Czerwony', beneficiaries: 2 },
        { district: null, name: null, beneficiaries: 1 },
      ]),
    );
    expect(body.trends.map((t: { month: string; lendings: number }) => [t.month, t.lendings])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
      ['2026-03', 2],
    ]);
    const march = body.trends.find((t: { month: string }) => t.month === '2026-03');
    expect(march.attendances).toBe(10);
  });
});
