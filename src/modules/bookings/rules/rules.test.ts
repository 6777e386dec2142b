import { beforeAll, describe, expect, it } from 'vitest';
import { at, futureDate, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import { type BookingsWorld, rulesOf, setupBookings } from '../bookings.test-support.ts';

let ctx: TestContext;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let member: TestUser;
let otherMember: TestUser;
let advisor: TestUser;
let observer: TestUser;
let centerId: string;
let smallRoom: { id: string };
let day: string;
let request: BookingsWorld['request'];
let book: BookingsWorld['book'];

beforeAll(async () => {
  ({
    ctx,
    coordinator,
    otherCoordinator,
    member,
    otherMember,
    advisor,
    observer,
    centerId,
    smallRoom,
    day,
    request,
    book,
  } = await setupBookings());
});

describe("the centre's room-use rules", () => {
  it('names each broken rule in a 422, in English and Polish', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ start: at(day, '12:00'), end: at(day, '11:00') }, 'end_before_start'],
      [{ start: at(day, '06:00'), end: at(day, '09:00') }, 'outside_hours'],
      [{ expectedAttendees: 31 }, 'capacity'],
      [{ purpose: '' }, 'purpose_required'],
      [{ termsAccepted: false }, 'terms_not_accepted'],
      [{ start: at(futureDate(-3), '10:00'), end: at(futureDate(-3), '11:00') }, 'in_past'],
      [
        {
          start: new Date(Date.now() + 3 * 3600_000).toISOString(),
          end: new Date(Date.now() + 4 * 3600_000).toISOString(),
        },
        'min_notice',
      ],
      [{ start: at(futureDate(70), '10:00'), end: at(futureDate(70), '11:00') }, 'max_advance'],
      [{ start: at(day, '08:00'), end: at(day, '21:00') }, 'max_length'],
    ];
    for (const [overrides, rule] of cases) {
      const { status, body } = await book(member, {
        roomId: smallRoom.id,
        expectedAttendees: 5,
        ...overrides,
      });
      expect(status, rule).toBe(422);
      expect(rulesOf(body), rule).toContain(rule);
    }
    const polish = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: member,
      headers: { 'accept-language': 'pl' },
      payload: request({ roomId: smallRoom.id, expectedAttendees: 11 }),
    });
    expect(polish.body.error.message).toBe('Sala mieści 10 osób; zgłoszono 11.');
  });

  it('refuses closure days and public holidays, unless the centre opens them', async () => {
    const closureDay = addDays(day, 3);
    await call(ctx, {
      method: 'POST',
      url: `/api/centers/${centerId}/closures`,
      as: coordinator,
      payload: { from: closureDay, to: closureDay, reason: 'Malowanie sal' },
    });
    const closed = await book(member, { start: at(closureDay, '10:00'), end: at(closureDay, '11:00') });
    expect(closed.status).toBe(422);
    expect(rulesOf(closed.body)).toContain('closure');

    const christmasEve = '2026-12-24';
    const holiday = await book(coordinator, {
      start: at(christmasEve, '10:00'),
      end: at(christmasEve, '11:00'),
    });
    expect(holiday.status).toBe(422);
    expect(rulesOf(holiday.body)).toContain('holiday');
    const overridden = await book(coordinator, {
      start: at(christmasEve, '10:00'),
      end: at(christmasEve, '11:00'),
      override: true,
    });
    expect(overridden.status).toBe(201);
    const memberOverride = await book(member, {
      start: at(christmasEve, '12:00'),
      end: at(christmasEve, '13:00'),
      override: true,
    });
    expect(memberOverride.status).toBe(403);
  });

  it('lets staff backfill past bookings from paper records, and follows changed rules', async () => {
    const past = futureDate(-20);
    const backfilled = await book(coordinator, {
      start: at(past, '17:00'),
      end: at(past, '19:00'),
      purpose: undefined,
      termsAccepted: undefined,
    });
    expect(backfilled.status).toBe(201);
    expect(backfilled.body.status).toBe('approved');

    const rules = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${centerId}/booking-rules`,
      as: coordinator,
      payload: { maxAdvanceDays: 5 },
    });
    expect(rules.status).toBe(200);
    expect(rules.body.maxAdvanceDays).toBe(5);
    const tooFar = await book(member, {
      start: at(addDays(day, 4), '10:00'),
      end: at(addDays(day, 4), '11:00'),
    });
    expect(rulesOf(tooFar.body)).toContain('max_advance');
    await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${centerId}/booking-rules`,
      as: coordinator,
      payload: { maxAdvanceDays: 60 },
    });
    const publicRules = await call(ctx, { method: 'GET', url: `/api/centers/${centerId}/booking-rules` });
    expect(publicRules.body).toMatchObject({
      maxAdvanceDays: 60,
      minNoticeHours: 24,
      maxHours: 12,
      terms: expect.any(String),
      termsEn: null,
    });
    // The terms in English beside the Polish ones; an empty text removes them again.
    const english = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${centerId}/booking-rules`,
      as: coordinator,
      payload: { termsEn: '  Rooms are lent free of charge for non-commercial meetings.  ' },
    });
    expect(english.body).toMatchObject({
      termsEn: 'Rooms are lent free of charge for non-commercial meetings.',
      terms: publicRules.body.terms,
    });
    const cleared = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${centerId}/booking-rules`,
      as: coordinator,
      payload: { termsEn: '' },
    });
    expect(cleared.body.termsEn).toBeNull();
    const foreign = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${centerId}/booking-rules`,
      as: otherCoordinator,
      payload: { maxHours: 2 },
    });
    expect(foreign.status).toBe(403);
  });

  it('refuses unknown rooms and beneficiaries, and beneficiaries the member does not represent', async () => {
    expect((await book(member, { roomId: UNKNOWN_ID })).body.error.details[0].path).toBe('roomId');
    expect((await book(member, { beneficiaryId: 'nope' })).body.error.details[0].path).toBe('beneficiaryId');
    expect((await book(otherMember, {})).status).toBe(403);
    expect((await book(advisor, {})).status).toBe(403);
    expect((await book(observer, {})).status).toBe(403);
    expect((await call(ctx, { method: 'POST', url: '/api/bookings', payload: request() })).status).toBe(401);
    const wrongTypes = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: member,
      payload: { ...request(), start: 'tomorrow', expectedAttendees: 'many' },
    });
    expect(wrongTypes.status).toBe(422);
    const farFuture = await book(coordinator, { start: '9999-12-31T10:00:00Z', end: '9999-12-31T11:00:00Z' });
    expect(farFuture.status).toBe(422);
    expect(farFuture.body.error.details[0].path).toBe('start');
    expect(wrongTypes.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'expectedAttendees',
      'start',
    ]);
  });
});
