import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor, Role } from '../lib/policy.ts';
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

/** Whether Reymonta is open that day: every day but Sundays and public holidays. */
export function isOpenDay(date: string): boolean {
  return weekdayKey(date) !== 'sun' && !isPolishHoliday(date);
}

/**
 * The day the demo shows as "today": today, or the next day the centre is open when today is a
 * Sunday or a public holiday, so the console opens on a day with the centre at work.
 */
export function demoDay(now: Date): string {
  let date = localDate(now, ZONE);
  while (!isOpenDay(date)) date = addDays(date, 1);
  return date;
}

/** The open days of the demo week: the demo day and the six days after it. */
export function demoWeek(now: Date): string[] {
  const first = demoDay(now);
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(first, offset)).filter(isOpenDay);
}

/**
 * Weekdays (no weekends, no public holidays) counted back from today, or on from the demo day:
 * what is planned beyond the demo week.
 */
function workingDayFrom(now: Date, offset: number): string {
  let date = addDays(offset < 0 ? localDate(now, ZONE) : demoDay(now), offset);
  const step = offset < 0 ? -1 : 1;
  while (weekdayKey(date) === 'sat' || weekdayKey(date) === 'sun' || isPolishHoliday(date))
    date = addDays(date, step);
  return date;
}

export const at = (date: string, time: string) => zonedInstant(date, time, ZONE);

/** Who and what the demo works with: the demo accounts, centres, rooms and registry. */
export async function demoContext(db: Kysely<DB>, now: Date) {
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
  const consultation = room(reymonta, 'Pokój konsultacji');
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
    now,
    today: localDate(now, ZONE),
    week: demoWeek(now),
    workingDay: (offset: number) => workingDayFrom(now, offset),
    admin,
    coordinator,
    member,
    advisorUser,
    reymonta,
    nowaHuta,
    conference,
    workshop,
    meeting,
    consultation,
    hall,
    organizations,
    groups,
    individuals,
    memberOrganization,
  };
}

export type DemoContext = Awaited<ReturnType<typeof demoContext>>;
