import { describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import {
  admin,
  centerA,
  centerB,
  coordinatorA,
  ctx,
  member,
  observer,
  setupReportsWorld,
} from '../reports.test-support.ts';

setupReportsWorld();

describe('indicators against the funding agreement', () => {
  it('shows target, actual and percent; observers see every centre side by side', async () => {
    const agreement = await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        centerId: centerA,
        title: 'Umowa na prowadzenie Centrum Obywatelskiego',
        operator: 'Krakowska Federacja Organizacji Pozarządowych',
        funder: 'Gmina Miejska Kraków',
        from: '2026-01-01',
        to: '2026-03-31',
        targets: { 'beneficiaries.total': 12, 'rooms.lendings': 4 },
      },
    });
    expect(agreement.status).toBe(201);
    await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        centerId: centerB,
        title: 'Umowa B',
        operator: 'KraFOS',
        funder: 'Kraków',
        from: '2026-01-01',
        to: '2026-12-31',
        targets: { 'rooms.people': 100 },
      },
    });
    const bad = await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        title: 'X',
        operator: 'X',
        funder: 'X',
        from: '2026-01-01',
        to: '2026-12-31',
        targets: { 'rooms.nonsense': 1 },
      },
    });
    expect(bad.status).toBe(422);
    expect(
      (await call(ctx, { method: 'POST', url: '/api/agreements', as: coordinatorA, payload: {} })).status,
    ).toBe(422);

    const side = await call(ctx, { method: 'GET', url: '/api/reports/indicators', as: observer });
    expect(side.status).toBe(200);
    expect(side.body.items).toHaveLength(2);
    const a = side.body.items.find(
      (item: { agreement: { centerId: string } }) => item.agreement.centerId === centerA,
    );
    expect(a.indicators).toEqual([
      { key: 'beneficiaries.total', label: 'beneficjenci razem', target: 12, actual: 6, percent: 50 },
      { key: 'rooms.lendings', label: 'udostępnienia sal', target: 4, actual: 5, percent: 125 },
    ]);
    const b = side.body.items.find(
      (item: { agreement: { centerId: string } }) => item.agreement.centerId === centerB,
    );
    expect(b.indicators[0]).toMatchObject({ key: 'rooms.people', target: 100, actual: 24, percent: 24 });

    const own = await call(ctx, { method: 'GET', url: '/api/reports/indicators', as: coordinatorA });
    expect(own.body.items).toHaveLength(1);
    expect((await call(ctx, { method: 'GET', url: '/api/reports/indicators', as: member })).status).toBe(403);
  });
});
