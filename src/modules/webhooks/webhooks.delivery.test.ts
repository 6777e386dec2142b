import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  createBeneficiary,
  createCenter,
  createRoom,
  everyDay,
  futureDate,
  openOnHolidays,
} from '../../../test/factories.ts';
import { backend, call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { type Receiver, startReceiver } from '../../../test/webhook-receiver.ts';
import { connectPostgres } from '../../db/database.ts';
import { deliverDueWebhooks } from './index.ts';

const HOUR = 3600_000;
let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let member: TestUser;
let roomId: string;
let beneficiaryId: string;
let receiver: Receiver;
/** The clock the job is driven by: ahead of the real one when a test moves it, never behind. */
let clock = Date.now();
const later = (ms: number) => {
  clock = Math.max(clock, Date.now()) + ms;
};
/** What the job logged: each line's fields and message. */
const logged: { fields: Record<string, unknown>; message: string }[] = [];
const log = { warn: (fields: object, message: string) => logged.push({ fields: { ...fields }, message }) };
const deliver = (options: { timeoutMs?: number } = {}) => {
  clock = Math.max(clock, Date.now());
  return deliverDueWebhooks(ctx.db, { now: new Date(clock), timeoutMs: options.timeoutMs ?? 5000, log });
};

const BENEFICIARY = { name: 'Fundacja Sąsiedzka Przykładowa', email: 'biuro@sasiedzka.example' };

async function register(path: string, events: string[]) {
  const created = await call(ctx, {
    method: 'POST',
    url: '/api/webhooks',
    as: admin,
    payload: { url: receiver.url(path), events },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  receiver.expect(path, created.body.secret);
  return created.body as { id: string; secret: string };
}

let slot = 0;
/** A booking in a new hour of the day, as this user. */
async function book(as: TestUser) {
  slot++;
  const hour = String(8 + (slot % 13)).padStart(2, '0');
  const date = futureDate(10 + Math.floor(slot / 13));
  const response = await call(ctx, {
    method: 'POST',
    url: '/api/bookings',
    as,
    payload: {
      roomId,
      beneficiaryId,
      title: 'Zebranie zarządu',
      purpose: 'Comiesięczne zebranie zarządu',
      start: at(date, `${hour}:00`),
      end: at(date, `${hour}:45`),
      termsAccepted: true,
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; status: string };
}

async function deliveries(webhookId: string, query = '') {
  const response = await call(ctx, {
    method: 'GET',
    url: `/api/webhooks/${webhookId}/deliveries?limit=200${query}`,
    as: admin,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.items as {
    id: string;
    eventType: string;
    resource: string;
    status: string;
    attempts: number;
    nextAttemptAt: string | null;
    lastStatusCode: number | null;
    lastError: string | null;
    payload: { type: string; data: Record<string, unknown> };
    attemptLog: {
      attempt: number;
      statusCode: number | null;
      error: string | null;
      response: string | null;
    }[];
  }[];
}

beforeAll(async () => {
  ctx = await setupApp();
  receiver = await startReceiver();
  admin = await makeUser(ctx, ['admin']);
  const center = await createCenter(ctx, admin, {
    openingHours: everyDay([['08:00', '22:00']]),
    openHolidays: openOnHolidays(),
  });
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [center.id] });
  member = await makeUser(ctx, ['member'], { name: 'Maria Członkini' });
  roomId = (await createRoom(ctx, admin, center.id, { name: 'Sala konferencyjna' })).id;
  beneficiaryId = (await createBeneficiary(ctx, { ...BENEFICIARY, representatives: [member] })).id;
});
afterAll(async () => {
  await receiver?.close();
});

describe(`webhook deliveries to a real receiver (${backend})`, () => {
  it('delivers signed events with ids and no personal data, created before approved', async () => {
    const hook = await register('/all', [
      'booking.created',
      'booking.approved',
      'booking.cancelled',
      'registration.created',
      'registration.promoted',
      'beneficiary.erased',
    ]);
    const booking = await book(coordinator);
    expect(booking.status).toBe('approved');
    expect(await deliver()).toEqual({ delivered: 2, failed: 0 });

    const got = receiver.of('/all');
    expect(got.map((entry) => entry.payload.type)).toEqual(['booking.created', 'booking.approved']);
    expect(got.every((entry) => entry.verified)).toBe(true);
    expect(got[0]?.payload.data).toEqual({
      bookingId: booking.id,
      centerId: expect.any(String),
      roomId,
      beneficiaryId,
    });
    for (const entry of got) {
      for (const personal of [BENEFICIARY.name, BENEFICIARY.email, member.email, 'Zebranie', 'Członkini']) {
        expect(entry.body).not.toContain(personal);
      }
    }
    const listed = await deliveries(hook.id);
    expect(listed.map((each) => [each.eventType, each.status, each.attempts])).toEqual([
      ['booking.approved', 'delivered', 1],
      ['booking.created', 'delivered', 1],
    ]);
    expect(listed[0]?.attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 200, response: 'ok', error: null }),
    ]);
    expect(listed.map((each) => each.id).sort()).toEqual(got.map((entry) => entry.id).sort());
    await call(ctx, { method: 'DELETE', url: `/api/webhooks/${hook.id}`, as: admin });
  });

  it('retries a delivery answered 500 with backoff and records every attempt', async () => {
    const hook = await register('/flaky', ['booking.cancelled']);
    let refusals = 2;
    receiver.answer('/flaky', () => (refusals-- > 0 ? 500 : 204));
    const booking = await book(coordinator);
    const cancelled = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${booking.id}/cancel`,
      as: coordinator,
      payload: {},
    });
    expect(cancelled.status).toBe(200);

    expect(await deliver()).toEqual({ delivered: 0, failed: 1 });
    let [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 500 });
    // Logged by ids, with the request that caused it: no address, no body.
    expect(logged.at(-1)).toEqual({
      message: 'webhook: delivery failed',
      fields: expect.objectContaining({
        deliveryId: delivery?.id,
        webhookId: hook.id,
        requestId: expect.any(String),
        attempt: 1,
        statusCode: 500,
      }),
    });
    expect(JSON.stringify(logged.at(-1))).not.toContain('127.0.0.1');
    const firstRetry = new Date(delivery?.nextAttemptAt ?? 0).getTime();
    // Not due yet: nothing is sent.
    expect(firstRetry).toBeGreaterThan(clock);
    expect(await deliver()).toEqual({ delivered: 0, failed: 0 });

    clock = firstRetry;
    expect(await deliver()).toEqual({ delivered: 0, failed: 1 });
    [delivery] = await deliveries(hook.id);
    const secondRetry = new Date(delivery?.nextAttemptAt ?? 0).getTime();
    // Exponential: the second wait is longer than the first could be (30 s at most).
    expect(secondRetry - firstRetry).toBeGreaterThan(30_000);

    clock = secondRetry;
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    [delivery] = await deliveries(hook.id);
    expect(delivery?.status).toBe('delivered');
    expect(delivery?.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, 500, 204]);
    expect(delivery?.attemptLog[0]?.response).toContain('refused on purpose');
    // The same webhook-id in every attempt: the receiver can drop repeats.
    expect(new Set(receiver.of('/flaky').map((entry) => entry.id))).toEqual(new Set([delivery?.id]));
    await call(ctx, { method: 'DELETE', url: `/api/webhooks/${hook.id}`, as: admin });
  });

  it('while the receiver is down, waits; once it is back, delivers each event in order per resource', async () => {
    const hook = await register('/ordered', ['booking.created', 'booking.approved', 'booking.cancelled']);
    await receiver.close();
    // A member's request (pending), approved, then cancelled: three events of one booking; and a
    // second booking, approved at once by staff.
    const first = await book(member);
    expect(first.status).toBe('pending');
    for (const action of ['approve', 'cancel']) {
      const response = await call(ctx, {
        method: 'POST',
        url: `/api/bookings/${first.id}/${action}`,
        as: coordinator,
        payload: {},
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    }
    const second = await book(coordinator);

    expect(await deliver()).toEqual({ delivered: 0, failed: 2 });
    for (let step = 0; step < 4; step++) {
      later(10 * 60_000);
      await deliver();
    }
    const waiting = await deliveries(hook.id);
    // Only the first event of each booking was tried; the later ones wait behind it.
    const tried = waiting.filter((each) => each.attempts > 0);
    expect(tried.map((each) => each.eventType).sort()).toEqual(['booking.created', 'booking.created']);
    expect(tried.every((each) => each.status === 'failed' && each.lastError !== null)).toBe(true);
    expect(tried[0]?.attemptLog.length).toBeGreaterThan(1);

    await receiver.reopen();
    later(3 * HOUR);
    expect(await deliver()).toEqual({ delivered: 5, failed: 0 });
    const got = receiver.of('/ordered');
    const typesOf = (bookingId: string) =>
      got.filter((entry) => entry.payload.data.bookingId === bookingId).map((entry) => entry.payload.type);
    expect(typesOf(first.id)).toEqual(['booking.created', 'booking.approved', 'booking.cancelled']);
    expect(typesOf(second.id)).toEqual(['booking.created', 'booking.approved']);
    expect(got.every((entry) => entry.verified)).toBe(true);
    expect((await deliveries(hook.id)).every((each) => each.status === 'delivered')).toBe(true);
    await call(ctx, { method: 'DELETE', url: `/api/webhooks/${hook.id}`, as: admin });
  });

  it('records a timeout as a failed attempt', async () => {
    const hook = await register('/slow', ['booking.created']);
    receiver.answer('/slow', () => 'hang');
    await book(coordinator);
    expect(await deliver({ timeoutMs: 300 })).toEqual({ delivered: 0, failed: 1 });
    const [delivery] = await deliveries(hook.id);
    expect(delivery?.attemptLog[0]).toMatchObject({
      statusCode: null,
      error: expect.stringMatching(/timeout|abort/i),
    });
    await call(ctx, { method: 'DELETE', url: `/api/webhooks/${hook.id}`, as: admin });
  });

  it('after a day of failures gives up, disables the endpoint and mails the admins', async () => {
    const hook = await register('/broken', ['beneficiary.erased', 'booking.created']);
    receiver.answer('/broken', () => 503);
    // A second admin who reads Civitas in English is told in English.
    const englishAdmin = await makeUser(ctx, ['admin']);
    await ctx.db.updateTable('users').set({ language: 'en' }).where('id', '=', englishAdmin.id).execute();
    const erased = await createBeneficiary(ctx, { name: 'Jan Kowalski', email: 'jan@example.org' });
    const erasure = await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${erased.id}`, as: admin });
    expect(erasure.status).toBe(200);

    await deliver();
    for (let hours = 0; hours < 27; hours += 1.5) {
      later(1.5 * HOUR);
      await deliver();
    }
    const [delivery] = await deliveries(hook.id);
    expect(delivery?.payload).toEqual({
      type: 'beneficiary.erased',
      timestamp: expect.any(String),
      data: { beneficiaryId: erased.id },
    });
    expect(delivery?.status).toBe('dead');
    expect(delivery?.attempts).toBeGreaterThan(8);
    expect(delivery?.attemptLog.every((attempt) => attempt.statusCode === 503)).toBe(true);

    const endpoint = await call(ctx, { method: 'GET', url: `/api/webhooks/${hook.id}`, as: admin });
    expect(endpoint.body).toMatchObject({ active: false, disabledReason: 'failing' });
    expect(logged.filter((line) => line.message.includes('disabled'))).toEqual([
      { message: 'webhook: endpoint disabled after a day of failures', fields: { webhookId: hook.id } },
    ]);
    const mail = await call(ctx, {
      method: 'GET',
      url: `/api/outbox?to=${encodeURIComponent(admin.email)}`,
      as: admin,
    });
    const notices = mail.body.items.filter((item: { kind: string }) => item.kind === 'webhook_disabled');
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain(receiver.url('/broken'));
    const english = await call(ctx, {
      method: 'GET',
      url: `/api/outbox?to=${encodeURIComponent(englishAdmin.email)}`,
      as: admin,
    });
    const englishNotices = english.body.items.filter(
      (item: { kind: string }) => item.kind === 'webhook_disabled',
    );
    expect(englishNotices).toHaveLength(1);
    expect(englishNotices[0].subject).toBe('Civitas disabled a webhook that has not taken events for a day');
    expect(notices[0].subject).toBe('Civitas wyłączył webhook, który od doby nie odbiera zdarzeń');

    // Disabled: new events are not queued for it.
    await book(coordinator);
    expect(await deliveries(hook.id)).toHaveLength(1);
    await call(ctx, { method: 'DELETE', url: `/api/webhooks/${hook.id}`, as: admin });
  });

  it('two server processes on one database send each attempt once', async () => {
    const hook = await register('/shared', ['booking.created', 'booking.approved']);
    const seen = new Map<string, number>();
    // The first request of every delivery is refused, the second accepted: two attempts each.
    receiver.answer('/shared', (entry) => {
      const count = (seen.get(entry.id) ?? 0) + 1;
      seen.set(entry.id, count);
      return count === 1 ? 500 : 200;
    });
    for (let index = 0; index < 8; index++) await book(coordinator);
    // A second process: its own connection pool on the same PostgreSQL database (on the
    // embedded database, one process: its runs overlap on the one connection).
    let other = ctx.db;
    let closeOther = async () => {};
    if (backend === 'postgres') {
      const rows = await ctx.db
        .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name'))
        .execute();
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${rows[0]?.name}`;
      const database = connectPostgres(url.toString(), { max: 5 });
      other = database.db;
      closeOther = () => database.close();
    }
    try {
      const run = (db: typeof ctx.db) =>
        deliverDueWebhooks(db, { now: new Date(Math.max(clock, Date.now())), batch: 3 });
      // Each booking's created, then its approved: two attempts each, a minute or less apart.
      for (let pass = 0; pass < 5; pass++) {
        await Promise.all([run(ctx.db), run(other), run(ctx.db), run(other)]);
        later(2 * 60_000);
      }
    } finally {
      await closeOther();
    }
    const listed = await deliveries(hook.id);
    expect(listed).toHaveLength(16);
    for (const delivery of listed) {
      expect(delivery.status).toBe('delivered');
      expect(seen.get(delivery.id)).toBe(2);
      expect(delivery.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, 200]);
    }
    const got = receiver.of('/shared').filter((entry) => entry.answered === 200);
    for (const booking of new Set(got.map((entry) => entry.payload.data.bookingId))) {
      expect(
        got.filter((entry) => entry.payload.data.bookingId === booking).map((entry) => entry.payload.type),
      ).toEqual(['booking.created', 'booking.approved']);
    }
  });
});
