import { beforeAll, expect } from 'vitest';
import { createBeneficiary } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { localDate } from '../../lib/time.ts';

/** What the incubation tests share: one app per test file, its users, a beneficiary and factories. */

export let ctx: TestContext;
export let admin: TestUser;
export let coordinator: TestUser;
export let mentor: TestUser;
export let otherAdvisor: TestUser;
export let member: TestUser;
export let otherMember: TestUser;
export let observer: TestUser;
export let beneficiaryId: string;

export const today = () => localDate(new Date(), 'Europe/Warsaw');
let serial = 0;

/** Builds the app, its users and a beneficiary for the test file that calls it. */
export function setupIncubation() {
  beforeAll(async () => {
    ctx = await setupApp();
    admin = await makeUser(ctx, ['admin']);
    coordinator = await makeUser(ctx, ['coordinator']);
    mentor = await makeUser(ctx, ['advisor'], { name: 'Marta Mentorka' });
    otherAdvisor = await makeUser(ctx, ['advisor']);
    member = await makeUser(ctx, ['member'], { name: 'Paweł Pomysłodawca' });
    otherMember = await makeUser(ctx, ['member']);
    observer = await makeUser(ctx, ['observer']);
    beneficiaryId = (
      await createBeneficiary(ctx, {
        kind: 'informal_group',
        name: 'Grupa Zielone Podwórko',
        email: 'podworko@example.org',
        representatives: [member],
      })
    ).id;
  });
}

export async function makeInitiative(payload: Record<string, unknown> = {}) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/initiatives',
    as: coordinator,
    payload: { beneficiaryId, title: `Ogród społeczny ${++serial}`, mentorId: mentor.id, ...payload },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; stage: string };
}

export const stage = (id: string, as: TestUser, payload: Record<string, unknown>) =>
  call(ctx, { method: 'POST', url: `/api/initiatives/${id}/stage`, as, payload });
