import { expect } from 'vitest';
import type { BeneficiaryKind } from '../src/db/schema.ts';
import { addDays, localDate, polishHolidays, zonedInstant } from '../src/lib/time.ts';
import { call, type TestContext, type TestUser } from './helpers.ts';

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
export const ZONE = 'Europe/Warsaw';

export const everyDay = (hours: [string, string][]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
  sat: hours,
  sun: hours,
});

export async function createCenter(ctx: TestContext, admin: TestUser, payload: Record<string, unknown> = {}) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/centers',
    as: admin,
    payload: { name: 'Centrum Obywatelskie', address: 'ul. Reymonta 20, Kraków', ...payload },
  });
  expect(status).toBe(201);
  return body as { id: string; timezone: string };
}

export async function createRoom(
  ctx: TestContext,
  admin: TestUser,
  centerId: string,
  payload: Record<string, unknown> = {},
) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/rooms',
    as: admin,
    payload: { centerId, name: 'Sala warsztatowa', capacity: 20, ...payload },
  });
  expect(status).toBe(201);
  return body as { id: string; centerId: string; capacity: number };
}

/** A beneficiary inserted directly, represented by these users. */
export async function createBeneficiary(
  ctx: TestContext,
  options: { kind?: BeneficiaryKind; name?: string; email?: string; representatives?: TestUser[] } = {},
) {
  const { id } = await ctx.db
    .insertInto('beneficiaries')
    .values({
      kind: options.kind ?? 'organization',
      name: options.name ?? 'Stowarzyszenie Testowe',
      email: options.email ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const user of options.representatives ?? []) {
    await ctx.db
      .insertInto('beneficiary_representatives')
      .values({ beneficiary_id: id, user_id: user.id })
      .execute();
  }
  return { id };
}

/** The local day `days` after today in Warsaw, moved past Polish public holidays. */
export function futureDate(days: number, avoid: (date: string) => boolean = () => false): string {
  let date = addDays(localDate(new Date(), ZONE), days);
  while (avoid(date)) date = addDays(date, 1);
  return date;
}

/** An instant at a local wall-clock time in Warsaw, as the RFC 3339 string clients send. */
export const at = (date: string, time: string) => zonedInstant(date, time, ZONE).toISOString();

/**
 * Every Polish public holiday of this year and the next, but these: a centre open on them lets
 * tests count days ahead without landing on a closed day, whatever the date they run on.
 */
export function openOnHolidays(except: string[] = []): string[] {
  const year = Number(localDate(new Date(), ZONE).slice(0, 4));
  return [...polishHolidays(year), ...polishHolidays(year + 1)]
    .map((holiday) => holiday.date)
    .filter((date) => !except.includes(date));
}
