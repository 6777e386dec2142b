import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * The funder's figures, as plain SQL. A period is [from, to) in instants (the local days
 * from..to, both included) plus the same days as dates; `centers` null means the whole network.
 * Every figure is defined in docs/reports.md; the tests build a world whose figures are known.
 */
export type Scope = { from: Date; to: Date; fromDate: string; toDate: string; centers: string[] | null };

export const inCenters = (column: string, scope: Scope) =>
  sql`(${scope.centers}::uuid[] is null or ${sql.ref(column)} = any(${scope.centers}::uuid[]))`;

/**
 * Whether the beneficiary `be` was served in the scope: the core of the report. Written as
 * one EXISTS per service, so each beneficiary is counted once however many services it used,
 * and each test is an index probe (bookings, registrations, appointments by beneficiary).
 */
export function servedInScope(scope: Scope) {
  return sql<boolean>`(
    -- organizer of a completed room lending
    exists (select 1 from bookings b
             where b.beneficiary_id = be.id and b.kind = 'lending' and b.status = 'completed'
               and b.start_at >= ${scope.from} and b.start_at < ${scope.to}
               and ${inCenters('b.center_id', scope)})
    -- attended an activity (some seats recorded present at a session in the period)
    or exists (select 1 from activity_registrations r
                 join activity_attendance aa on aa.registration_id = r.id
                 join activity_sessions s on s.id = aa.session_id
                 join activities a on a.id = s.activity_id
                where r.beneficiary_id = be.id and aa.seats > 0 and a.status <> 'cancelled'
                  and s.start_at >= ${scope.from} and s.start_at < ${scope.to}
                  and ${inCenters('a.center_id', scope)})
    -- had a completed appointment
    or exists (select 1 from appointments ap
                where ap.beneficiary_id = be.id and ap.status = 'completed'
                  and ap.start_at >= ${scope.from} and ap.start_at < ${scope.to}
                  and ${inCenters('ap.center_id', scope)})
    -- volunteering: the organization or the volunteer of a placement accepted in the period,
    -- or with hours worked in it
    or exists (select 1 from volunteer_applications va
                 join volunteer_offers o on o.id = va.offer_id
                 join volunteers v on v.id = va.volunteer_id
                where (o.organization_id = be.id or v.beneficiary_id = be.id)
                  and va.status in ('accepted', 'completed')
                  and ${inCenters('o.center_id', scope)}
                  and ((va.decided_at >= ${scope.from} and va.decided_at < ${scope.to})
                       or exists (select 1 from volunteer_hours h
                                   where h.application_id = va.id
                                     and h.work_date between ${scope.fromDate}::date and ${scope.toDate}::date)))
    -- owns an initiative that changed stage in the period
    or exists (select 1 from initiatives i
                 join initiative_stage_changes c on c.initiative_id = i.id
                where i.beneficiary_id = be.id
                  and c.changed_at >= ${scope.from} and c.changed_at < ${scope.to}
                  and ${inCenters('i.center_id', scope)})
  )`;
}

export async function countBeneficiaries(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{
    total: number;
    organizations: number;
    informal_groups: number;
    individuals: number;
  }>`
    select count(*)::int as total,
           count(*) filter (where be.kind = 'organization')::int as organizations,
           count(*) filter (where be.kind = 'informal_group')::int as informal_groups,
           count(*) filter (where be.kind = 'individual')::int as individuals
      from beneficiaries be
     where ${servedInScope(scope)}
  `.execute(db);
  return rows[0] ?? { total: 0, organizations: 0, informal_groups: 0, individuals: 0 };
}

export async function roomFigures(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{ lendings: number; people: number; hours: string }>`
    select count(*)::int as lendings,
           coalesce(sum(b.attendees), 0)::int as people,
           coalesce(sum(extract(epoch from b.end_at - b.start_at)) / 3600, 0)::numeric(12, 2) as hours
      from bookings b
     where b.kind = 'lending' and b.status = 'completed'
       and b.start_at >= ${scope.from} and b.start_at < ${scope.to}
       and ${inCenters('b.center_id', scope)}
  `.execute(db);
  const row = rows[0];
  return { lendings: row?.lendings ?? 0, people: row?.people ?? 0, hours: Number(row?.hours ?? 0) };
}

/**
 * Activities held: not cancelled, with attendance recorded for a session in the period.
 * Participants: per activity, each registration's seats present (the most it had at any
 * session, so a five-day training counts its people once), plus the walk-ins of each session.
 */
export async function activityFigures(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{ kind: string; count: number; participants: number }>`
    with held_sessions as (
      select s.id, s.activity_id, s.walk_ins, s.attended_seats, a.kind
        from activity_sessions s
        join activities a on a.id = s.activity_id
       where a.status <> 'cancelled' and s.attendance_recorded_at is not null
         and s.start_at >= ${scope.from} and s.start_at < ${scope.to}
         and ${inCenters('a.center_id', scope)}
    ),
    per_activity as (
      select activity_id, min(kind) as kind, sum(walk_ins) as walk_ins, count(*) as sessions
        from held_sessions group by activity_id
    ),
    -- One session: its seats present. Several: each registration once, at its most seats.
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
    select pa.kind, count(*)::int as count, coalesce(sum(coalesce(s.seats, 0) + pa.walk_ins), 0)::int as participants
      from per_activity pa
      left join seats s on s.activity_id = pa.activity_id
     group by pa.kind
     order by pa.kind
  `.execute(db);
  return rows;
}

export async function adviceFigures(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{ kind: string; appointments: number; hours: string }>`
    select ap.kind, count(*)::int as appointments,
           (sum(extract(epoch from ap.end_at - ap.start_at)) / 3600)::numeric(12, 2) as hours
      from appointments ap
     where ap.status = 'completed'
       and ap.start_at >= ${scope.from} and ap.start_at < ${scope.to}
       and ${inCenters('ap.center_id', scope)}
     group by ap.kind
  `.execute(db);
  return rows.map((row) => ({ kind: row.kind, appointments: row.appointments, hours: Number(row.hours) }));
}

/**
 * Offers open at some time in the period (published before its end, not ending before its
 * start, and not closed before it began); placements accepted in the period; hours worked in it.
 */
export async function volunteeringFigures(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{ offers: number; placements: number; hours: string }>`
    select
      (select count(*)::int from volunteer_offers o
        where o.created_at < ${scope.to}
          and (o.end_date is null or o.end_date >= ${scope.fromDate}::date)
          and (o.start_date is null or o.start_date <= ${scope.toDate}::date)
          and (o.status = 'open' or o.updated_at >= ${scope.from})
          and ${inCenters('o.center_id', scope)}) as offers,
      (select count(*)::int from volunteer_applications va
         join volunteer_offers o on o.id = va.offer_id
        where va.status in ('accepted', 'completed')
          and va.decided_at >= ${scope.from} and va.decided_at < ${scope.to}
          and ${inCenters('o.center_id', scope)}) as placements,
      (select coalesce(sum(h.hours), 0)::numeric(12, 2) from volunteer_hours h
         join volunteer_applications va on va.id = h.application_id
         join volunteer_offers o on o.id = va.offer_id
        where h.work_date between ${scope.fromDate}::date and ${scope.toDate}::date
          and ${inCenters('o.center_id', scope)}) as hours
  `.execute(db);
  const row = rows[0];
  return { offers: row?.offers ?? 0, placements: row?.placements ?? 0, hours: Number(row?.hours ?? 0) };
}

/** Initiatives that changed stage in the period, by the stage they had at its end. */
export async function incubationFigures(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{ stage: string; count: number }>`
    with active as (
      select distinct c.initiative_id
        from initiative_stage_changes c
        join initiatives i on i.id = c.initiative_id
       where c.changed_at >= ${scope.from} and c.changed_at < ${scope.to}
         and ${inCenters('i.center_id', scope)}
    )
    select last.to_stage as stage, count(*)::int as count
      from active
      cross join lateral (
        select c.to_stage from initiative_stage_changes c
         where c.initiative_id = active.initiative_id and c.changed_at < ${scope.to}
         order by c.changed_at desc, c.id desc limit 1) last
     group by last.to_stage
  `.execute(db);
  return rows;
}

/**
 * Average feedback per service and kind, the one definition every figure of feedback uses (the
 * summary, the programme's feedback view): ratings of the activities and appointments that
 * STARTED in the period (feedback given later still counts for the period the service was in),
 * averaged per kind and rounded to two decimals.
 */
export async function feedbackFigures(db: Kysely<DB>, scope: Pick<Scope, 'from' | 'to' | 'centers'>) {
  const { rows } = await sql<{
    service: 'activity' | 'advice';
    kind: string;
    count: number;
    average: string;
  }>`
    select 'activity' as service, a.kind, count(*)::int as count, round(avg(f.rating), 2) as average
      from activity_feedback f
      join activities a on a.id = f.activity_id
     where a.start_at >= ${scope.from} and a.start_at < ${scope.to}
       and ${inCenters('a.center_id', scope as Scope)}
     group by a.kind
    union all
    select 'advice', ap.kind, count(*)::int, round(avg(f.rating), 2)
      from appointment_feedback f
      join appointments ap on ap.id = f.appointment_id
     where ap.start_at >= ${scope.from} and ap.start_at < ${scope.to}
       and ${inCenters('ap.center_id', scope as Scope)}
     group by ap.kind
  `.execute(db);
  return rows.map((row) => ({ ...row, average: Number(row.average) }));
}

export async function selectCenterIds(db: Kysely<DB>) {
  const rows = await db.selectFrom('centers').select(['id', 'name']).orderBy('name').execute();
  return rows;
}
