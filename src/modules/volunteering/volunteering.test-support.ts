import { beforeAll, expect } from 'vitest';
import { createBeneficiary } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { localDate } from '../../lib/time.ts';

/** What the volunteering tests share: one app per test file, its users, organizations and factories. */

export let ctx: TestContext;
export let admin: TestUser;
export let coordinator: TestUser;
export let advisor: TestUser;
export let orgMember: TestUser;
export let volunteerMember: TestUser;
export let otherMember: TestUser;
export let observer: TestUser;
export let organizationId: string;
export let groupId: string;

export const today = () => localDate(new Date(), 'Europe/Warsaw');
let serial = 0;

/** Builds the app, its users and two organizations for the test file that calls it. */
export function setupVolunteering() {
  beforeAll(async () => {
    ctx = await setupApp();
    admin = await makeUser(ctx, ['admin']);
    coordinator = await makeUser(ctx, ['coordinator']);
    advisor = await makeUser(ctx, ['advisor']);
    orgMember = await makeUser(ctx, ['member'], { name: 'Ola Organizatorka' });
    volunteerMember = await makeUser(ctx, ['member'], { name: 'Wiktor Wolontariusz' });
    otherMember = await makeUser(ctx, ['member']);
    observer = await makeUser(ctx, ['observer']);
    organizationId = (
      await createBeneficiary(ctx, {
        name: 'Fundacja Żółty Żagiel',
        email: 'biuro@zagiel.example',
        representatives: [orgMember],
      })
    ).id;
    groupId = (
      await createBeneficiary(ctx, {
        kind: 'informal_group',
        name: 'Sąsiedzi z Bieńczyc',
        representatives: [orgMember],
      })
    ).id;
  });
}

/** An individual beneficiary represented by the volunteer's member. */
export const person = async (name = `Łucja Wolontariuszka ${++serial}`, email?: string) =>
  (await createBeneficiary(ctx, { kind: 'individual', name, email, representatives: [volunteerMember] })).id;

export async function makeVolunteer(payload: Record<string, unknown> = {}, name?: string) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/volunteers',
    as: admin,
    payload: { beneficiaryId: await person(name), skills: ['translation'], ...payload },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; beneficiaryId: string; name: string };
}

export async function makeOffer(payload: Record<string, unknown> = {}) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/volunteer-offers',
    as: admin,
    payload: {
      organizationId,
      title: `Tłumaczenia ulotek ${++serial}`,
      skills: ['translation'],
      volunteersNeeded: 3,
      ...payload,
    },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; title: string };
}

/** An application of a fresh volunteer to a fresh offer, in the given status. */
export async function makeApplication(
  status: 'applied' | 'accepted' | 'completed' = 'applied',
  offerPayload = {},
) {
  const offer = await makeOffer(offerPayload);
  const volunteer = await makeVolunteer();
  const applied = await call(ctx, {
    method: 'POST',
    url: `/api/volunteer-offers/${offer.id}/applications`,
    as: admin,
    payload: { volunteerId: volunteer.id },
  });
  expect(applied.status).toBe(201);
  if (status !== 'applied') {
    expect(
      (await call(ctx, { method: 'POST', url: `/api/applications/${applied.body.id}/accept`, as: admin }))
        .status,
    ).toBe(200);
  }
  if (status === 'completed') {
    expect(
      (await call(ctx, { method: 'POST', url: `/api/applications/${applied.body.id}/complete`, as: admin }))
        .status,
    ).toBe(200);
  }
  return { id: applied.body.id as string, offer, volunteer };
}
