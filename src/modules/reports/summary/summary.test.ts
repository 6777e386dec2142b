import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import {
  admin,
  centerA,
  centerB,
  coordinatorA,
  coordinatorB,
  ctx,
  member,
  observer,
  setupReportsWorld,
} from '../reports.test-support.ts';

setupReportsWorld();

const summary = async (as: TestUser, query: string) =>
  call(ctx, { method: 'GET', url: `/api/reports/summary?${query}`, as });

describe('the summary', () => {
  it('gives the exact figures of one centre for the first quarter', async () => {
    const { status, body } = await summary(coordinatorA, `from=2026-01-01&to=2026-03-31&centerId=${centerA}`);
    expect(status).toBe(200);
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(body.centerIds).toEqual([centerA]);
    expect(body.beneficiaries).toEqual({ total: 6, organizations: 1, informalGroups: 1, individuals: 4 });
    expect(body.rooms).toEqual({ lendings: 5, people: 36, hours: 8.5 });
    expect(body.activities.count).toBe(1);
    expect(body.activities.participants).toBe(8);
    expect(body.activities.byKind.training).toEqual({ count: 1, participants: 8 });
    expect(body.activities.byKind.seminar).toEqual({ count: 0, participants: 0 });
    expect(body.advice).toEqual({
      appointments: 2,
      hours: 2.5,
      byKind: { consulting: 1, coaching: 1, mentoring: 0 },
    });
    expect(body.volunteering).toEqual({ offers: 1, placements: 1, hours: 7.5 });
    expect(body.incubation.initiatives).toBe(1);
    expect(body.incubation.byStage).toMatchObject({ idea: 0, planning: 1 });
  });

  it('counts each beneficiary once across the network', async () => {
    const { body } = await summary(observer, 'from=2026-01-01&to=2026-03-31');
    expect(body.centerIds.sort()).toEqual([centerA, centerB].sort());
    expect(body.beneficiaries).toEqual({ total: 7, organizations: 2, informalGroups: 1, individuals: 4 });
    expect(body.rooms).toEqual({ lendings: 7, people: 60, hours: 12.5 });
    const onlyB = await summary(coordinatorB, `from=2026-01-01&to=2026-03-31&centerId=${centerB}`);
    expect(onlyB.body.beneficiaries).toEqual({
      total: 2,
      organizations: 2,
      informalGroups: 0,
      individuals: 0,
    });
    expect(onlyB.body.rooms).toEqual({ lendings: 2, people: 24, hours: 4 });
  });

  it('moves with the period: April, and a single day at the boundary', async () => {
    const april = await summary(admin, `from=2026-04-01&to=2026-04-30&centerId=${centerA}`);
    expect(april.body.beneficiaries).toEqual({
      total: 4,
      organizations: 2,
      informalGroups: 0,
      individuals: 2,
    });
    expect(april.body.rooms).toEqual({ lendings: 1, people: 7, hours: 2 });
    expect(april.body.advice.byKind).toEqual({ consulting: 0, coaching: 0, mentoring: 1 });
    expect(april.body.volunteering).toEqual({ offers: 1, placements: 0, hours: 2 });
    expect(april.body.activities.count).toBe(0);
    const lastDay = await summary(admin, `from=2026-03-31&to=2026-03-31&centerId=${centerA}`);
    expect(lastDay.body.rooms).toEqual({ lendings: 1, people: 8, hours: 2 });
    const quiet = await summary(admin, 'from=2025-06-01&to=2025-06-30');
    expect(quiet.body.beneficiaries.total).toBe(0);
  });

  it('refuses bad periods and unknown centres, and keeps coordinators to their centres', async () => {
    expect((await summary(admin, 'from=2026-03-01&to=2026-01-01')).status).toBe(422);
    expect((await summary(admin, 'from=2026-13-01&to=2026-12-31')).status).toBe(400);
    expect((await summary(admin, 'to=2026-12-31')).status).toBe(400);
    expect((await summary(admin, `from=2026-01-01&to=2026-01-31&centerId=${UNKNOWN_ID}`)).status).toBe(404);
    expect((await summary(coordinatorB, `from=2026-01-01&to=2026-03-31&centerId=${centerA}`)).status).toBe(
      403,
    );
    const own = await summary(coordinatorB, 'from=2026-01-01&to=2026-03-31');
    expect(own.body.centerIds).toEqual([centerB]);
    expect((await summary(member, 'from=2026-01-01&to=2026-03-31')).status).toBe(403);
    expect(
      (await call(ctx, { method: 'GET', url: '/api/reports/summary?from=2026-01-01&to=2026-03-31' })).status,
    ).toBe(401);
  });
});

describe('the narrative', () => {
  it('reads the figures with Polish plural forms', async () => {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/reports/narrative?from=2026-01-01&to=2026-03-31&centerId=${centerA}&lang=pl`,
      as: admin,
    });
    expect(status).toBe(200);
    expect(body.text).toContain('Dane za okres od 1 stycznia 2026 r. do 31 marca 2026 r.');
    expect(body.text).toContain(
      'Z oferty Centrum skorzystało 6 beneficjentów, w tym 1 organizacja oraz 5 osób fizycznych i grup nieformalnych.',
    );
    expect(body.text).toContain('Z sal Centrum skorzystało 36 osób, a pomieszczenia udostępniono 5 razy.');
    expect(body.text).toContain('Centrum zorganizowało 1 wydarzenie');
    expect(body.text).toContain('wzięło udział 8 osób');
    const network = await call(ctx, {
      method: 'GET',
      url: '/api/reports/narrative?from=2026-01-01&to=2026-03-31',
      as: observer,
    });
    expect(network.body.text).toContain(
      'Z oferty centrów obywatelskich skorzystało 7 beneficjentów, w tym 2 organizacje oraz 5 osób',
    );
    const english = await call(ctx, {
      method: 'GET',
      url: '/api/reports/narrative?from=2026-01-01&to=2026-03-31&lang=en',
      as: observer,
    });
    expect(english.body.text).toContain(
      '7 beneficiaries used the services of the civic centres, including 2 organizations',
    );
    expect(english.body.text).toContain('60 people used the rooms, which were lent 7 times');
  });
});
