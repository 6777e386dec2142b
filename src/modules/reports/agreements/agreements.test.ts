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

  it('counts the actual figures over the period asked, and names them in the language asked', async () => {
    const url = (query: string) => `/api/reports/indicators?centerId=${centerA}${query}`;
    const whole = await call(ctx, { method: 'GET', url: url(''), as: coordinatorA });
    const item = whole.body.items[0];
    expect(item.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    // A period with nothing in it: the same targets, nothing achieved.
    const empty = await call(ctx, {
      method: 'GET',
      url: url('&from=2025-01-01&to=2025-01-31'),
      as: coordinatorA,
    });
    expect(empty.status).toBe(200);
    expect(empty.body.items[0].period).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    expect(empty.body.items[0].indicators.map((row: { actual: number }) => row.actual)).toEqual([0, 0]);
    // The figures of the summary over the same days are the actual ones.
    const q = 'from=2026-02-01&to=2026-03-31';
    const [part, summary] = await Promise.all([
      call(ctx, { method: 'GET', url: url(`&${q}`), as: coordinatorA }),
      call(ctx, { method: 'GET', url: `/api/reports/summary?${q}&centerId=${centerA}`, as: coordinatorA }),
    ]);
    expect(part.body.items[0].indicators).toEqual([
      expect.objectContaining({ key: 'beneficiaries.total', actual: summary.body.beneficiaries.total }),
      expect.objectContaining({ key: 'rooms.lendings', actual: summary.body.rooms.lendings }),
    ]);
    const english = await call(ctx, {
      method: 'GET',
      url: url(''),
      as: coordinatorA,
      headers: { 'accept-language': 'en' },
    });
    expect(english.body.items[0].indicators.map((row: { label: string }) => row.label)).toEqual([
      'beneficiaries in total',
      'room lendings',
    ]);
    const oneEnd = await call(ctx, { method: 'GET', url: url('&from=2026-01-01'), as: coordinatorA });
    expect(oneEnd.status).toBe(422);
    expect(oneEnd.body.error.details[0].path).toBe('to');
  });
});
