import { beforeAll, describe, expect, it } from 'vitest';
import { at } from '../../../../test/factories.ts';
import { backend, call, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import { type BookingsWorld, setupBookings } from '../bookings.test-support.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let member: TestUser;
let day: string;
let smallRoom: { id: string };
let book: BookingsWorld['book'];

beforeAll(async () => {
  ({ ctx, admin, coordinator, member, day, smallRoom, book } = await setupBookings());
});

const move = (id: string, payload: object, as = coordinator) =>
  call(ctx, { method: 'POST', url: `/api/bookings/${id}/move`, as, payload });

describe('moving a booking', () => {
  it('moves an approved booking like a new one: a new time, the room rules, a clash refused', async () => {
    const when = addDays(day, 7);
    const booked = await book(coordinator, { start: at(when, '10:00'), end: at(when, '11:00') });
    expect(booked.body).toMatchObject({ status: 'approved', revision: 0 });
    const other = await book(coordinator, { start: at(when, '14:00'), end: at(when, '15:00') });
    expect(other.status).toBe(201);

    const moved = await move(booked.body.id, { start: at(when, '12:00'), end: at(when, '13:30') });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      start: at(when, '12:00'),
      end: at(when, '13:30'),
      status: 'approved',
      revision: 1,
    });
    // Onto another booking: 409 with the clash, nothing changed.
    const clash = await move(booked.body.id, { start: at(when, '14:30'), end: at(when, '15:30') });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.conflicts).toEqual([
      expect.objectContaining({ bookingId: other.body.id }),
    ]);
    const unchanged = await call(ctx, {
      method: 'GET',
      url: `/api/bookings/${booked.body.id}`,
      as: coordinator,
    });
    expect(unchanged.body.start).toBe(at(when, '12:00'));
    // Outside opening hours (08:00-22:00): a broken rule, unless staff override it.
    const late = await move(booked.body.id, { start: at(when, '22:00'), end: at(when, '23:00') });
    expect(late.status).toBe(422);
    const overridden = await move(booked.body.id, {
      start: at(when, '22:00'),
      end: at(when, '23:00'),
      override: true,
    });
    expect(overridden.status).toBe(200);
    // To another room of the centre: too small for the 12 expected, unless staff override.
    const tooSmall = await move(booked.body.id, {
      start: at(when, '10:00'),
      end: at(when, '11:00'),
      roomId: smallRoom.id,
    });
    expect(tooSmall.status).toBe(422);
    expect(tooSmall.body.error.details[0].rule).toBe('capacity');
    const otherRoom = await move(booked.body.id, {
      start: at(when, '10:00'),
      end: at(when, '11:00'),
      roomId: smallRoom.id,
      override: true,
    });
    expect(otherRoom.body).toMatchObject({ roomId: smallRoom.id, start: at(when, '10:00') });
    // The audit log says it was moved, by whom.
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=booking&entityId=${booked.body.id}`,
      as: admin,
    });
    expect(audit.body.items.filter((entry: { action: string }) => entry.action === 'move')).toHaveLength(3);
    expect(audit.body.items.find((entry: { action: string }) => entry.action === 'move').fields).toEqual([
      'time',
      'room',
      'override',
    ]);
  });

  it('refuses what cannot move: the end before the start, a cancelled booking, a member', async () => {
    const when = addDays(day, 8);
    const booked = await book(coordinator, { start: at(when, '10:00'), end: at(when, '11:00') });
    const backwards = await move(booked.body.id, { start: at(when, '12:00'), end: at(when, '11:00') });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.details[0].path).toBe('end');
    const request = await book(member, { start: at(when, '15:00'), end: at(when, '16:00') });
    expect(
      (await move(request.body.id, { start: at(when, '16:00'), end: at(when, '17:00') }, member)).status,
    ).toBe(403);
    await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${booked.body.id}/cancel`,
      as: coordinator,
      payload: {},
    });
    const cancelled = await move(booked.body.id, { start: at(when, '12:00'), end: at(when, '13:00') });
    expect(cancelled.status).toBe(409);
  });

  it(`lets exactly one of two bookings moved into one free hour at once have it (${backend})`, async () => {
    const when = addDays(day, 9);
    const [a, b] = await Promise.all([
      book(coordinator, { start: at(when, '09:00'), end: at(when, '10:00') }),
      book(coordinator, { start: at(when, '11:00'), end: at(when, '12:00') }),
    ]);
    const answers = await Promise.all(
      [a, b].map((each) => move(each.body.id, { start: at(when, '16:00'), end: at(when, '17:00') })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });
});
