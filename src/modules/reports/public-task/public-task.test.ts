import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
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
  w,
} from '../reports.test-support.ts';

setupReportsWorld();

const TARGETS = {
  'beneficiaries.total': 12,
  'rooms.lendings': 4,
  'rooms.people': 100,
  'activities.participants': 20,
};
let agreementId: string;
let agreementB: string;

const draft = (payload: object, as = coordinatorA) =>
  call(ctx, { method: 'POST', url: '/api/public-task-reports', as, payload });
const patch = (id: string, payload: object, as = coordinatorA) =>
  call(ctx, { method: 'PATCH', url: `/api/public-task-reports/${id}`, as, payload });
const get = (url: string, as = coordinatorA) => call(ctx, { method: 'GET', url, as });
const Q1 = { from: '2026-01-01', to: '2026-03-31', type: 'partial' };

beforeAll(async () => {
  const agreement = async (centerId: string, title: string) => {
    const created = await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        centerId,
        title,
        operator: 'Krakowska Federacja Organizacji Pozarządowych',
        funder: 'Gmina Miejska Kraków',
        from: '2026-01-01',
        to: '2026-12-31',
        targets: TARGETS,
      },
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  agreementId = await agreement(centerA, 'Prowadzenie Centrum Obywatelskiego Reymonta');
  agreementB = await agreement(centerB, 'Prowadzenie Centrum Obywatelskiego Nowa Huta');
});

describe('a draft of the statutory report', () => {
  it('is made for an agreement and a period with Part I from the data, the written fields empty', async () => {
    const created = await draft({ agreementId, ...Q1 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const report = created.body;
    expect(report).toMatchObject({
      agreementId,
      centerId: centerA,
      type: 'partial',
      from: '2026-01-01',
      to: '2026-03-31',
      revision: 1,
      header: {
        title: 'Prowadzenie Centrum Obywatelskiego Reymonta',
        operator: 'Krakowska Federacja Organizacji Pozarządowych',
        funder: 'Gmina Miejska Kraków',
        agreementFrom: '2026-01-01',
        agreementTo: '2026-12-31',
      },
    });
    expect(report.fields).toMatchObject({ results: null, actions: null, expenses: [], additionalInfo: null });
    expect(report.totals.all).toEqual({ planned: 0, actual: 0 });
    expect(report.toWrite).toHaveLength(9);

    // The results against the agreement's targets equal the summary of the same period and centre.
    const summary = await get(`/api/reports/summary?from=2026-01-01&to=2026-03-31&centerId=${centerA}`);
    expect(summary.status).toBe(200);
    const value = (key: string) => report.data.indicators.find((row: { key: string }) => row.key === key);
    expect(value('beneficiaries.total')).toMatchObject({
      target: 12,
      value: summary.body.beneficiaries.total,
      percent: 50,
    });
    expect(value('rooms.lendings')).toMatchObject({ target: 4, value: 5, percent: 125 });
    expect(value('rooms.people')).toMatchObject({ value: summary.body.rooms.people });
    expect(value('activities.participants')).toMatchObject({ value: summary.body.activities.participants });
    expect(value('rooms.lendings').source).toContain('udostępnienia sal');

    // The actions carried out: the training with its days and place, the lendings, the advice.
    const training = report.data.actions.find(
      (action: { key: string }) => action.key === 'activities.training',
    );
    expect(training).toMatchObject({ from: '2026-03-10', to: '2026-03-11', count: 1 });
    expect(training.participants).toBe(summary.body.activities.participants);
    expect(training.details[0].label).toBe('Szkolenie z pozyskiwania funduszy');
    const rooms = report.data.actions.find((action: { key: string }) => action.key === 'rooms');
    expect(rooms).toMatchObject({
      count: summary.body.rooms.lendings,
      participants: summary.body.rooms.people,
      from: '2026-01-13',
      to: '2026-03-31',
    });
    expect(rooms.places[0]).toContain('Centrum Obywatelskie Reymonta');
    const advice = report.data.actions.find((action: { key: string }) => action.key === 'advice');
    expect(advice).toMatchObject({ count: summary.body.advice.appointments });

    // The beneficiaries by kind add up to the summary's; by district they add up to the total.
    const byKind = Object.fromEntries(
      report.data.beneficiaries.byKind.map((row: { kind: string; count: number }) => [row.kind, row.count]),
    );
    expect(byKind).toEqual({
      organization: summary.body.beneficiaries.organizations,
      informal_group: summary.body.beneficiaries.informalGroups,
      individual: summary.body.beneficiaries.individuals,
    });
    const districts = report.data.beneficiaries.byDistrict;
    expect(districts.reduce((sum: number, row: { total: number }) => sum + row.total, 0)).toBe(
      summary.body.beneficiaries.total,
    );
  });

  it('answers 4xx in both languages for a bad agreement, period or type', async () => {
    const outside = await draft({ agreementId, from: '2025-12-01', to: '2026-01-31', type: 'partial' });
    expect(outside.status).toBe(422);
    expect(outside.body.error.details[0].path).toBe('from');
    const pl = await call(ctx, {
      method: 'POST',
      url: '/api/public-task-reports',
      as: coordinatorA,
      headers: { 'accept-language': 'pl' },
      payload: { agreementId, from: '2026-06-01', to: '2027-01-31', type: 'final' },
    });
    expect(pl.status).toBe(422);
    expect(pl.body.error.message).toContain('okres wykracza poza okres umowy');
    const backwards = await draft({ agreementId, from: '2026-03-31', to: '2026-01-01', type: 'partial' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.details[0].path).toBe('to');
    const unknown = await draft({ ...Q1, agreementId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect((await draft({ ...Q1, agreementId: 'not-an-id' })).status).toBe(404);
    expect((await draft({ agreementId, ...Q1, type: 'yearly' })).status).toBe(422);
    expect((await draft({ agreementId, ...Q1, from: '2026-02-30' })).status).toBe(422);
    expect((await draft({ agreementId, ...Q1, extra: 1 })).status).toBe(422);
    // Another centre's coordinator, a member and the city may not make one.
    expect((await draft({ agreementId, ...Q1 }, coordinatorB)).status).toBe(403);
    expect((await draft({ agreementId, ...Q1 }, member)).status).toBe(403);
    expect((await draft({ agreementId, ...Q1 }, observer)).status).toBe(403);
    expect((await get('/api/public-task-reports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/api/public-task-reports/nonsense')).status).toBe(404);
  });
});

describe('editing a draft', () => {
  it('keeps the written fields and sums Part II by category and source, in grosze', async () => {
    const { body: report } = await draft({ agreementId, ...Q1 });
    const edited = await patch(report.id, {
      results: 'Centrum obsłużyło organizacje z Krowodrzy i Bronowic.',
      agreementNumber: 'WZ-II.524.1.2026',
      agreementDate: '2025-12-20',
      expenses: [
        {
          name: 'Wynagrodzenie koordynatora',
          category: 'actions',
          planned: 30000,
          grant: 27000.1,
          ownFunds: 2999.9,
        },
        { name: 'Materiały szkoleniowe', category: 'actions', planned: 1000, grant: 800.2, personal: 300 },
        { name: 'Obsługa księgowa', category: 'administrative', planned: 2400, grant: 2400, inKind: 0.1 },
      ],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.revision).toBe(2);
    expect(edited.body.toWrite).toEqual([
      'actions',
      'deviations',
      'otherIncome',
      'recipientPayments',
      'additionalInfo',
    ]);
    expect(edited.body.totals).toMatchObject({
      actions: { planned: 31000, actual: 31100.2 },
      administrative: { planned: 2400, actual: 2400.1 },
      all: { planned: 33400, actual: 33500.3 },
      bySource: { grant: 30200.3, ownFunds: 2999.9, personal: 300, inKind: 0.1, other: 0 },
      otherFinancial: 2999.9,
      personalAndInKind: 300.1,
    });
    expect(edited.body.totals.shares.grant).toBeCloseTo(90.15, 2);

    const read = await get(`/api/public-task-reports/${report.id}`);
    expect(read.body.fields.results).toBe('Centrum obsłużyło organizacje z Krowodrzy i Bronowic.');
    expect(read.body.fields.expenses).toHaveLength(3);
    expect(read.body.fields.expenses[1]).toMatchObject({ recipientPayments: 0, otherPublic: 0, inKind: 0 });
    // The city reads it; another centre's coordinator does not; nobody else edits it.
    expect((await get(`/api/public-task-reports/${report.id}`, observer)).status).toBe(200);
    expect((await get(`/api/public-task-reports/${report.id}`, coordinatorB)).status).toBe(403);
    expect((await patch(report.id, { results: 'x' }, coordinatorB)).status).toBe(403);
    expect((await patch(report.id, { results: 'x' }, observer)).status).toBe(403);

    // Bad values: three decimals, a negative amount, an unknown category or field.
    const line = { name: 'Czynsz', category: 'actions' };
    expect((await patch(report.id, { expenses: [{ ...line, grant: 1.005 }] })).status).toBe(422);
    expect((await patch(report.id, { expenses: [{ ...line, grant: -1 }] })).status).toBe(422);
    expect((await patch(report.id, { expenses: [{ ...line, category: 'travel' }] })).status).toBe(422);
    expect((await patch(report.id, { summary: 'x' })).status).toBe(422);
    // An edit from an older revision is refused with the current one; a blank field is cleared.
    const stale = await patch(report.id, { revision: 1, results: 'stare' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toEqual({ revision: 2 });
    const cleared = await patch(report.id, { revision: 2, results: null, type: 'final' });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ type: 'final', revision: 3, fields: { results: null } });
    expect(cleared.body.fields.agreementNumber).toBe('WZ-II.524.1.2026');
  });

  it('loses no field when many edits arrive at once', async () => {
    const { body: report } = await draft({ agreementId, ...Q1 });
    const edits: object[] = [
      { results: 'Rezultaty' },
      { actions: 'Działania' },
      { deviations: 'Bez odstępstw' },
      { otherIncome: 'Brak' },
      { recipientPayments: 'Nie pobierano' },
      { additionalInfo: 'Informacje' },
      { agreementNumber: 'UM/1/2026' },
      { agreementDate: '2026-01-02' },
      { expenses: [{ name: 'Czynsz', category: 'administrative', grant: 100 }] },
    ];
    const answers = await Promise.all(edits.map((edit) => patch(report.id, edit)));
    expect(answers.map((answer) => answer.status)).toEqual(edits.map(() => 200));
    const read = await get(`/api/public-task-reports/${report.id}`);
    expect(read.body.revision).toBe(1 + edits.length);
    expect(read.body.fields).toMatchObject(Object.assign({}, ...edits));
  });

  it('takes one of many edits that start from the same revision, and refuses the others', async () => {
    const { body: report } = await draft({ agreementId, ...Q1 });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => patch(report.id, { revision: 1, results: `wersja ${index}` })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = answers.find((answer) => answer.status === 200)?.body.fields.results;
    const read = await get(`/api/public-task-reports/${report.id}`);
    expect(read.body).toMatchObject({ revision: 2, fields: { results: winner } });
  });

  it('computes Part I again on refresh and keeps what was written', async () => {
    const { body: report } = await draft({
      agreementId,
      from: '2026-05-01',
      to: '2026-05-31',
      type: 'partial',
    });
    expect(report.data.actions).toEqual([]);
    await patch(report.id, { results: 'Maj' });
    const room = await ctx.db
      .selectFrom('rooms')
      .select('id')
      .where('center_id', '=', centerA)
      .executeTakeFirstOrThrow();
    const organizer = await ctx.db
      .selectFrom('beneficiaries')
      .select('id')
      .where('name', '=', 'Beneficjent org2')
      .executeTakeFirstOrThrow();
    await sql`
      insert into bookings (room_id, center_id, kind, beneficiary_id, title, start_at, end_at, status, attendees)
      values (${room.id}, ${centerA}, 'lending', ${organizer.id}, 'Walne zebranie', ${w('2026-05-12', '17:00')},
              ${w('2026-05-12', '19:00')}, 'completed', 15)`.execute(ctx.db);
    const refreshed = await call(ctx, {
      method: 'POST',
      url: `/api/public-task-reports/${report.id}/refresh`,
      as: coordinatorA,
      payload: {},
    });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect(refreshed.body.fields.results).toBe('Maj');
    expect(refreshed.body.revision).toBe(3);
    expect(refreshed.body.data.actions).toEqual([
      expect.objectContaining({
        key: 'rooms',
        count: 1,
        participants: 15,
        from: '2026-05-12',
        to: '2026-05-12',
      }),
    ]);
    const stale = await call(ctx, {
      method: 'POST',
      url: `/api/public-task-reports/${report.id}/refresh`,
      as: coordinatorA,
      payload: { revision: 1 },
    });
    expect(stale.status).toBe(409);
  });
});

describe('the list of drafts', () => {
  it('pages newest first, filters by agreement, and shows each reader its own centres', async () => {
    const mine = await draft({ agreementId, from: '2026-04-01', to: '2026-06-30', type: 'partial' });
    const theirs = await draft({ agreementId: agreementB, ...Q1 }, coordinatorB);
    expect(theirs.status).toBe(201);
    const all = await get('/api/public-task-reports?limit=200', admin);
    expect(all.status).toBe(200);
    const count = all.body.items.length;
    expect(count).toBeGreaterThanOrEqual(6);
    expect(all.body.items[0].id).toBe(theirs.body.id);
    expect(all.body.items[1].id).toBe(mine.body.id);
    expect(all.body.items[0]).not.toHaveProperty('data');

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await get(
        `/api/public-task-reports?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        admin,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((item: { id: string }) => item.id));

    const ofB = await get(`/api/public-task-reports?agreementId=${agreementB}`, observer);
    expect(ofB.body.items.map((item: { id: string }) => item.id)).toEqual([theirs.body.id]);
    const own = await get('/api/public-task-reports?limit=200', coordinatorB);
    expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([theirs.body.id]);
    expect((await get('/api/public-task-reports?agreementId=x')).body.items).toEqual([]);
    expect((await get('/api/public-task-reports?cursor=zzz')).status).toBe(400);
    expect((await get('/api/public-task-reports', member)).status).toBe(403);
    expect((await call(ctx, { method: 'GET', url: '/api/public-task-reports' })).status).toBe(401);
  });
});
