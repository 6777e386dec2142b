import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor, Role } from '../lib/policy/index.ts';
import { addDays, isPolishHoliday, localDate, weekdayKey, zonedInstant } from '../lib/time.ts';

/**
 * The demo centres at work, recorded through the services as staff and members would: past
 * lendings with their headcounts, requests waiting for approval, the programme (one training
 * already full), an advisor's hours and appointments, volunteer offers, knowledge-base articles,
 * initiatives in the incubator and the funding agreement. Dates follow today, so the demo is
 * always current.
 */
export const ZONE = 'Europe/Warsaw';

export type Log = { warn: (message: string) => void };

async function actorOf(db: Kysely<DB>, email: string): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'roles'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const centers = await db
    .selectFrom('user_centers')
    .select('center_id')
    .where('user_id', '=', user.id)
    .execute();
  return {
    ...user,
    roles: user.roles as Role[],
    centerIds: centers.map((row) => row.center_id),
    language: 'pl',
  };
}

/** Working days (no Sundays, no public holidays) counted from today, negative for the past. */
export function workingDay(offset: number): string {
  const today = localDate(new Date(), ZONE);
  let date = addDays(today, offset);
  const step = offset < 0 ? -1 : 1;
  while (weekdayKey(date) === 'sun' || weekdayKey(date) === 'sat' || isPolishHoliday(date))
    date = addDays(date, step);
  return date;
}

export const at = (date: string, time: string) => zonedInstant(date, time, ZONE);

/** Who and what the demo works with: the demo accounts, centres, rooms and registry. */
export async function demoContext(db: Kysely<DB>) {
  const admin = await actorOf(db, 'admin@civitas.demo');
  const coordinator = await actorOf(db, 'koordynator@civitas.demo');
  const member = await actorOf(db, 'czlonek@civitas.demo');
  const advisorUser = await actorOf(db, 'doradca@civitas.demo');
  const centers = await db.selectFrom('centers').select(['id', 'name']).orderBy('name').execute();
  const reymonta = centers.find((center) => center.name.includes('Reymonta'))?.id as string;
  const nowaHuta = centers.find((center) => center.name.includes('Nowa Huta'))?.id as string;
  const rooms = await db
    .selectFrom('rooms')
    .select(['id', 'center_id', 'name', 'capacity'])
    .orderBy('name')
    .execute();
  const room = (centerId: string, name: string) =>
    rooms.find((each) => each.center_id === centerId && each.name === name);
  const conference = room(reymonta, 'Sala konferencyjna');
  const workshop = room(reymonta, 'Sala warsztatowa');
  const meeting = room(reymonta, 'Sala spotkań');
  const hall = room(nowaHuta, 'Sala wielofunkcyjna');
  const beneficiaries = await db
    .selectFrom('beneficiaries')
    .select(['id', 'kind', 'name'])
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  const organizations = beneficiaries.filter((b) => b.kind === 'organization');
  const groups = beneficiaries.filter((b) => b.kind === 'informal_group');
  const individuals = beneficiaries.filter((b) => b.kind === 'individual');
  const memberOrganization = (
    await db
      .selectFrom('beneficiary_representatives')
      .select('beneficiary_id')
      .where('user_id', '=', member.id)
      .executeTakeFirstOrThrow()
  ).beneficiary_id;
  return {
    db,
    admin,
    coordinator,
    member,
    advisorUser,
    reymonta,
    nowaHuta,
    conference,
    workshop,
    meeting,
    hall,
    organizations,
    groups,
    individuals,
    memberOrganization,
  };
}

export type DemoContext = Awaited<ReturnType<typeof demoContext>>;
