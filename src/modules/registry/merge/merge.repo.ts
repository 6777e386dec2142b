import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/**
 * Merging one beneficiary into another: every row that refers to the merged one is moved to the
 * kept one. This is the list of those references (merge.test.ts checks it against the
 * database's foreign keys, so a new table that refers to beneficiaries cannot be forgotten).
 * The tables here have no unique constraint on the beneficiary: their rows simply move.
 */
export const MOVED_AS_THEY_ARE = [
  { table: 'bookings', column: 'beneficiary_id' },
  { table: 'booking_series', column: 'beneficiary_id' },
  { table: 'booking_refusals', column: 'beneficiary_id' },
  { table: 'appointments', column: 'beneficiary_id' },
  { table: 'engagements', column: 'beneficiary_id' },
  { table: 'initiatives', column: 'beneficiary_id' },
  { table: 'volunteer_offers', column: 'organization_id' },
] as const;

/** The references whose unique constraints need care; each has its own function below. */
export const MOVED_WITH_CARE = [
  { table: 'beneficiary_representatives', column: 'beneficiary_id' },
  { table: 'activity_registrations', column: 'beneficiary_id' },
  { table: 'volunteers', column: 'beneficiary_id' },
  { table: 'beneficiary_aliases', column: 'beneficiary_id' },
  // Pairs dismissed with the merged record go with it (on delete cascade).
  { table: 'beneficiary_dismissed_pairs', column: 'a' },
  { table: 'beneficiary_dismissed_pairs', column: 'b' },
] as const;

export type Move = { from: string; to: string };

/** How many rows of each plain reference moved, for the audit entry. */
export async function moveReferences(db: Kysely<DB>, { from, to }: Move): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const { table, column } of MOVED_AS_THEY_ARE) {
    const result = await sql`
      update ${sql.table(table)} set ${sql.ref(column)} = ${to} where ${sql.ref(column)} = ${from}
    `.execute(db);
    moved[table] = Number(result.numAffectedRows ?? 0);
  }
  return moved;
}

/** A user representing both stays once, with the earlier date. */
export async function moveRepresentatives(db: Kysely<DB>, { from, to }: Move): Promise<number> {
  const { rows } = await sql<{ user_id: string }>`
    with gone as (
      delete from beneficiary_representatives where beneficiary_id = ${from}
      returning user_id, created_at
    )
    insert into beneficiary_representatives (beneficiary_id, user_id, created_at)
    select ${to}, user_id, created_at from gone
    on conflict (beneficiary_id, user_id) do update
      set created_at = least(beneficiary_representatives.created_at, excluded.created_at)
    returning user_id
  `.execute(db);
  return rows.length;
}

export type RegistrationClash = {
  id: string;
  status: 'registered' | 'waitlisted';
  seats: number;
  queue: string;
  other_id: string;
  other_status: 'registered' | 'waitlisted';
  other_seats: number;
  other_queue: string;
};

/** Locks the activities both records are registered for, in id order. */
export async function lockClashingActivities(db: Kysely<DB>, { from, to }: Move) {
  await sql`
    select a.id from activities a
     where a.id in (
       select s.activity_id from activity_registrations s
         join activity_registrations t
           on t.activity_id = s.activity_id and t.beneficiary_id = ${to}::uuid and t.status <> 'cancelled'
        where s.beneficiary_id = ${from}::uuid and s.status <> 'cancelled')
     order by a.id
       for update
  `.execute(db);
}

/** Activities both records are registered for (live registrations only: cancelled ones never clash). */
export async function selectRegistrationClashes(db: Kysely<DB>, { from, to }: Move) {
  const { rows } = await sql<RegistrationClash>`
    select s.id, s.status, s.seats, s.queue::text as queue,
           t.id as other_id, t.status as other_status, t.seats as other_seats, t.queue::text as other_queue
      from activity_registrations s
      join activity_registrations t
        on t.activity_id = s.activity_id and t.beneficiary_id = ${to} and t.status <> 'cancelled'
     where s.beneficiary_id = ${from} and s.status <> 'cancelled'
     for update of s, t
  `.execute(db);
  return rows;
}

/**
 * Two live registrations for one activity become one: the kept one holds the seats both held
 * (so nobody on the waitlist gains or loses a place), takes the other's attendance and, if it
 * has none, its feedback; the other is cancelled as merged.
 */
export async function combineRegistrations(
  db: Kysely<DB>,
  clash: { keep: string; drop: string; seats: number; actorId: string },
) {
  await sql`
    update activity_registrations set seats = ${clash.seats}, updated_at = now() where id = ${clash.keep}
  `.execute(db);
  await sql`
    with gone as (
      delete from activity_attendance where registration_id = ${clash.drop}
      returning session_id, seats, recorded_by, recorded_at
    )
    insert into activity_attendance (session_id, registration_id, seats, recorded_by, recorded_at)
    select session_id, ${clash.keep}, seats, recorded_by, recorded_at from gone
    on conflict (session_id, registration_id) do update
      set seats = activity_attendance.seats + excluded.seats
  `.execute(db);
  await sql`
    update activity_feedback set registration_id = ${clash.keep}
     where registration_id = ${clash.drop}
       and not exists (select 1 from activity_feedback where registration_id = ${clash.keep})
  `.execute(db);
  await sql`
    update activity_registrations
       set status = 'cancelled', cancelled_at = now(), cancelled_by = ${clash.actorId},
           cancel_reason = 'merged', updated_at = now()
     where id = ${clash.drop}
  `.execute(db);
}

export async function moveRegistrations(db: Kysely<DB>, { from, to }: Move): Promise<number> {
  const result = await sql`
    update activity_registrations set beneficiary_id = ${to} where beneficiary_id = ${from}
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The volunteer profiles of both records, locked. */
export async function selectVolunteerProfiles(db: Kysely<DB>, { from, to }: Move) {
  const { rows } = await sql<{ id: string; beneficiary_id: string }>`
    select id, beneficiary_id from volunteers where beneficiary_id in (${from}, ${to}) for update
  `.execute(db);
  return {
    from: rows.find((row) => row.beneficiary_id === from)?.id,
    to: rows.find((row) => row.beneficiary_id === to)?.id,
  };
}

export async function moveVolunteerProfile(db: Kysely<DB>, { from, to }: Move) {
  await sql`update volunteers set beneficiary_id = ${to} where beneficiary_id = ${from}`.execute(db);
}

/**
 * Both records had a volunteer profile: the kept profile gains the other's skills, tags,
 * districts and weekdays, and its availability where it had none; the other's applications
 * move to it. Two applications to one offer become the one further along (completed, accepted,
 * applied, declined), with the hours logged on both. Then the other profile goes.
 */
export async function combineVolunteerProfiles(db: Kysely<DB>, profiles: { from: string; to: string }) {
  const { from, to } = profiles;
  await sql`
    update volunteers t set
      skills = array(select distinct unnest(t.skills || s.skills) order by 1),
      tags = array(select distinct unnest(t.tags || s.tags) order by 1),
      districts = array(select distinct unnest(t.districts || s.districts) order by 1),
      available_weekdays = array(select distinct unnest(t.available_weekdays || s.available_weekdays)),
      hours_per_week = coalesce(t.hours_per_week, s.hours_per_week),
      available_from = case when t.available_from is null and t.available_to is null
                            then s.available_from else t.available_from end,
      available_to = case when t.available_from is null and t.available_to is null
                          then s.available_to else t.available_to end,
      availability_note = coalesce(t.availability_note, s.availability_note),
      active = t.active or s.active,
      updated_at = now()
      from volunteers s
     where t.id = ${to} and s.id = ${from}
  `.execute(db);
  const { rows: clashes } = await sql<{ from_app: string; to_app: string; keep_from: boolean }>`
    select s.id as from_app, t.id as to_app,
           array_position(array['declined', 'applied', 'accepted', 'completed'], s.status)
             > array_position(array['declined', 'applied', 'accepted', 'completed'], t.status) as keep_from
      from volunteer_applications s
      join volunteer_applications t on t.offer_id = s.offer_id and t.volunteer_id = ${to}
     where s.volunteer_id = ${from}
     for update of s, t
  `.execute(db);
  for (const clash of clashes) {
    const [keep, drop] = clash.keep_from ? [clash.from_app, clash.to_app] : [clash.to_app, clash.from_app];
    await sql`update volunteer_hours set application_id = ${keep} where application_id = ${drop}`.execute(db);
    // A kept application of the merged profile moves with the others below.
    await sql`delete from volunteer_applications where id = ${drop}`.execute(db);
  }
  await sql`update volunteer_applications set volunteer_id = ${to} where volunteer_id = ${from}`.execute(db);
  await sql`delete from volunteers where id = ${from}`.execute(db);
}

/**
 * The merged record's id answers from now on as an alias of the kept one; ids merged into the
 * merged record earlier now point at the kept one too, so an alias never leads to another alias.
 */
export async function recordAlias(db: Kysely<DB>, move: Move & { mergedBy: string }) {
  await sql`update beneficiary_aliases set beneficiary_id = ${move.to} where beneficiary_id = ${move.from}`.execute(
    db,
  );
  await sql`
    insert into beneficiary_aliases (old_id, beneficiary_id, merged_by) values (${move.from}, ${move.to}, ${move.mergedBy})
  `.execute(db);
}

/** Where a merged record's id leads now, if it was merged. */
export async function findAlias(db: Kysely<DB>, oldId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('beneficiary_aliases')
    .select('beneficiary_id')
    .where('old_id', '=', oldId)
    .executeTakeFirst();
  return row?.beneficiary_id;
}

/** The merged record itself; everything referring to it has moved by now. */
export async function deleteMergedRow(db: Kysely<DB>, id: string) {
  await db.deleteFrom('beneficiaries').where('id', '=', id).execute();
}

/**
 * The kept record after the merge: fields it had empty take the merged record's values, and the
 * merged record's notes follow its own.
 */
export async function fillKeptRow(
  db: Kysely<DB>,
  id: string,
  values: {
    email: string | null;
    phone: string | null;
    district: number | null;
    krs: string | null;
    nip: string | null;
    regon: string | null;
    legal_form: string | null;
    notes: string | null;
  },
) {
  await sql`
    update beneficiaries set
      email = coalesce(email, ${values.email}),
      phone = coalesce(phone, ${values.phone}),
      district = coalesce(district, ${values.district}::integer),
      krs = coalesce(krs, ${values.krs}),
      nip = coalesce(nip, ${values.nip}),
      regon = coalesce(regon, ${values.regon}),
      legal_form = coalesce(legal_form, ${values.legal_form}),
      notes = nullif(concat_ws(E'\n\n', notes, ${values.notes}::text), ''),
      updated_at = now()
    where id = ${id}
  `.execute(db);
}
