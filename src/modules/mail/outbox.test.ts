import { beforeAll, describe, expect, it } from 'vitest';
import { at, createBeneficiary, createCenter, createRoom, futureDate } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinatorA: TestUser;
let coordinatorB: TestUser;
let centerA: string;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerA = (await createCenter(ctx, admin, { name: 'Centrum Reymonta' })).id;
  const centerB = (await createCenter(ctx, admin, { name: 'Centrum Nowa Huta' })).id;
  coordinatorA = await makeUser(ctx, ['coordinator'], { centerIds: [centerA] });
  coordinatorB = await makeUser(ctx, ['coordinator'], { centerIds: [centerB] });
  const room = await createRoom(ctx, admin, centerA, { name: 'Sala A', capacity: 20 });
  const beneficiary = await createBeneficiary(ctx, {
    name: 'Stowarzyszenie Pocztowe',
    email: 'biuro@pocztowe.example',
  });
  const day = futureDate(12);
  const booked = await call(ctx, {
    method: 'POST',
    url: '/api/bookings',
    as: coordinatorA,
    payload: {
      roomId: room.id,
      beneficiaryId: beneficiary.id,
      title: 'Zebranie zarządu',
      start: at(day, '10:00'),
      end: at(day, '11:00'),
      override: true,
    },
  });
  expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  // Mail of an account, not of a centre.
  await call(ctx, {
    method: 'POST',
    url: '/api/auth/password-reset',
    payload: { email: coordinatorB.email },
  });
});

const outbox = async (as: TestUser, query = '') => {
  const { status, body } = await call(ctx, { method: 'GET', url: `/api/outbox?limit=100${query}`, as });
  expect(status).toBe(200);
  return body.items as { to: string; kind: string; centerId: string | null }[];
};

describe("the centre's mail", () => {
  it("shows a coordinator the mail of its centres, queued or sent, and nothing else's", async () => {
    const all = await outbox(admin);
    expect(all.find((item) => item.kind === 'booking_approved')).toMatchObject({
      to: 'biuro@pocztowe.example',
      centerId: centerA,
    });
    expect(all.find((item) => item.kind === 'password_reset')).toMatchObject({ centerId: null });
    const mine = await outbox(coordinatorA);
    expect(mine.map((item) => item.kind)).toEqual(['booking_approved']);
    expect(await outbox(coordinatorB)).toEqual([]);
    expect(await outbox(coordinatorB, `&centerId=${centerA}`)).toEqual([]);
    expect((await outbox(admin, `&centerId=${centerA}`)).map((item) => item.kind)).toEqual([
      'booking_approved',
    ]);
  });
});
