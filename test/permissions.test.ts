import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, isPolishHoliday } from '../src/lib/time.ts';
import { at, createBeneficiary, createCenter, createRoom, everyDay, futureDate } from './factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from './helpers.ts';

/**
 * Every role over every endpoint of the foundation and room lending: one table, the statuses
 * each role gets. `member` represents the beneficiary the rows act on; `foreignCoordinator`
 * runs another centre. Module tests check what the answers contain; this checks who gets in.
 */
const ROLES = [
  'admin',
  'coordinator',
  'foreignCoordinator',
  'advisor',
  'member',
  'observer',
  'anonymous',
] as const;
type RoleName = (typeof ROLES)[number];
type Expect = Record<RoleName, number>;
type Row = {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Called once per role, so actions that change state have a fresh target each time. */
  prepare: (role: RoleName) => Promise<{ url: string; payload?: unknown }>;
  expect: Expect;
};

let ctx: TestContext;
const users = {} as Record<Exclude<RoleName, 'anonymous'>, TestUser>;
let centerId: string;
let roomId: string;
let beneficiaryId: string;
let otherUserId: string;
let slot = 0;

/** A distinct future hour for each booking the table makes. */
function nextSlot() {
  const n = slot++;
  let date = futureDate(5 + Math.floor(n / 12));
  while (isPolishHoliday(date)) date = addDays(date, 1);
  const hour = String(8 + (n % 12)).padStart(2, '0');
  return { start: at(date, `${hour}:00`), end: at(date, `${hour}:45`) };
}

async function booking(status: 'pending' | 'past') {
  if (status === 'pending') {
    const { body } = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: users.member,
      payload: {
        roomId,
        beneficiaryId,
        title: 'Zebranie',
        purpose: 'Zebranie członków',
        termsAccepted: true,
        ...nextSlot(),
      },
    });
    return body.id as string;
  }
  const day = futureDate(-3 - Math.floor(slot / 12));
  const hour = String(8 + (slot++ % 12)).padStart(2, '0');
  const { body } = await call(ctx, {
    method: 'POST',
    url: '/api/bookings',
    as: users.coordinator,
    payload: {
      roomId,
      beneficiaryId,
      title: 'Z papierowego rejestru',
      start: at(day, `${hour}:00`),
      end: at(day, `${hour}:30`),
      override: true,
    },
  });
  return body.id as string;
}

const all = (status: number, overrides: Partial<Expect> = {}): Expect => ({
  admin: status,
  coordinator: status,
  foreignCoordinator: status,
  advisor: status,
  member: status,
  observer: status,
  anonymous: 401,
  ...overrides,
});
const publicRead: Expect = { ...all(200), anonymous: 200 };
const adminOnly = (status: number): Expect => ({ ...all(403), admin: status });
const centreStaff = (status: number): Expect => ({ ...all(403), admin: status, coordinator: status });
const unique = () => Math.random().toString(36).slice(2, 10);

const rows: Row[] = [
  { name: 'who am I', method: 'GET', prepare: async () => ({ url: '/api/auth/me' }), expect: all(200) },
  {
    name: 'create an API token',
    method: 'POST',
    prepare: async () => ({ url: '/api/tokens', payload: { name: 'skrypt' } }),
    expect: all(201),
  },
  {
    name: 'create a user',
    method: 'POST',
    prepare: async () => ({
      url: '/api/users',
      payload: { email: `${unique()}@example.org`, name: 'Nowa Osoba', roles: ['member'] },
    }),
    expect: adminOnly(201),
  },
  {
    name: 'list users',
    method: 'GET',
    prepare: async () => ({ url: '/api/users' }),
    expect: { ...all(403), admin: 200, coordinator: 200, foreignCoordinator: 200 },
  },
  {
    name: 'read another user',
    method: 'GET',
    prepare: async () => ({ url: `/api/users/${otherUserId}` }),
    expect: { ...all(403), admin: 200, coordinator: 200, foreignCoordinator: 200 },
  },
  {
    name: 'change a user',
    method: 'PATCH',
    prepare: async () => ({ url: `/api/users/${otherUserId}`, payload: { name: 'Zmieniona' } }),
    expect: adminOnly(200),
  },
  {
    name: 'read the audit log',
    method: 'GET',
    prepare: async () => ({ url: '/api/audit' }),
    expect: { ...all(403), admin: 200, coordinator: 200, foreignCoordinator: 200 },
  },
  {
    name: 'read the outbox',
    method: 'GET',
    prepare: async () => ({ url: '/api/outbox' }),
    expect: adminOnly(200),
  },

  { name: 'list centres', method: 'GET', prepare: async () => ({ url: '/api/centers' }), expect: publicRead },
  {
    name: 'read a centre',
    method: 'GET',
    prepare: async () => ({ url: `/api/centers/${centerId}` }),
    expect: publicRead,
  },
  {
    name: 'create a centre',
    method: 'POST',
    prepare: async () => ({ url: '/api/centers', payload: { name: 'Nowe', address: 'ul. Nowa 1' } }),
    expect: adminOnly(201),
  },
  {
    name: 'change a centre',
    method: 'PATCH',
    prepare: async () => ({ url: `/api/centers/${centerId}`, payload: { phone: '+48 12 000 00 00' } }),
    expect: centreStaff(200),
  },
  {
    name: 'close a centre for a day',
    method: 'POST',
    prepare: async () => ({
      url: `/api/centers/${centerId}/closures`,
      payload: { from: '2027-08-14', to: '2027-08-14', reason: 'Inwentaryzacja' },
    }),
    expect: centreStaff(201),
  },
  {
    name: 'list rooms',
    method: 'GET',
    prepare: async () => ({ url: `/api/rooms?centerId=${centerId}` }),
    expect: publicRead,
  },
  {
    name: 'create a room',
    method: 'POST',
    prepare: async () => ({
      url: '/api/rooms',
      payload: { centerId, name: `Sala ${unique()}`, capacity: 8 },
    }),
    expect: centreStaff(201),
  },
  {
    name: 'change a room',
    method: 'PATCH',
    prepare: async () => ({ url: `/api/rooms/${roomId}`, payload: { amenities: ['projektor'] } }),
    expect: centreStaff(200),
  },

  {
    name: 'list districts',
    method: 'GET',
    prepare: async () => ({ url: '/api/districts' }),
    expect: publicRead,
  },
  {
    name: 'register a beneficiary',
    method: 'POST',
    prepare: async () => ({
      url: '/api/beneficiaries',
      payload: { kind: 'informal_group', name: `Grupa ${unique()}` },
    }),
    expect: { ...all(201), advisor: 403, observer: 403 },
  },
  {
    name: 'list beneficiaries',
    method: 'GET',
    prepare: async () => ({ url: '/api/beneficiaries' }),
    expect: { ...all(200), observer: 403 },
  },
  {
    name: 'read a beneficiary',
    method: 'GET',
    prepare: async () => ({ url: `/api/beneficiaries/${beneficiaryId}` }),
    expect: { ...all(200), observer: 403 },
  },
  {
    name: 'change a beneficiary',
    method: 'PATCH',
    prepare: async () => ({
      url: `/api/beneficiaries/${beneficiaryId}`,
      payload: { phone: '+48 600 000 000' },
    }),
    expect: { ...all(200), advisor: 403, observer: 403 },
  },
  {
    name: 'export a beneficiary (GDPR)',
    method: 'GET',
    prepare: async () => ({ url: `/api/beneficiaries/${beneficiaryId}/export` }),
    expect: { ...all(200), advisor: 403, observer: 403 },
  },
  {
    name: 'erase a beneficiary (GDPR)',
    method: 'DELETE',
    prepare: async () => ({
      url: `/api/beneficiaries/${(await createBeneficiary(ctx, { representatives: [users.member] })).id}`,
    }),
    expect: { ...all(200), advisor: 403, member: 403, observer: 403 },
  },
  {
    name: 'add a representative',
    method: 'POST',
    prepare: async () => ({
      url: `/api/beneficiaries/${beneficiaryId}/representatives`,
      payload: { userId: otherUserId },
    }),
    expect: { ...all(403), admin: 201, coordinator: 200, foreignCoordinator: 200 },
  },

  {
    name: 'request or book a room',
    method: 'POST',
    prepare: async () => ({
      url: '/api/bookings',
      payload: {
        roomId,
        beneficiaryId,
        title: 'Spotkanie',
        purpose: 'Spotkanie grupy',
        termsAccepted: true,
        ...nextSlot(),
      },
    }),
    expect: { ...all(403), admin: 201, coordinator: 201, member: 201 },
  },
  {
    name: 'list bookings',
    method: 'GET',
    prepare: async () => ({ url: '/api/bookings' }),
    expect: { ...all(200), advisor: 403, observer: 403 },
  },
  {
    name: 'read a booking',
    method: 'GET',
    prepare: async () => ({ url: `/api/bookings/${await booking('pending')}` }),
    expect: { ...all(404), admin: 200, coordinator: 200, member: 200 },
  },
  {
    name: 'approve a booking',
    method: 'POST',
    prepare: async () => ({ url: `/api/bookings/${await booking('pending')}/approve` }),
    expect: { ...all(404), admin: 200, coordinator: 200, member: 403 },
  },
  {
    name: 'reject a booking',
    method: 'POST',
    prepare: async () => ({
      url: `/api/bookings/${await booking('pending')}/reject`,
      payload: { reason: 'Brak sali' },
    }),
    expect: { ...all(404), admin: 200, coordinator: 200, member: 403 },
  },
  {
    name: 'cancel a booking',
    method: 'POST',
    prepare: async () => ({
      url: `/api/bookings/${await booking('pending')}/cancel`,
      payload: { reason: 'Zmiana planów' },
    }),
    expect: { ...all(404), admin: 200, coordinator: 200, member: 200 },
  },
  {
    name: 'record attendance',
    method: 'POST',
    prepare: async () => ({
      url: `/api/bookings/${await booking('past')}/attendance`,
      payload: { attendees: 7 },
    }),
    expect: { ...all(404), admin: 200, coordinator: 200, member: 403 },
  },
  {
    name: 'change the room-use rules',
    method: 'PATCH',
    prepare: async () => ({ url: `/api/centers/${centerId}/booking-rules`, payload: { minNoticeHours: 24 } }),
    expect: centreStaff(200),
  },
  {
    name: 'read the room-use rules',
    method: 'GET',
    prepare: async () => ({ url: `/api/centers/${centerId}/booking-rules` }),
    expect: publicRead,
  },
  {
    name: 'see free and busy times',
    method: 'GET',
    prepare: async () => ({
      url: `/api/rooms/${roomId}/availability?from=${futureDate(5)}&to=${futureDate(6)}`,
    }),
    expect: publicRead,
  },
  {
    name: 'subscribe to a room calendar',
    method: 'GET',
    prepare: async () => ({ url: `/api/rooms/${roomId}/calendar.ics` }),
    expect: publicRead,
  },
  {
    name: 'subscribe to a centre calendar',
    method: 'GET',
    prepare: async () => ({ url: `/api/centers/${centerId}/calendar.ics` }),
    expect: publicRead,
  },
];

beforeAll(async () => {
  ctx = await setupApp();
  users.admin = await makeUser(ctx, ['admin']);
  const center = await createCenter(ctx, users.admin, { openingHours: everyDay([['08:00', '21:00']]) });
  const other = await createCenter(ctx, users.admin, { name: 'Inne centrum' });
  centerId = center.id;
  roomId = (await createRoom(ctx, users.admin, centerId, { capacity: 40 })).id;
  users.coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  users.foreignCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [other.id] });
  users.advisor = await makeUser(ctx, ['advisor']);
  users.member = await makeUser(ctx, ['member']);
  users.observer = await makeUser(ctx, ['observer']);
  otherUserId = (await makeUser(ctx, ['member'])).id;
  beneficiaryId = (await createBeneficiary(ctx, { representatives: [users.member] })).id;
});

describe.each(rows)('$method $name', (row) => {
  it.each(ROLES)('as %s', async (role) => {
    const { url, payload } = await row.prepare(role);
    const { status, body } = await call(ctx, {
      method: row.method,
      url,
      payload: payload as object,
      as: role === 'anonymous' ? null : users[role],
    });
    expect(status, JSON.stringify(body)).toBe(row.expect[role]);
  });
});
