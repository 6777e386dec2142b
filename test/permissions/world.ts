import { expect } from 'vitest';
import { addDays, isPolishHoliday } from '../../src/lib/time.ts';
import { at, createBeneficiary, createCenter, createRoom, everyDay, futureDate } from '../factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../helpers.ts';
import type { SignedInRole } from './runner.ts';

/**
 * What every table starts from: a centre with a room (open every day 08:00–21:00), another
 * centre, one user per role, a beneficiary the member and the staff representative represent,
 * a user no row is about, and an advisor profile for the advisor (at the first centre).
 */
export type World = {
  ctx: TestContext;
  users: Record<SignedInRole, TestUser>;
  centerId: string;
  otherCenterId: string;
  roomId: string;
  beneficiaryId: string;
  otherUserId: string;
  advisorId: string;
};

export async function buildWorld(): Promise<World> {
  const ctx = await setupApp();
  const admin = await makeUser(ctx, ['admin']);
  const center = await createCenter(ctx, admin, { openingHours: everyDay([['08:00', '21:00']]) });
  const other = await createCenter(ctx, admin, { name: 'Inne centrum' });
  const roomId = (await createRoom(ctx, admin, center.id, { capacity: 40 })).id;
  const users: Record<SignedInRole, TestUser> = {
    admin,
    coordinator: await makeUser(ctx, ['coordinator'], { centerIds: [center.id] }),
    foreignCoordinator: await makeUser(ctx, ['coordinator'], { centerIds: [other.id] }),
    advisor: await makeUser(ctx, ['advisor']),
    member: await makeUser(ctx, ['member']),
    // Made a coordinator below, once it represents the beneficiary.
    staffRepresentative: await makeUser(ctx, ['member'], { name: 'Test staff representative' }),
    observer: await makeUser(ctx, ['observer']),
  };
  const otherUserId = (await makeUser(ctx, ['member'])).id;
  const beneficiaryId = (await createBeneficiary(ctx, { representatives: [users.member] })).id;
  await becomeStaffRepresentative(ctx, users, beneficiaryId, other.id);
  const advisor = await call(ctx, {
    method: 'POST',
    url: '/api/advisors',
    as: admin,
    payload: { userId: users.advisor.id, specialties: ['legal'], centerIds: [center.id] },
  });
  expect(advisor.status, JSON.stringify(advisor.body)).toBe(201);
  return {
    ctx,
    users,
    centerId: center.id,
    otherCenterId: other.id,
    roomId,
    beneficiaryId,
    otherUserId,
    advisorId: advisor.body.id,
  };
}

/**
 * The staff representative as it comes about: a member account that the centre's coordinator
 * makes a representative of the beneficiary (the API makes only member accounts
 * representatives), and that the admin later takes on as coordinator of the other centre,
 * keeping its member role and so its representation.
 */
async function becomeStaffRepresentative(
  ctx: TestContext,
  users: Record<SignedInRole, TestUser>,
  beneficiaryId: string,
  centerId: string,
) {
  const added = await call(ctx, {
    method: 'POST',
    url: `/api/beneficiaries/${beneficiaryId}/representatives`,
    as: users.coordinator,
    payload: { userId: users.staffRepresentative.id },
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const hired = await call(ctx, {
    method: 'PATCH',
    url: `/api/users/${users.staffRepresentative.id}`,
    as: users.admin,
    payload: { roles: ['member', 'coordinator'], centerIds: [centerId] },
  });
  expect(hired.status, JSON.stringify(hired.body)).toBe(200);
  expect(hired.body).toMatchObject({ roles: ['member', 'coordinator'], centerIds: [centerId] });
}

/** A POST as `as` that must succeed; its body. */
export async function created(
  world: World,
  as: TestUser,
  url: string,
  payload?: unknown,
  method: 'POST' | 'PATCH' = 'POST',
): Promise<any> {
  const { status, body } = await call(world.ctx, { method, url, as, payload: payload as object });
  expect(status, `${method} ${url}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

let slot = 0;

/** A distinct future hour for each booking or appointment a table makes (days 5 and later). */
export function nextSlot(minutes = 45) {
  const n = slot++;
  let date = futureDate(5 + Math.floor(n / 12));
  while (isPolishHoliday(date)) date = addDays(date, 1);
  const hour = String(8 + (n % 12)).padStart(2, '0');
  return { start: at(date, `${hour}:00`), end: at(date, `${hour}:${String(minutes).padStart(2, '0')}`) };
}

let pastSlot = 0;

/** A distinct past hour (days 3 and earlier), for records of what happened. */
export function pastSlotTimes(minutes = 30) {
  const n = pastSlot++;
  const day = futureDate(-3 - Math.floor(n / 12));
  const hour = String(8 + (n % 12)).padStart(2, '0');
  return { start: at(day, `${hour}:00`), end: at(day, `${hour}:${String(minutes).padStart(2, '0')}`) };
}
