import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../audit/index.ts';
import type { PersonValues } from './imports.beneficiaries.ts';
import type { WriteContext } from './imports.rows.ts';

/**
 * The SQL of an import's lookups and writes in other modules' tables. A commit writes thousands
 * of rows in one transaction, so it inserts them many at a time (CHUNK rows per statement, well
 * under PostgreSQL's 65,535 parameters), where the modules' own services write one at a time
 * with rules (lead time, opening hours) that do not bind records of the past.
 */
const CHUNK = 500;

export async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

/** New beneficiaries, each with its audit entry (as registering one records it). Answers their ids. */
export async function insertBeneficiaries(ctx: WriteContext, people: PersonValues[]): Promise<string[]> {
  const rows = people.map((person) => ({ id: randomUUID(), ...person }));
  await inChunks(rows, async (chunk) => {
    await ctx.db
      .insertInto('beneficiaries')
      .values(
        chunk.map((p) => ({
          id: p.id,
          kind: p.kind,
          name: p.name,
          email: p.email,
          phone: p.phone,
          district: p.district,
          krs: p.krs,
          nip: p.nip,
          regon: p.regon,
          legal_form: p.legalForm,
          created_by: ctx.actor.id,
        })),
      )
      .execute();
    await recordAudit(
      ctx.db,
      chunk.map((p) => ({
        actorId: ctx.actor.id,
        action: 'create',
        entity: 'beneficiary',
        entityId: p.id,
        fields: Object.entries(p).flatMap(([key, value]) => (key !== 'id' && value !== null ? [key] : [])),
        reason: `import ${ctx.importId}`,
      })),
    );
  });
  return rows.map((row) => row.id);
}

/** Live beneficiaries a row may name: by KRS, NIP, e-mail address (any case) or folded name. */
export async function selectNamedBeneficiaries(
  db: Kysely<DB>,
  keys: { krs: string[]; nip: string[]; emails: string[]; names: string[] },
) {
  const { rows } = await sql<{
    id: string;
    kind: string;
    name: string;
    email: string | null;
    krs: string | null;
    nip: string | null;
    volunteer: boolean;
  }>`
    select b.id, b.kind, b.name, lower(b.email) as email, b.krs, b.nip,
           exists (select 1 from volunteers v where v.beneficiary_id = b.id) as volunteer
      from beneficiaries b
     where b.erased_at is null
       and (b.krs = any(${keys.krs}::text[]) or b.nip = any(${keys.nip}::text[])
            or lower(b.email) = any(${keys.emails}::text[]) or civitas_fold(b.name) = any(select civitas_fold(n) from unnest(${keys.names}::text[]) n))
     order by b.created_at, b.id
  `.execute(db);
  return rows;
}

/** A centre's rooms, to find a row's room by name. */
export function selectRooms(db: Kysely<DB>, centerId: string) {
  return db.selectFrom('rooms').select(['id', 'name']).where('center_id', '=', centerId).execute();
}

/** The room holds (lendings and activities, as the exclusion constraint sees them) in these rooms and times. */
export async function selectHolds(db: Kysely<DB>, roomIds: string[], from: Date, to: Date) {
  if (roomIds.length === 0) return [];
  return db
    .selectFrom('bookings')
    .select(['id', 'room_id', 'start_at', 'end_at', 'beneficiary_id', 'kind', 'attendees'])
    .where('room_id', 'in', roomIds)
    .where('status', 'in', ['pending', 'approved', 'completed'])
    .where(sql<boolean>`tstzrange(start_at, end_at, '[)') && tstzrange(${from}, ${to}, '[)')`)
    .execute();
}

export type LendingRow = {
  roomId: string;
  beneficiaryId: string;
  title: string;
  startAt: string;
  endAt: string;
  attendees: number;
};

/**
 * Past lendings as completed, with their headcounts: what the report counts as rooms lent. Each
 * has its audit entry, as a booking made at the desk has.
 */
export async function insertCompletedLendings(ctx: WriteContext & { centerId: string }, rows: LendingRow[]) {
  await inChunks(rows, async (chunk) => {
    const ids = chunk.map(() => randomUUID());
    await ctx.db
      .insertInto('bookings')
      .values(
        chunk.map((row, i) => ({
          id: ids[i],
          room_id: row.roomId,
          center_id: ctx.centerId,
          kind: 'lending' as const,
          beneficiary_id: row.beneficiaryId,
          title: row.title,
          expected_attendees: row.attendees,
          attendees: row.attendees,
          start_at: new Date(row.startAt),
          end_at: new Date(row.endAt),
          status: 'completed' as const,
          requested_by: ctx.actor.id,
          decided_by: ctx.actor.id,
          decided_at: ctx.now,
        })),
      )
      .execute();
    await recordAudit(
      ctx.db,
      ids.map((id) => ({
        actorId: ctx.actor.id,
        action: 'import',
        entity: 'booking',
        entityId: id as string,
        centerId: ctx.centerId,
        fields: ['room', 'beneficiary', 'title', 'time', 'attendees'],
        reason: `import ${ctx.importId}`,
      })),
    );
  });
}

/** The sessions of a centre's activities named by id or folded title, with their local dates to match. */
export async function selectSessions(db: Kysely<DB>, centerId: string, ids: string[], titles: string[]) {
  const { rows } = await sql<{
    session_id: string;
    activity_id: string;
    title: string;
    start_at: Date;
    walk_ins: number;
  }>`
    select s.id as session_id, a.id as activity_id, a.title, s.start_at, s.walk_ins
      from activities a
      join activity_sessions s on s.activity_id = a.id
     where a.center_id = ${centerId} and a.status <> 'cancelled'
       and (a.id::text = any(${ids}::text[]) or civitas_fold(a.title) = any(select civitas_fold(t) from unnest(${titles}::text[]) t))
     order by s.start_at, s.ordinal
  `.execute(db);
  return rows;
}

/** The live registrations of these activities, with the seats recorded present at each session. */
export async function selectRegistrations(db: Kysely<DB>, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  const { rows } = await sql<{
    id: string;
    activity_id: string;
    beneficiary_id: string;
    session_id: string | null;
    present: number | null;
  }>`
    select r.id, r.activity_id, r.beneficiary_id, aa.session_id, aa.seats as present
      from activity_registrations r
      left join activity_attendance aa on aa.registration_id = r.id
     where r.activity_id = any(${activityIds}::uuid[]) and r.status <> 'cancelled'
  `.execute(db);
  return rows;
}

/** Which of these beneficiaries already have a volunteer profile. */
export async function selectVolunteerBeneficiaryIds(db: Kysely<DB>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('volunteers')
    .select('beneficiary_id')
    .where('beneficiary_id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.beneficiary_id));
}

export type AttendanceRow = { sessionId: string; activityId: string; beneficiaryId: string; seats: number };

/**
 * Attendance of past sessions: a registration for each participant not yet registered, the
 * seats present at the session, the walk-ins added, and every session marked as recorded (the
 * report counts sessions with attendance recorded).
 */
export async function insertAttendance(
  ctx: WriteContext,
  participants: AttendanceRow[],
  sessions: Map<string, { activityId: string; walkIns: number }>,
) {
  const registrations = await selectRegistrations(ctx.db, [
    ...new Set(participants.map((p) => p.activityId)),
  ]);
  const registrationOf = new Map(registrations.map((r) => [`${r.activity_id}:${r.beneficiary_id}`, r.id]));
  const fresh: { id: string; activity_id: string; beneficiary_id: string; seats: number }[] = [];
  for (const p of participants) {
    const key = `${p.activityId}:${p.beneficiaryId}`;
    if (registrationOf.has(key)) continue;
    const id = randomUUID();
    registrationOf.set(key, id);
    fresh.push({ id, activity_id: p.activityId, beneficiary_id: p.beneficiaryId, seats: p.seats });
  }
  await inChunks(fresh, (chunk) =>
    ctx.db
      .insertInto('activity_registrations')
      .values(chunk.map((r) => ({ ...r, status: 'registered' as const, registered_by: ctx.actor.id })))
      .execute(),
  );
  await inChunks(participants, (chunk) =>
    ctx.db
      .insertInto('activity_attendance')
      .values(
        chunk.map((p) => ({
          session_id: p.sessionId,
          registration_id: registrationOf.get(`${p.activityId}:${p.beneficiaryId}`) as string,
          seats: p.seats,
          recorded_by: ctx.actor.id,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['session_id', 'registration_id']).doUpdateSet({ seats: sql`excluded.seats` }),
      )
      .execute(),
  );
  if (sessions.size === 0) return;
  await recordAudit(
    ctx.db,
    [...new Set([...sessions.values()].map((s) => s.activityId))].map((id) => ({
      actorId: ctx.actor.id,
      action: 'attendance',
      entity: 'activity',
      entityId: id,
      fields: ['attended', 'walkIns'],
      reason: `import ${ctx.importId}`,
    })),
  );
  await sql`
    update activity_sessions s
       set walk_ins = s.walk_ins + w.added,
           attendance_recorded_at = coalesce(s.attendance_recorded_at, ${ctx.now})
      from unnest(${[...sessions.keys()]}::uuid[], ${[...sessions.values()].map((s) => s.walkIns)}::int[]) as w(id, added)
     where s.id = w.id
  `.execute(ctx.db);
}

export type VolunteerRow = {
  beneficiaryId: string;
  skills: string[];
  districts: number[];
  hoursPerWeek: number | null;
};

export async function insertVolunteers(ctx: WriteContext, rows: VolunteerRow[]) {
  await inChunks(rows, async (chunk) => {
    const ids = chunk.map(() => randomUUID());
    await ctx.db
      .insertInto('volunteers')
      .values(
        chunk.map((row, i) => ({
          id: ids[i],
          beneficiary_id: row.beneficiaryId,
          skills: row.skills,
          districts: row.districts,
          hours_per_week: row.hoursPerWeek,
          created_by: ctx.actor.id,
        })),
      )
      .execute();
    await recordAudit(
      ctx.db,
      ids.map((id) => ({
        actorId: ctx.actor.id,
        action: 'create',
        entity: 'volunteer',
        entityId: id as string,
        fields: ['skills', 'districts', 'hoursPerWeek'],
        reason: `import ${ctx.importId}`,
      })),
    );
  });
}
