import { beforeAll, describe, expect, it } from 'vitest';
import { at } from '../../../../test/factories.ts';
import { call, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import { type BookingsWorld, setupBookings } from '../bookings.test-support.ts';
import { sendDueReminders } from './reminders.service.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let day: string;
let book: BookingsWorld['book'];

beforeAll(async () => {
  ({ ctx, admin, coordinator, day, book } = await setupBookings());
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
