import { Webhook } from 'standardwebhooks';
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
import { type Received, type Receiver, startReceiver } from '../../../test/webhook-receiver.ts';
import { WEBHOOK_EVENT_TYPES } from '../../db/enums.ts';
import { deliverDueWebhooks } from './index.ts';

// The events of a booking rejected or moved and of a registration cancelled, each delivered to
// a real receiver that checks the signature with the Standard Webhooks reference implementation.
let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let member: TestUser;
let centerId: string;
let roomId: string;
let otherRoomId: string;
let beneficiaryId: string;
let receiver: Receiver;
const BENEFICIARY = { name: 'Stowarzyszenie Sąsiedzi z Prądnika', email: 'zarzad@sasiedzi.example' };
const PERSONAL = [
  BENEFICIARY.name,
  BENEFICIARY.email,
  'Ewa Członkini',
  'Zebranie',
  'Warsztaty',
  'zbyt liczna',
];

beforeAll(async () => {
  ctx = await setupApp();
  receiver = await startReceiver();
  admin = await makeUser(ctx, ['admin']);
  centerId = (
    await createCenter(ctx, admin, {
      openingHours: everyDay([['08:00', '22:00']]),
      openHolidays: openOnHolidays(),
    })
  ).id;
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  member = await makeUser(ctx, ['member'], { name: 'Ewa Członkini' });
  roomId = (await createRoom(ctx, admin, centerId, { name: 'Sala konferencyjna' })).id;
  otherRoomId = (await createRoom(ctx, admin, centerId, { name: 'Sala warsztatowa' })).id;
  beneficiaryId = (await createBeneficiary(ctx, { ...BENEFICIARY, representatives: [member] })).id;
});
afterAll(async () => {
  await receiver?.close();
});

async function subscribe(path: string, events: string[]) {
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

/** Delivers what is due, then what `path` received: each verified, no personal data in any body. */
async function deliveredTo(path: string, secret: string): Promise<Received[]> {
  await deliverDueWebhooks(ctx.db);
  const got = receiver.of(path);
  for (const entry of got) {
    expect(entry.verified).toBe(true);
    const headers = {
      'webhook-id': entry.id,
      'webhook-timestamp': entry.timestamp,
      'webhook-signature': entry.signature,
    };
    expect(new Webhook(secret).verify(entry.body, headers)).toEqual(entry.payload);
    for (const personal of [...PERSONAL, member.email]) expect(entry.body).not.toContain(personal);
  }
  return got;
}

let hour = 7;
async function book(as: TestUser) {
  hour++;
  // One hour each, from 08:00, on one day.
  const hh = String(hour).padStart(2, '0');
  const day = futureDate(12);
  const response = await call(ctx, {
    method: 'POST',
    url: '/api/bookings',
    as,
    payload: {
      roomId,
      beneficiaryId,
      title: 'Zebranie zarządu',
      purpose: 'Comiesięczne zebranie zarządu',
      start: at(day, `${hh}:00`),
      end: at(day, `${hh}:45`),
      termsAccepted: true,
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; status: string; start: string; end: string };
}

const typesOf = (got: Received[], key: string, id: string) =>
  got.filter((entry) => entry.payload.data[key] === id).map((entry) => entry.payload.type);

describe(`webhook events of rejections, moves and cancelled registrations (${backend})`, () => {
  it('lists every event in the API document, the new ones included', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    const schema = body.paths['/api/webhooks'].post.requestBody.content['application/json'].schema;
    const listed = schema.properties.events.items.enum;
    expect([...listed].sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    expect(listed).toEqual(
      expect.arrayContaining(['booking.rejected', 'booking.moved', 'registration.cancelled']),
    );
  });

  it('delivers booking.rejected after booking.created, with ids only', async () => {
    const hook = await subscribe('/rejected', ['booking.created', 'booking.rejected']);
    const requested = await book(member);
    expect(requested.status).toBe('pending');
    const rejected = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${requested.id}/reject`,
      as: coordinator,
      payload: { reason: 'Grupa zbyt liczna na tę salę' },
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const got = await deliveredTo('/rejected', hook.secret);
    expect(typesOf(got, 'bookingId', requested.id)).toEqual(['booking.created', 'booking.rejected']);
    expect(got.at(-1)?.payload.data).toEqual({ bookingId: requested.id, centerId, roomId, beneficiaryId });
  });

  it('delivers booking.moved with the room the booking is in now, in order with the others', async () => {
    const hook = await subscribe('/moved', [
      'booking.created',
      'booking.approved',
      'booking.moved',
      'booking.cancelled',
    ]);
    const booked = await book(coordinator);
    const day = futureDate(13);
    const moved = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${booked.id}/move`,
      as: coordinator,
      payload: { start: at(day, '16:00'), end: at(day, '17:00'), roomId: otherRoomId },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const cancelled = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${booked.id}/cancel`,
      as: coordinator,
      payload: {},
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const got = await deliveredTo('/moved', hook.secret);
    expect(typesOf(got, 'bookingId', booked.id)).toEqual([
      'booking.created',
      'booking.approved',
      'booking.moved',
      'booking.cancelled',
    ]);
    const event = got.find((entry) => entry.payload.type === 'booking.moved');
    expect(event?.payload.data).toEqual({
      bookingId: booked.id,
      centerId,
      roomId: otherRoomId,
      beneficiaryId,
    });
    // A move refused (onto another booking) announces nothing.
    const other = await book(coordinator);
    const taken = await book(coordinator);
    const refused = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${other.id}/move`,
      as: coordinator,
      payload: { start: taken.start, end: taken.end },
    });
    expect(refused.status).toBe(409);
    expect(typesOf(await deliveredTo('/moved', hook.secret), 'bookingId', other.id)).toEqual([
      'booking.created',
      'booking.approved',
    ]);
  });

  it('delivers registration.cancelled, cancelled by the member or by staff, after the promotion it causes', async () => {
    const hook = await subscribe('/registrations', [
      'registration.created',
      'registration.promoted',
      'registration.cancelled',
    ]);
    const activity = await call(ctx, {
      method: 'POST',
      url: '/api/activities',
      as: coordinator,
      payload: {
        centerId,
        kind: 'workshop',
        title: 'Warsztaty z budżetu obywatelskiego',
        start: at(futureDate(14), '17:00'),
        end: at(futureDate(14), '19:00'),
        capacity: 1,
      },
    });
    expect(activity.status, JSON.stringify(activity.body)).toBe(201);
    const activityId = activity.body.id as string;
    const other = (await createBeneficiary(ctx, { name: 'Klub Seniora', representatives: [member] })).id;
    const register = async (id: string) => {
      const response = await call(ctx, {
        method: 'POST',
        url: `/api/activities/${activityId}/registrations`,
        as: member,
        payload: { beneficiaryId: id },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body as { id: string; status: string };
    };
    const first = await register(beneficiaryId);
    const second = await register(other);
    expect([first.status, second.status]).toEqual(['registered', 'waitlisted']);
    const cancel = (id: string, as: TestUser) =>
      call(ctx, {
        method: 'POST',
        url: `/api/activities/${activityId}/registrations/${id}/cancel`,
        as,
        payload: { reason: 'Warsztaty kolidują z zebraniem' },
      });
    const byMember = await cancel(first.id, member);
    expect(byMember.status, JSON.stringify(byMember.body)).toBe(200);
    expect(byMember.body.promoted).toEqual([second.id]);
    const byStaff = await cancel(second.id, coordinator);
    expect(byStaff.status, JSON.stringify(byStaff.body)).toBe(200);

    const got = await deliveredTo('/registrations', hook.secret);
    expect(typesOf(got, 'registrationId', first.id)).toEqual([
      'registration.created',
      'registration.cancelled',
    ]);
    expect(typesOf(got, 'registrationId', second.id)).toEqual([
      'registration.created',
      'registration.promoted',
      'registration.cancelled',
    ]);
    expect(got.find((entry) => entry.payload.type === 'registration.cancelled')?.payload.data).toEqual({
      registrationId: first.id,
      activityId,
      centerId,
      beneficiaryId,
    });
    // Cancelling again is refused and announces nothing more.
    expect((await cancel(second.id, coordinator)).status).toBe(409);
    const again = await deliveredTo('/registrations', hook.secret);
    expect(again.filter((entry) => entry.payload.type === 'registration.cancelled')).toHaveLength(2);
  });
});
