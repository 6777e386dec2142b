import { beforeAll, describe, expect, it } from 'vitest';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { type CentersKit, centersKit, EVERY_DAY, paths, UNKNOWN_ID } from '../centers.test-support.ts';
import { checkWithinOpeningHours, loadCenterCalendar } from './opening.calendar.ts';

let ctx: TestContext;
let admin: TestUser;
let createCenter: CentersKit['createCenter'];

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  ({ createCenter } = centersKit(ctx, admin));
});

describe('closures', () => {
  it('creates, lists by period and deletes closures', async () => {
    const center = await createCenter();
    const created = await call(ctx, {
      method: 'POST',
      url: `/api/centers/${center.id}/closures`,
      as: admin,
      payload: { from: '2026-08-03', to: '2026-08-14', reason: 'Przerwa wakacyjna' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      centerId: center.id,
      from: '2026-08-03',
      to: '2026-08-14',
      reason: 'Przerwa wakacyjna',
    });
    const oneDay = await call(ctx, {
      method: 'POST',
      url: `/api/centers/${center.id}/closures`,
      as: admin,
      payload: { from: '2026-12-31', to: '2026-12-31', reason: 'Inwentaryzacja' },
    });
    expect(oneDay.status).toBe(201);

    const all = await call(ctx, { method: 'GET', url: `/api/centers/${center.id}/closures` });
    expect(all.status).toBe(200);
    expect(all.body.items.map((c: { from: string }) => c.from)).toEqual(['2026-08-03', '2026-12-31']);
    expect(all.body.nextCursor).toBeNull();

    const touching = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${center.id}/closures?from=2026-08-14&to=2026-09-01`,
    });
    expect(touching.body.items.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
    const none = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${center.id}/closures?from=2026-08-15&to=2026-12-30`,
    });
    expect(none.body.items).toEqual([]);

    const paged = await call(ctx, { method: 'GET', url: `/api/centers/${center.id}/closures?limit=1` });
    const rest = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${center.id}/closures?limit=1&cursor=${paged.body.nextCursor}`,
    });
    expect(rest.body.items.map((c: { id: string }) => c.id)).toEqual([oneDay.body.id]);

    const deleted = await call(ctx, {
      method: 'DELETE',
      url: `/api/centers/${center.id}/closures/${created.body.id}`,
      as: admin,
    });
    expect(deleted.status).toBe(204);
    expect(deleted.response.body).toBe('');
    const again = await call(ctx, {
      method: 'DELETE',
      url: `/api/centers/${center.id}/closures/${created.body.id}`,
      as: admin,
    });
    expect(again.status).toBe(404);

    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=center_closure&entityId=${created.body.id}`,
      as: admin,
    });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['delete', 'create']);
  });

  it('refuses bad periods with 422 and unknown centres or closures with 404', async () => {
    const center = await createCenter();
    const other = await createCenter();
    const url = `/api/centers/${center.id}/closures`;
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2026-05-10', to: '2026-05-09', reason: 'x' }, 'to'],
      [{ from: '2026-05-10', to: '2026-05-10' }, 'reason'],
      [{ from: '2026-05-10', to: '2026-05-10', reason: '' }, 'reason'],
      [{ from: '2026-02-30', to: '2026-03-01', reason: 'x' }, 'from'],
      [{ from: '10/05/2026', to: '2026-05-10', reason: 'x' }, 'from'],
      [{ from: 20260510, to: '2026-05-10', reason: 'x' }, 'from'],
      [{ from: '2026-05-10', to: '2026-05-10', reason: 'x'.repeat(201) }, 'reason'],
    ];
    for (const [payload, path] of cases) {
      const { status, body } = await call(ctx, { method: 'POST', url, as: admin, payload });
      expect(status).toBe(422);
      expect(paths(body)).toContain(path);
    }
    const unknownCenter = await call(ctx, {
      method: 'POST',
      url: `/api/centers/${UNKNOWN_ID}/closures`,
      as: admin,
      payload: { from: '2026-05-10', to: '2026-05-10', reason: 'x' },
    });
    expect(unknownCenter.status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/centers/nope/closures' })).status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: `${url}?from=2026-13-01` })).status).toBe(400);

    const foreign = await call(ctx, {
      method: 'POST',
      url: `/api/centers/${other.id}/closures`,
      as: admin,
      payload: { from: '2026-05-10', to: '2026-05-10', reason: 'x' },
    });
    const wrongCenter = await call(ctx, {
      method: 'DELETE',
      url: `${url}/${foreign.body.id}`,
      as: admin,
    });
    expect(wrongCenter.status).toBe(404);
    expect((await call(ctx, { method: 'DELETE', url: `${url}/nope`, as: admin })).status).toBe(404);
  });
});

describe('the days view', () => {
  it('tells for each local day whether the centre is open, when, and why not', async () => {
    const center = await createCenter({ openingHours: { ...EVERY_DAY([['08:00', '20:00']]), sun: [] } });
    await call(ctx, {
      method: 'POST',
      url: `/api/centers/${center.id}/closures`,
      as: admin,
      payload: { from: '2026-11-12', to: '2026-11-13', reason: 'Remont sali' },
    });
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${center.id}/days?from=2026-11-10&to=2026-11-16`,
    });
    expect(status).toBe(200);
    expect(body.centerId).toBe(center.id);
    expect(body.timezone).toBe('Europe/Warsaw');
    expect(body.days).toEqual([
      { date: '2026-11-10', weekday: 'tue', open: true, hours: [['08:00', '20:00']] },
      {
        date: '2026-11-11',
        weekday: 'wed',
        open: false,
        hours: [],
        reason: 'holiday',
        holiday: 'Narodowe Święto Niepodległości',
        holidayEn: 'National Independence Day',
      },
      {
        date: '2026-11-12',
        weekday: 'thu',
        open: false,
        hours: [],
        reason: 'closure',
        closureReason: 'Remont sali',
      },
      {
        date: '2026-11-13',
        weekday: 'fri',
        open: false,
        hours: [],
        reason: 'closure',
        closureReason: 'Remont sali',
      },
      { date: '2026-11-14', weekday: 'sat', open: true, hours: [['08:00', '20:00']] },
      { date: '2026-11-15', weekday: 'sun', open: false, hours: [], reason: 'weekly' },
      { date: '2026-11-16', weekday: 'mon', open: true, hours: [['08:00', '20:00']] },
    ]);
  });

  it('opens on a holiday listed in openHolidays, and closes on Easter-based holidays by default', async () => {
    const center = await createCenter();
    const before = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${center.id}/days?from=2026-06-04&to=2026-06-04`,
    });
    expect(before.body.days[0]).toMatchObject({
      open: false,
      reason: 'holiday',
      holiday: 'Boże Ciało',
      holidayEn: 'Corpus Christi',
    });

    const patched = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${center.id}`,
      as: admin,
      payload: { openHolidays: ['2026-11-11'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.openHolidays).toEqual(['2026-11-11']);
    const { body } = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${center.id}/days?from=2026-11-11&to=2026-11-11`,
    });
    expect(body.days).toEqual([
      {
        date: '2026-11-11',
        weekday: 'wed',
        open: true,
        hours: [['08:00', '20:00']],
        holiday: 'Narodowe Święto Niepodległości',
        holidayEn: 'National Independence Day',
      },
    ]);
  });

  it('covers up to 366 days and refuses longer or reversed periods with 400', async () => {
    const center = await createCenter();
    const url = `/api/centers/${center.id}/days`;
    const year = await call(ctx, { method: 'GET', url: `${url}?from=2028-01-01&to=2028-12-31` });
    expect(year.status).toBe(200);
    expect(year.body.days).toHaveLength(366);
    expect(year.body.days.filter((day: { reason?: string }) => day.reason === 'holiday')).toHaveLength(14);
    for (const query of [
      'from=2026-01-01&to=2027-01-02',
      'from=2026-05-02&to=2026-05-01',
      'from=2026-05-01',
      'from=2026-02-29&to=2026-03-01',
      'from=yesterday&to=2026-03-01',
      'from=2026-05-01&to=2026-05-02&extra=1',
    ]) {
      const { status, body } = await call(ctx, { method: 'GET', url: `${url}?${query}` });
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
    }
    const unknown = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${UNKNOWN_ID}/days?from=2026-05-01&to=2026-05-01`,
    });
    expect(unknown.status).toBe(404);
  });
});

describe('opening hours for bookings', () => {
  it('says whether a booking lies inside one opening interval of its local day, and why not', async () => {
    const center = await createCenter({
      openingHours: {
        ...EVERY_DAY([
          ['08:00', '12:00'],
          ['13:00', '20:00'],
        ]),
        sat: [['10:00', '24:00']],
        sun: [],
      },
    });
    await call(ctx, {
      method: 'POST',
      url: `/api/centers/${center.id}/closures`,
      as: admin,
      payload: { from: '2026-07-01', to: '2026-07-01', reason: 'Szkolenie zespołu' },
    });
    const check = (start: string, end: string) =>
      checkWithinOpeningHours(ctx.db, center.id, new Date(start), new Date(end));

    // Tuesday 2026-06-30, summer time (UTC+2).
    expect(await check('2026-06-30T06:00:00Z', '2026-06-30T10:00:00Z')).toEqual({ ok: true });
    expect(await check('2026-06-30T11:00:00Z', '2026-06-30T18:00:00Z')).toEqual({ ok: true });
    const acrossLunch = await check('2026-06-30T09:00:00Z', '2026-06-30T12:00:00Z');
    expect(acrossLunch).toMatchObject({ ok: false, rule: 'outside_hours', date: '2026-06-30' });
    expect(acrossLunch.ok === false && acrossLunch.message.pl).toMatch(/Poza godzinami otwarcia/);
    expect(await check('2026-06-30T05:59:00Z', '2026-06-30T07:00:00Z')).toMatchObject({
      rule: 'outside_hours',
    });
    expect(await check('2026-06-30T17:00:00Z', '2026-06-30T18:01:00Z')).toMatchObject({
      rule: 'outside_hours',
    });
    expect(await check('2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z')).toMatchObject({
      ok: false,
      rule: 'closure',
      date: '2026-07-01',
    });
    const assumption = await check('2026-08-15T08:00:00Z', '2026-08-15T09:00:00Z');
    expect(assumption).toMatchObject({ rule: 'holiday' });
    // Each language names the holiday in its own words.
    expect(assumption.ok === false && assumption.message.en).toMatch(/\(Assumption of Mary\)/);
    expect(assumption.ok === false && assumption.message.pl).toMatch(
      /\(Wniebowzięcie Najświętszej Maryi Panny\)/,
    );
    expect(await check('2026-07-05T08:00:00Z', '2026-07-05T09:00:00Z')).toMatchObject({
      rule: 'closed_day',
    });
    // Saturday open until midnight: a booking may end exactly at 24:00 but not later.
    expect(await check('2026-07-04T20:00:00Z', '2026-07-04T22:00:00Z')).toEqual({ ok: true });
    expect(await check('2026-07-04T20:00:00Z', '2026-07-04T22:30:00Z')).toMatchObject({
      rule: 'outside_hours',
    });
    // Unknown centre: 404 from the service.
    await expect(
      checkWithinOpeningHours(ctx.db, UNKNOWN_ID, new Date(), new Date(Date.now() + 1000)),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('measures opening hours in local time across both DST changes', async () => {
    const center = await createCenter({ openingHours: EVERY_DAY([['08:00', '20:00']]) });
    const calendar = await loadCenterCalendar(ctx.db, center.id, '2026-03-28', '2026-10-25');
    // Saturday before the spring change: UTC+1; Sunday after it: UTC+2.
    expect(calendar.check(new Date('2026-03-28T07:00:00Z'), new Date('2026-03-28T19:00:00Z'))).toEqual({
      ok: true,
    });
    expect(calendar.check(new Date('2026-03-29T06:00:00Z'), new Date('2026-03-29T18:00:00Z'))).toEqual({
      ok: true,
    });
    expect(calendar.check(new Date('2026-03-29T06:00:00Z'), new Date('2026-03-29T19:00:00Z'))).toMatchObject({
      rule: 'outside_hours',
    });
    // The autumn change: back to UTC+1 on 2026-10-25.
    expect(calendar.check(new Date('2026-10-25T07:00:00Z'), new Date('2026-10-25T19:00:00Z'))).toEqual({
      ok: true,
    });
    expect(calendar.check(new Date('2026-10-25T06:00:00Z'), new Date('2026-10-25T08:00:00Z'))).toMatchObject({
      rule: 'outside_hours',
    });
    expect(calendar.day('2026-10-25')).toMatchObject({ open: true, weekday: 'sun' });
    expect(() => calendar.day('2026-10-26')).toThrow(RangeError);
  });
});
