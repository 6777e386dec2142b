import { expect } from 'vitest';
import { at, createBeneficiary, createCenter, futureDate } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { addDays } from '../../lib/time.ts';

/**
 * The advice tests' shared world, one per test file (each file has its own database): two
 * centres, staff, two advisors with availability, members and their beneficiaries. The
 * bindings are live: a test file imports them and calls `beforeAll(setupAdvice)`.
 */

export let ctx: TestContext;
export let admin: TestUser;
export let coordinator: TestUser;
export let otherCoordinator: TestUser;
export let advisorUser: TestUser;
export let otherAdvisorUser: TestUser;
export let member: TestUser;
export let otherMember: TestUser;
export let observer: TestUser;
export let centerId: string;
export let otherCenterId: string;
export let advisorId: string;
export let otherAdvisorId: string;
export let beneficiaryId: string;
export let otherBeneficiaryId: string;

/** Days well ahead, and days past (for records of appointments that happened). */
export let day: string;
export let past: string;

/** Builds the fixture: call it from the test file's `beforeAll`. */
export async function setupAdvice() {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerId = (await createCenter(ctx, admin)).id;
  otherCenterId = (
    await createCenter(ctx, admin, { name: 'Centrum Nowa Huta', address: 'os. Centrum C 10, Kraków' })
  ).id;
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  otherCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [otherCenterId] });
  advisorUser = await makeUser(ctx, ['advisor'], { name: 'Mecenas Józefa Łęcka' });
  otherAdvisorUser = await makeUser(ctx, ['advisor'], { name: 'Księgowy Wiesław' });
  member = await makeUser(ctx, ['member'], { name: 'Maria Członkini' });
  otherMember = await makeUser(ctx, ['member']);
  observer = await makeUser(ctx, ['observer']);
  beneficiaryId = (
    await createBeneficiary(ctx, {
      name: 'Fundacja Źródło',
      email: 'biuro@zrodlo.example',
      representatives: [member],
    })
  ).id;
  otherBeneficiaryId = (
    await createBeneficiary(ctx, { name: 'Stowarzyszenie Inne', representatives: [otherMember] })
  ).id;
  day = futureDate(10);
  past = futureDate(-4);

  const created = await call(ctx, {
    method: 'POST',
    url: '/api/advisors',
    as: admin,
    payload: {
      userId: advisorUser.id,
      specialties: ['legal', 'fundraising'],
      centerIds: [centerId],
      bio: 'Prawo stowarzyszeń',
    },
  });
  expect(created.status).toBe(201);
  advisorId = created.body.id;
  otherAdvisorId = (
    await call(ctx, {
      method: 'POST',
      url: '/api/advisors',
      as: admin,
      payload: {
        userId: otherAdvisorUser.id,
        specialties: ['accounting'],
        centerIds: [centerId, otherCenterId],
      },
    })
  ).body.id;
  for (const date of [day, addDays(day, 1), addDays(day, 2), past, addDays(past, -1)]) {
    const window = await call(ctx, {
      method: 'POST',
      url: `/api/advisors/${advisorId}/availability`,
      as: advisorUser,
      payload: { start: at(date, '09:00'), end: at(date, '17:00'), centerId },
    });
    expect(window.status).toBe(201);
  }
}

export const appointment = (overrides: Record<string, unknown> = {}) => ({
  advisorId,
  beneficiaryId,
  kind: 'consulting',
  topic: 'Statut stowarzyszenia',
  start: at(day, '10:00'),
  end: at(day, '11:00'),
  ...overrides,
});

export const book = (as: TestUser | null, overrides: Record<string, unknown> = {}) =>
  call(ctx, { method: 'POST', url: '/api/appointments', as, payload: appointment(overrides) });

export async function booked(overrides: Record<string, unknown> = {}, as: TestUser = coordinator) {
  const response = await book(as, overrides);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; [key: string]: unknown };
}

export const act = (id: string, verb: string, as: TestUser | null, payload?: Record<string, unknown>) =>
  call(ctx, { method: 'POST', url: `/api/appointments/${id}/${verb}`, as, payload });

export const mailTo = async (to: string) =>
  (await call(ctx, { method: 'GET', url: `/api/outbox?to=${encodeURIComponent(to)}&limit=200`, as: admin }))
    .body.items as {
    kind: string;
    subject: string;
    text: string;
  }[];
