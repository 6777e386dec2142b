import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import type { DB, PublicTaskReportType } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import { inCenters, type Scope, servedInScope } from '../reports.repo.ts';

export type ReportRow = Selectable<DB['public_task_reports']> & {
  title: string;
  operator: string;
  funder: string;
  agreement_from: string;
  agreement_to: string;
};

const ZONE = 'Europe/Warsaw';
/** The local day of an instant (a column or an aggregate of one), as YYYY-MM-DD. */
const day = (instant: RawBuilder<unknown>) =>
  sql<string>`to_char(${instant} at time zone ${ZONE}, 'YYYY-MM-DD')`;

// The drafts

function selectReports(db: Kysely<DB>) {
  return db
    .selectFrom('public_task_reports as r')
    .innerJoin('funding_agreements as a', 'a.id', 'r.agreement_id')
    .selectAll('r')
    .select([
      'a.title',
      'a.operator',
      'a.funder',
      'a.period_from as agreement_from',
      'a.period_to as agreement_to',
    ]);
}

/** One draft; with `lock`, its row stays locked until the transaction ends (edits queue up). */
export function findReport(
  db: Kysely<DB>,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ReportRow | undefined> {
  const query = selectReports(db).where('r.id', '=', id);
  return (options.lock ? query.forUpdate('r') : query).executeTakeFirst();
}

export function listReports(
  db: Kysely<DB>,
  filter: { agreementId?: string; centerIds: string[] | null; after?: CursorKey; limit: number },
): Promise<ReportRow[]> {
  let query = selectReports(db)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.agreementId) query = query.where('r.agreement_id', '=', filter.agreementId);
  if (filter.centerIds) {
    const ids = filter.centerIds;
    query = query.where('r.center_id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where((eb) =>
      eb.or([eb('r.created_at', '<', at), eb.and([eb('r.created_at', '=', at), eb('r.id', '<', id)])]),
    );
  }
  return query.execute();
}

export async function insertReport(
  db: Kysely<DB>,
  report: {
    agreementId: string;
    centerId: string | null;
    from: string;
    to: string;
    type: PublicTaskReportType;
    data: unknown;
    fields: unknown;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('public_task_reports')
    .values({
      agreement_id: report.agreementId,
      center_id: report.centerId,
      period_from: report.from,
      period_to: report.to,
      type: report.type,
      data: JSON.stringify(report.data),
      fields: JSON.stringify(report.fields),
      created_by: report.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Writes the new fields (and type) or data, in one statement that checks the revision the edit
 * started from when one is given; undefined when the draft is gone or has moved on.
 */
export async function updateReport(
  db: Kysely<DB>,
  id: string,
  changes: { fields?: unknown; data?: unknown; type?: PublicTaskReportType },
  expectedRevision?: number,
): Promise<number | undefined> {
  let query = db
    .updateTable('public_task_reports')
    .set({
      ...(changes.fields !== undefined && { fields: JSON.stringify(changes.fields) }),
      ...(changes.data !== undefined && { data: JSON.stringify(changes.data), computed_at: new Date() }),
      ...(changes.type !== undefined && { type: changes.type }),
      revision: sql<number>`revision + 1`,
      updated_at: new Date(),
    })
    .where('id', '=', id);
  if (expectedRevision !== undefined) query = query.where('revision', '=', expectedRevision);
  const row = await query.returning('revision').executeTakeFirst();
  return row?.revision;
}

// Part I from the data: the same definitions as the summary (reports.repo.ts)

/** Each activity held in the scope, counted as the summary counts activities and their participants. */
export async function heldActivities(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{
    id: string;
    title: string;
    kind: string;
    place: string;
    first_day: string;
    last_day: string;
    participants: number;
  }>`
    with held_sessions as (
      select s.id, s.activity_id, s.walk_ins, s.attended_seats, s.start_at
        from activity_sessions s
        join activities a on a.id = s.activity_id
       where a.status <> 'cancelled' and s.attendance_recorded_at is not null
         and s.start_at >= ${scope.from} and s.start_at < ${scope.to}
         and ${inCenters('a.center_id', scope)}
    ),
    per_activity as (
      select activity_id, sum(walk_ins) as walk_ins, count(*) as sessions,
             min(start_at) as first_at, max(start_at) as last_at
        from held_sessions group by activity_id
    ),
    seats as (
      select hs.activity_id, hs.attended_seats as seats
        from held_sessions hs
        join per_activity pa on pa.activity_id = hs.activity_id and pa.sessions = 1
      union all
      select activity_id, sum(seats)
        from (select hs.activity_id, aa.registration_id, max(aa.seats) as seats
                from held_sessions hs
                join per_activity pa on pa.activity_id = hs.activity_id and pa.sessions > 1
                join activity_attendance aa on aa.session_id = hs.id
               group by hs.activity_id, aa.registration_id) present
       group by activity_id
    )
    select a.id, a.title, a.kind,
           coalesce(ro.name || ', ' || c.name, c.name) as place,
           ${day(sql`pa.first_at`)} as first_day, ${day(sql`pa.last_at`)} as last_day,
           (coalesce(s.seats, 0) + pa.walk_ins)::int as participants
      from per_activity pa
      join activities a on a.id = pa.activity_id
      join centers c on c.id = a.center_id
      left join rooms ro on ro.id = a.room_id
      left join seats s on s.activity_id = pa.activity_id
     order by pa.first_at, a.id
  `.execute(db);
  return rows;
}

/** Completed room lendings in the scope, per room. */
export async function lendingsByRoom(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{
    place: string;
    lendings: number;
    people: number;
    first_day: string;
    last_day: string;
  }>`
    select ro.name || ', ' || c.name as place, count(*)::int as lendings,
           coalesce(sum(b.attendees), 0)::int as people,
           ${day(sql`min(b.start_at)`)} as first_day, ${day(sql`max(b.start_at)`)} as last_day
      from bookings b
      join rooms ro on ro.id = b.room_id
      join centers c on c.id = b.center_id
     where b.kind = 'lending' and b.status = 'completed'
       and b.start_at >= ${scope.from} and b.start_at < ${scope.to}
       and ${inCenters('b.center_id', scope)}
     group by ro.id, ro.name, c.name
     order by c.name, ro.name
  `.execute(db);
  return rows;
}

/** Completed appointments in the scope: per kind, and (kind null) all of them. */
export async function adviceByKind(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{
    kind: string | null;
    appointments: number;
    people: number;
    first_day: string;
    last_day: string;
  }>`
    select ap.kind, count(*)::int as appointments, count(distinct ap.beneficiary_id)::int as people,
           ${day(sql`min(ap.start_at)`)} as first_day, ${day(sql`max(ap.start_at)`)} as last_day
      from appointments ap
     where ap.status = 'completed'
       and ap.start_at >= ${scope.from} and ap.start_at < ${scope.to}
       and ${inCenters('ap.center_id', scope)}
     group by grouping sets ((ap.kind), ())
     order by ap.kind nulls first
  `.execute(db);
  return rows;
}

/** The beneficiaries served in the scope (as the summary counts them), by kind and district. */
export async function beneficiariesByDistrict(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{ kind: string; district: number | null; name: string | null; count: number }>`
    select be.kind, be.district, d.name, count(*)::int as count
      from beneficiaries be
      left join districts d on d.number = be.district
     where ${servedInScope(scope)}
     group by be.kind, be.district, d.name
     order by be.district nulls last, be.kind
  `.execute(db);
  return rows;
}

export async function centreName(db: Kysely<DB>, id: string | null) {
  if (!id) return null;
  const row = await db.selectFrom('centers').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}
