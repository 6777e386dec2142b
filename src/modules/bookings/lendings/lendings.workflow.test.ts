import { beforeAll, describe, expect, it } from 'vitest';
import { at, futureDate } from '../../../../test/factories.ts';
import { call, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import { type BookingsWorld, setupBookings } from '../bookings.test-support.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let member: TestUser;
let otherMember: TestUser;
let observer: TestUser;
let day: string;
let book: BookingsWorld['book'];

beforeAll(async () => {
  ({ ctx, admin, coordinator, otherCoordinator, member, otherMember, observer, day, book } =
    await setupBookings());
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
