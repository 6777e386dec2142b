import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import { type BookingsWorld, setupBookings } from '../bookings.test-support.ts';

let ctx: TestContext;
let coordinator: TestUser;
let member: TestUser;
let centerId: string;
let room: { id: string };
let smallRoom: { id: string };
let day: string;
let book: BookingsWorld['book'];

beforeAll(async () => {
  ({ ctx, coordinator, member, centerId, room, smallRoom, day, book } = await setupBookings());
  // The feeds show what is decided: a member's request waits; a staff booking is approved at once.
  expect((await book(member)).status).toBe(201);
  expect(
    (
      await book(coordinator, {
        title: 'Zarząd Fundacji Sąsiedzkiej',
        start: at(addDays(day, 1), '10:00'),
        end: at(addDays(day, 1), '11:00'),
      })
    ).status,
  ).toBe(201);
});

describe('availability and calendar feeds', () => {
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

  it('publishes iCalendar feeds of decided bookings as busy time, with no titles or personal data', async () => {
    for (const url of [`/api/rooms/${room.id}/calendar.ics`, `/api/centers/${centerId}/calendar.ics`]) {
      const { status, response } = await call(ctx, { method: 'GET', url });
      expect(status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.body).toContain('BEGIN:VCALENDAR');
      const summaries = response.body.match(/^SUMMARY:.*$/gm) ?? [];
      expect(summaries.length).toBeGreaterThan(0);
      expect(new Set(summaries)).toEqual(new Set(['SUMMARY:Zajęte (wypożyczenie sali)']));
      expect(response.body).not.toContain('Spotkanie zarządu');
      expect(response.body).not.toContain('Zarząd Fundacji');
      expect(response.body).not.toContain('Fundacja Sąsiedzka');
      expect(response.body).not.toContain(member.email);
    }
  });
});
