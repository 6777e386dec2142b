/** Shared setup for the programme tests (not a test file itself). */
import { expect } from 'vitest';
import {
  at,
  createBeneficiary,
  createCenter,
  createRoom,
  everyDay,
  futureDate,
  openOnHolidays,
} from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { isPolishHoliday } from '../../lib/time.ts';

export let ctx: TestContext;
export let admin: TestUser;
export let coordinator: TestUser;
export let otherCoordinator: TestUser;
export let member: TestUser;
export let otherMember: TestUser;
export let advisor: TestUser;
export let observer: TestUser;
export let centerId: string;
export let otherCenterId: string;
export let hall: { id: string };
export let smallRoom: { id: string };
export let beneficiaryId: string;
export let otherBeneficiaryId: string;

/** A day 10+ days ahead that is no public holiday. */
export let day: string;
export let past: string;

/**
 * The world every programme test file starts from (`beforeAll(setUpProgramme)`), on its own fresh
 * database: two centres, their staff, members and the beneficiaries they represent, two rooms, a
 * day ahead and one past. The fixtures are live bindings: read them inside tests and hooks.
 */
export async function setUpProgramme() {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerId = (
    await createCenter(ctx, admin, {
      openingHours: everyDay([['08:00', '22:00']]),
      openHolidays: openOnHolidays(),
    })
  ).id;
  otherCenterId = (
    await createCenter(ctx, admin, { name: 'Centrum Nowa Huta', address: 'os. Centrum C 10, Kraków' })
  ).id;
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  otherCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [otherCenterId] });
  member = await makeUser(ctx, ['member'], { name: 'Maria Członkini' });
  otherMember = await makeUser(ctx, ['member']);
  advisor = await makeUser(ctx, ['advisor']);
  observer = await makeUser(ctx, ['observer']);
  hall = await createRoom(ctx, admin, centerId, { name: 'Sala konferencyjna', capacity: 40 });
  smallRoom = await createRoom(ctx, admin, centerId, { name: 'Sala spotkań', capacity: 12 });
  beneficiaryId = (
    await createBeneficiary(ctx, {
      name: 'Stowarzyszenie Żółta Łódź',
      email: 'biuro@zolta-lodz.example',
      representatives: [member],
    })
  ).id;
  otherBeneficiaryId = (
    await createBeneficiary(ctx, { name: 'Fundacja Obca', representatives: [otherMember] })
  ).id;
  day = futureDate(10, isPolishHoliday);
  past = futureDate(-5, isPolishHoliday);
}

export const activity = (overrides: Record<string, unknown> = {}) => ({
  centerId,
  kind: 'training',
  title: 'Szkolenie z pisania wniosków',
  description: 'Jak napisać wniosek do budżetu obywatelskiego',
  audience: 'organizacje pozarządowe',
  start: at(day, '10:00'),
  end: at(day, '12:00'),
  capacity: 10,
  ...overrides,
});

export async function createActivity(overrides: Record<string, unknown> = {}, as: TestUser = coordinator) {
  const response = await call(ctx, {
    method: 'POST',
    url: '/api/activities',
    as,
    payload: activity(overrides),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as {
    id: string;
    sessions: { id: string; bookingId: string | null }[];
    [key: string]: unknown;
  };
}

export const register = (activityId: string, as: TestUser, payload: Record<string, unknown>) =>
  call(ctx, { method: 'POST', url: `/api/activities/${activityId}/registrations`, as, payload });

export let beneficiaryCount = 0;
/** Beneficiaries inserted directly, each with its own e-mail address. */
export async function beneficiaries(count: number, representatives: TestUser[] = []) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      beneficiaryCount++;
      return (
        await createBeneficiary(ctx, {
          name: `Grupa nieformalna nr ${beneficiaryCount}`,
          email: `grupa${beneficiaryCount}@example.org`,
          representatives,
        })
      ).id;
    }),
  );
}

export const mailTo = async (to: string) =>
  (await call(ctx, { method: 'GET', url: `/api/outbox?to=${encodeURIComponent(to)}&limit=200`, as: admin }))
    .body.items as {
    kind: string;
    subject: string;
    text: string;
  }[];
