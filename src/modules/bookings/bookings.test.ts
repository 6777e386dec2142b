import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  createBeneficiary,
  createCenter,
  createRoom,
  everyDay,
  futureDate,
  openOnHolidays,
  UNKNOWN_ID,
} from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { addDays, isPolishHoliday, weekdayKey } from '../../lib/time.ts';
import { sendDueReminders } from './bookings.service.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let member: TestUser;
let otherMember: TestUser;
let advisor: TestUser;
let observer: TestUser;
let centerId: string;
let room: { id: string };
let autoRoom: { id: string };
let smallRoom: { id: string };
let beneficiaryId: string;

/** A working day 10+ days ahead that is no holiday: inside members' 24 h..60 days window. */
let day: string;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  // Open on holidays (but the Christmas Eve the holiday test books), so days ahead are always open.
  const center = await createCenter(ctx, admin, {
    openingHours: everyDay([['08:00', '22:00']]),
    openHolidays: openOnHolidays(['2026-12-24']),
  });
  centerId = center.id;
  const otherCenter = await createCenter(ctx, admin, { name: 'Centrum Nowa Huta' });
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  otherCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [otherCenter.id] });
  member = await makeUser(ctx, ['member'], { name: 'Maria Członkini' });
  otherMember = await makeUser(ctx, ['member']);
  advisor = await makeUser(ctx, ['advisor']);
  observer = await makeUser(ctx, ['observer']);
  room = await createRoom(ctx, admin, centerId, { name: 'Sala konferencyjna', capacity: 30 });
  autoRoom = await createRoom(ctx, admin, centerId, {
    name: 'Pokój konsultacji',
    capacity: 4,
    autoApprove: true,
  });
  smallRoom = await createRoom(ctx, admin, centerId, { name: 'Sala spotkań', capacity: 10 });
  beneficiaryId = (
    await createBeneficiary(ctx, {
      name: 'Fundacja Sąsiedzka Tajemnica',
      email: 'biuro@sasiedzka.example',
      representatives: [member],
    })
  ).id;
  day = futureDate(10, (date) => isPolishHoliday(date) || weekdayKey(date) === 'sun');
});

const request = (overrides: Record<string, unknown> = {}) => ({
  roomId: room.id,
  beneficiaryId,
  title: 'Spotkanie zarządu',
  purpose: 'Comiesięczne zebranie zarządu stowarzyszenia',
  termsAccepted: true,
  expectedAttendees: 12,
  start: at(day, '10:00'),
  end: at(day, '12:00'),
  ...overrides,
});

const book = (as: TestUser, overrides: Record<string, unknown> = {}) =>
  call(ctx, { method: 'POST', url: '/api/bookings', as, payload: request(overrides) });

const rulesOf = (body: { error: { details: { rule?: string }[] } }) =>
  body.error.details.map((detail) => detail.rule);

describe('requesting a room', () => {
  it('a member asks for a room: pending, with mail to the member', async () => {
    const { status, body } = await book(member, { start: at(day, '08:00'), end: at(day, '09:30') });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      roomId: room.id,
      centerId,
      beneficiaryId,
      status: 'pending',
      title: 'Spotkanie zarządu',
      start: new Date(at(day, '08:00')).toISOString(),
      requestedBy: member.id,
    });
    const outbox = await call(ctx, { method: 'GET', url: `/api/outbox?to=${member.email}`, as: admin });
    expect(outbox.body.items[0]).toMatchObject({
      kind: 'booking_received',
      subject: 'Otrzymaliśmy prośbę o salę: Spotkanie zarządu',
    });
  });

  it('staff book approved at once; an auto-approve room approves members too', async () => {
    const staff = await book(coordinator, { start: at(day, '13:00'), end: at(day, '14:00') });
    expect(staff.status).toBe(201);
    expect(staff.body.status).toBe('approved');
    const auto = await book(member, { roomId: autoRoom.id, expectedAttendees: 3 });
    expect(auto.status).toBe(201);
    expect(auto.body.status).toBe('approved');
    const mail = await call(ctx, { method: 'GET', url: `/api/outbox?to=${member.email}`, as: admin });
    const approved = mail.body.items.find((item: { kind: string }) => item.kind === 'booking_approved');
    expect(approved.attachments).toEqual([expect.objectContaining({ filename: 'rezerwacja.ics' })]);
    // The time is the centre's wall clock (Warsaw), in Polish, whatever the server's zone.
    expect(approved.subject).toBe('Sala zarezerwowana: Spotkanie zarządu');
    expect(approved.text).toContain('10:00–12:00');
    expect(approved.text).toContain('Pokój konsultacji');
  });

  it('refuses an overlap with 409 listing the conflict, and allows back-to-back bookings', async () => {
    const first = await book(coordinator, {
      roomId: smallRoom.id,
      start: at(day, '15:00'),
      end: at(day, '16:00'),
      expectedAttendees: 5,
    });
    expect(first.status).toBe(201);
    const overlap = await book(member, {
      roomId: smallRoom.id,
      start: at(day, '15:30'),
      end: at(day, '17:00'),
      expectedAttendees: 5,
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.code).toBe('conflict');
    expect(overlap.body.error.details.conflicts).toEqual([
      expect.objectContaining({
        bookingId: first.body.id,
        start: first.body.start,
        end: first.body.end,
        status: 'approved',
      }),
    ]);
    const before = await book(member, {
      roomId: smallRoom.id,
      start: at(day, '14:00'),
      end: at(day, '15:00'),
      expectedAttendees: 5,
    });
    const after = await book(member, {
      roomId: smallRoom.id,
      start: at(day, '16:00'),
      end: at(day, '17:00'),
      expectedAttendees: 5,
    });
    expect([before.status, after.status]).toEqual([201, 201]);
  });

  it('books exactly once when 50 overlapping requests arrive together', async () => {
    const raceDay = addDays(day, 1);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        book(i % 2 ? member : coordinator, {
          roomId: smallRoom.id,
          expectedAttendees: 5,
          start: at(raceDay, `${String(9 + (i % 3)).padStart(2, '0')}:00`),
          end: at(raceDay, '12:30'),
        }),
      ),
    );
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
  });

  it('never lets two holding bookings of a room overlap, for any sequence of requests (property)', async () => {
    const propertyDay = addDays(day, 2);
    const propertyRoom = await createRoom(ctx, admin, centerId, { name: `Sala właściwości`, capacity: 10 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ startSlot: fc.integer({ min: 0, max: 50 }), length: fc.integer({ min: 1, max: 8 }) }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        async (requests) => {
          await Promise.all(
            requests.map(({ startSlot, length }) => {
              const minutes = 8 * 60 + startSlot * 15;
              const end = Math.min(minutes + length * 15, 22 * 60);
              const time = (m: number) =>
                `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
              return book(coordinator, {
                roomId: propertyRoom.id,
                expectedAttendees: 2,
                start: at(propertyDay, time(minutes)),
                end: at(propertyDay, time(end)),
              });
            }),
          );
          const holds = await ctx.db
            .selectFrom('bookings')
            .select(['start_at', 'end_at'])
            .where('room_id', '=', propertyRoom.id)
            .where('status', 'in', ['pending', 'approved', 'completed'])
            .orderBy('start_at')
            .execute();
          for (let i = 1; i < holds.length; i++) {
            expect(
              (holds[i] as { start_at: Date }).start_at >= (holds[i - 1] as { end_at: Date }).end_at,
            ).toBe(true);
          }
          await ctx.db
            .updateTable('bookings')
            .set({ status: 'cancelled' })
            .where('room_id', '=', propertyRoom.id)
            .execute();
        },
      ),
      { numRuns: 15 },
    );
  });
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
    });
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

describe('recurring series', () => {
  it('keeps 18:00 local across the change to summer time, all or nothing, listing every clash', async () => {
    // Weekly on Tuesdays across the last Sunday of March 2027, booked by staff (the dates are far ahead).
    const series = await book(coordinator, {
      roomId: smallRoom.id,
      expectedAttendees: 8,
      title: 'Grupa robocza ds. zieleni',
      start: at('2027-03-16', '18:00'),
      end: at('2027-03-16', '20:00'),
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' },
    });
    expect(series.status).toBe(201);
    expect(series.body.seriesId).toEqual(expect.any(String));
    expect(series.body.bookings.map((b: { start: string }) => b.start)).toEqual([
      '2027-03-16T17:00:00.000Z',
      '2027-03-23T17:00:00.000Z',
      '2027-03-30T16:00:00.000Z',
      '2027-04-06T16:00:00.000Z',
    ]);

    const clashing = await book(coordinator, {
      roomId: smallRoom.id,
      expectedAttendees: 8,
      start: at('2027-03-09', '19:00'),
      end: at('2027-03-09', '21:00'),
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=5' },
    });
    expect(clashing.status).toBe(409);
    expect(clashing.body.error.details.conflicts.map((c: { occurrence: number }) => c.occurrence)).toEqual([
      1, 2, 3, 4,
    ]);
    const created = await ctx.db
      .selectFrom('bookings')
      .select('id')
      .where('start_at', '=', new Date(at('2027-03-09', '19:00')))
      .execute();
    expect(created).toHaveLength(0);
  });

  it('keeps 18:00 local across the change to winter time', async () => {
    const series = await book(coordinator, {
      roomId: autoRoom.id,
      expectedAttendees: 3,
      start: at('2027-10-26', '18:00'),
      end: at('2027-10-26', '19:00'),
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2' },
    });
    // A gap for the calendar: the last Sunday of October 2027 is the 31st.
    expect(series.body.bookings.map((b: { start: string }) => b.start)).toEqual([
      '2027-10-26T16:00:00.000Z',
      '2027-11-02T17:00:00.000Z',
    ]);
  });

  it('cancels one occurrence, or this and all following', async () => {
    const series = await book(member, {
      roomId: autoRoom.id,
      expectedAttendees: 3,
      start: at(addDays(day, 7), '16:00'),
      end: at(addDays(day, 7), '17:00'),
      recurrence: { rrule: 'FREQ=DAILY;COUNT=5' },
    });
    expect(series.status).toBe(201);
    const ids = series.body.bookings.map((b: { id: string }) => b.id);
    const one = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${ids[1]}/cancel`,
      as: member,
      payload: { reason: 'Choroba' },
    });
    expect(one.status).toBe(200);
    expect(one.body.cancelled).toEqual([ids[1]]);
    const following = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${ids[2]}/cancel`,
      as: member,
      payload: { scope: 'following' },
    });
    expect(following.body.cancelled).toEqual(ids.slice(2));
    const read = await call(ctx, {
      method: 'GET',
      url: `/api/booking-series/${series.body.seriesId}`,
      as: member,
    });
    expect(read.body.bookings.map((b: { status: string }) => b.status)).toEqual([
      'approved',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('refuses a rule that is not RFC 5545 or unbounded', async () => {
    const unbounded = await book(coordinator, { recurrence: { rrule: 'FREQ=WEEKLY' } });
    expect(unbounded.status).toBe(422);
    expect(unbounded.body.error.details[0].path).toBe('recurrence.rrule');
  });
});

describe('the workflow', () => {
  it('approves, rejects and cancels by role; illegal transitions are 409; decisions are audited', async () => {
    const create = async (start: string) =>
      (
        await book(member, {
          start: at(addDays(day, 5), start),
          end: at(addDays(day, 5), `${Number(start.slice(0, 2)) + 1}:00`),
        })
      ).body;
    const a = await create('10:00');
    expect(
      (await call(ctx, { method: 'POST', url: `/api/bookings/${a.id}/approve`, as: member })).status,
    ).toBe(403);
    expect(
      (await call(ctx, { method: 'POST', url: `/api/bookings/${a.id}/approve`, as: otherCoordinator }))
        .status,
    ).toBe(404);
    expect(
      (await call(ctx, { method: 'POST', url: `/api/bookings/${a.id}/approve`, as: observer })).status,
    ).toBe(404);
    const approved = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${a.id}/approve`,
      as: coordinator,
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: coordinator.id });
    const again = await call(ctx, { method: 'POST', url: `/api/bookings/${a.id}/approve`, as: coordinator });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ status: 'approved', action: 'approve' });

    const b = await create('12:00');
    const noReason = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${b.id}/reject`,
      as: coordinator,
      payload: {},
    });
    expect(noReason.status).toBe(422);
    const rejected = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${b.id}/reject`,
      as: coordinator,
      payload: { reason: 'Sala zajęta przez wydarzenie miejskie' },
    });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decisionReason: 'Sala zajęta przez wydarzenie miejskie',
    });
    const rejectMail = await call(ctx, { method: 'GET', url: `/api/outbox?to=${member.email}`, as: admin });
    expect(rejectMail.body.items[0].text).toContain('Sala zajęta przez wydarzenie miejskie');
    expect(
      (await call(ctx, { method: 'POST', url: `/api/bookings/${b.id}/cancel`, as: member })).status,
    ).toBe(409);
    // A rejected request no longer holds the room.
    expect(
      (await book(coordinator, { start: at(addDays(day, 5), '12:00'), end: at(addDays(day, 5), '13:00') }))
        .status,
    ).toBe(201);

    const c = await create('14:00');
    expect(
      (await call(ctx, { method: 'POST', url: `/api/bookings/${c.id}/cancel`, as: otherMember })).status,
    ).toBe(404);
    const cancelled = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${c.id}/cancel`,
      as: member,
      payload: { reason: 'Zmiana planów' },
    });
    expect(cancelled.body.status).toBe('cancelled');

    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=booking&entityId=${b.id}`,
      as: coordinator,
    });
    expect(audit.body.items[0]).toMatchObject({
      action: 'reject',
      reason: 'Sala zajęta przez wydarzenie miejskie',
      actor: { id: coordinator.id },
    });
  });

  it('records attendance once the booking has started, by staff only', async () => {
    const past = futureDate(-7);
    const held = (await book(coordinator, { start: at(past, '17:00'), end: at(past, '19:00') })).body;
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: `/api/bookings/${held.id}/attendance`,
          as: member,
          payload: { attendees: 9 },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: `/api/bookings/${held.id}/attendance`,
          as: coordinator,
          payload: { attendees: -1 },
        })
      ).status,
    ).toBe(422);
    const done = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${held.id}/attendance`,
      as: coordinator,
      payload: { attendees: 9 },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', attendees: 9 });

    const future = (
      await book(coordinator, { start: at(addDays(day, 6), '10:00'), end: at(addDays(day, 6), '11:00') })
    ).body;
    const early = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${future.id}/attendance`,
      as: coordinator,
      payload: { attendees: 5 },
    });
    expect(early.status).toBe(409);
  });
});

describe('reading bookings', () => {
  it('shows staff their centre, members their own, and nobody else', async () => {
    const mine = await call(ctx, { method: 'GET', url: `/api/bookings?limit=200`, as: member });
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((b: { beneficiaryId: string }) => b.beneficiaryId === beneficiaryId)).toBe(
      true,
    );
    const staff = await call(ctx, {
      method: 'GET',
      url: `/api/bookings?centerId=${centerId}&limit=200`,
      as: coordinator,
    });
    expect(staff.body.items.length).toBeGreaterThanOrEqual(mine.body.items.length);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/bookings?centerId=${centerId}`, as: otherCoordinator }))
        .body.items,
    ).toEqual([]);
    expect((await call(ctx, { method: 'GET', url: '/api/bookings', as: otherMember })).body.items).toEqual(
      [],
    );
    expect((await call(ctx, { method: 'GET', url: '/api/bookings', as: observer })).status).toBe(403);
    expect((await call(ctx, { method: 'GET', url: '/api/bookings', as: advisor })).status).toBe(403);
    expect((await call(ctx, { method: 'GET', url: '/api/bookings' })).status).toBe(401);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/bookings/${mine.body.items[0].id}`, as: otherMember }))
        .status,
    ).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/bookings?limit=0', as: member })).status).toBe(400);
  });

  it('pages through bookings with a cursor, latest first', async () => {
    const first = await call(ctx, {
      method: 'GET',
      url: `/api/bookings?centerId=${centerId}&limit=3`,
      as: admin,
    });
    const second = await call(ctx, {
      method: 'GET',
      url: `/api/bookings?centerId=${centerId}&limit=3&cursor=${first.body.nextCursor}`,
      as: admin,
    });
    const starts = [...first.body.items, ...second.body.items].map((b: { start: string }) => b.start);
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(new Set([...first.body.items, ...second.body.items].map((b: { id: string }) => b.id)).size).toBe(
      6,
    );
  });

  it('gives free and busy times within opening hours', async () => {
    const freeDay = addDays(day, 8);
    await book(coordinator, {
      roomId: smallRoom.id,
      expectedAttendees: 4,
      start: at(freeDay, '10:00'),
      end: at(freeDay, '12:00'),
    });
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/rooms/${smallRoom.id}/availability?from=${freeDay}&to=${freeDay}`,
    });
    expect(status).toBe(200);
    expect(body.busy).toEqual([{ start: at(freeDay, '10:00'), end: at(freeDay, '12:00') }]);
    expect(body.free).toEqual([
      { start: at(freeDay, '08:00'), end: at(freeDay, '10:00') },
      { start: at(freeDay, '12:00'), end: at(freeDay, '22:00') },
    ]);
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/rooms/${smallRoom.id}/availability?from=${freeDay}&to=${addDays(freeDay, 100)}`,
        })
      ).status,
    ).toBe(400);
    // The same day given as instants, and bookings filtered by local dates.
    const asInstants = await call(ctx, {
      method: 'GET',
      url: `/api/rooms/${smallRoom.id}/availability?from=${encodeURIComponent(at(freeDay, '09:00'))}&to=${encodeURIComponent(at(freeDay, '21:00'))}`,
    });
    expect(asInstants.body.busy).toEqual(body.busy);
    const byDate = await call(ctx, {
      method: 'GET',
      url: `/api/bookings?roomId=${smallRoom.id}&from=${freeDay}&to=${freeDay}`,
      as: coordinator,
    });
    expect(byDate.body.items.map((b: { start: string }) => b.start)).toEqual([at(freeDay, '10:00')]);
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/rooms/${UNKNOWN_ID}/availability?from=${freeDay}&to=${freeDay}`,
        })
      ).status,
    ).toBe(404);
  });

  it('publishes iCalendar feeds with titles and no personal data', async () => {
    for (const url of [`/api/rooms/${room.id}/calendar.ics`, `/api/centers/${centerId}/calendar.ics`]) {
      const { status, response } = await call(ctx, { method: 'GET', url });
      expect(status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.body).toContain('BEGIN:VCALENDAR');
      expect(response.body).toContain('SUMMARY:Spotkanie zarządu');
      expect(response.body).not.toContain('Fundacja Sąsiedzka');
      expect(response.body).not.toContain(member.email);
    }
  });
});

describe('reminders', () => {
  it('queues one reminder per approved booking starting within a day, once', async () => {
    const base = new Date(at(addDays(day, 9), '09:00'));
    const booked = await book(coordinator, {
      start: at(addDays(day, 9), '18:00'),
      end: at(addDays(day, 9), '19:00'),
    });
    expect(booked.status).toBe(201);
    const [first, second] = await Promise.all([
      sendDueReminders(ctx.db, base),
      sendDueReminders(ctx.db, base),
    ]);
    expect((first ?? 0) + (second ?? 0)).toBeGreaterThanOrEqual(1);
    expect(await sendDueReminders(ctx.db, base)).toBe(0);
    const mail = await call(ctx, { method: 'GET', url: '/api/outbox?to=biuro@sasiedzka.example', as: admin });
    expect(mail.body.items.filter((item: { kind: string }) => item.kind === 'booking_reminder')).toHaveLength(
      1,
    );
  });
});
