import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { at, createBeneficiary, createRoom } from '../../../../test/factories.ts';
import { backend, call, makeUser, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { addDays, isPolishHoliday } from '../../../lib/time.ts';
import { type BookingsWorld, setupBookings } from '../bookings.test-support.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let member: TestUser;
let otherMember: TestUser;
let advisor: TestUser;
let observer: TestUser;
let centerId: string;
let otherCenterId: string;
let room: { id: string };
let autoRoom: { id: string };
let smallRoom: { id: string };
let beneficiaryId: string;
let day: string;
let book: BookingsWorld['book'];

beforeAll(async () => {
  ({
    ctx,
    admin,
    coordinator,
    otherCoordinator,
    member,
    otherMember,
    advisor,
    observer,
    centerId,
    otherCenterId,
    room,
    autoRoom,
    smallRoom,
    beneficiaryId,
    day,
    book,
  } = await setupBookings());
});

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

// Parallel requests: PostgreSQL runs their transactions at once; the embedded database queues
// them. Either way exactly the outcome below.
describe(`requesting a room (parallel requests, ${backend})`, () => {
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
    // Five days in a row with no public holiday among them, whatever the date the test runs on.
    let first = addDays(day, 7);
    while ([0, 1, 2, 3, 4].some((i) => isPolishHoliday(addDays(first, i)))) first = addDays(first, 1);
    const series = await book(member, {
      roomId: autoRoom.id,
      expectedAttendees: 3,
      start: at(first, '16:00'),
      end: at(first, '17:00'),
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

  it('shows a coordinator who is also a member, filtering by a centre not theirs, what a member sees there', async () => {
    const both = await makeUser(ctx, ['coordinator', 'member'], { centerIds: [otherCenterId] });
    const own = await createBeneficiary(ctx, { name: 'Koło Sąsiedzkie', representatives: [both] });
    const asked = await book(both, {
      beneficiaryId: own.id,
      roomId: autoRoom.id,
      expectedAttendees: 2,
      start: at(addDays(day, 1), '14:00'),
      end: at(addDays(day, 1), '15:00'),
    });
    expect(asked.status).toBe(201);
    const here = await call(ctx, { method: 'GET', url: `/api/bookings?centerId=${centerId}`, as: both });
    expect(here.body.items.map((b: { id: string }) => b.id)).toEqual([asked.body.id]);
    // Unfiltered, a coordinator sees the bookings of their own centres.
    expect((await call(ctx, { method: 'GET', url: '/api/bookings', as: both })).body.items).toEqual([]);
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
});
