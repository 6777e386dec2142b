import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { inCenters, type Scope, servedInScope } from '../reports.repo.ts';

/** The SQL of demand analytics: when rooms are held, what was refused, where beneficiaries live. */

/** Room-hours held (approved or completed, lendings and activities) by local weekday and hour. */
export async function bookedHoursByWeekdayHour(db: Kysely<DB>, scope: Scope, zone: string) {
  const { rows } = await sql<{ weekday: number; hour: number; hours: string }>`
    select extract(isodow from (slot at time zone ${zone}))::int as weekday,
           extract(hour from (slot at time zone ${zone}))::int as hour,
           (sum(extract(epoch from least(b.end_at, slot + interval '1 hour') - greatest(b.start_at, slot))) / 3600)::numeric(12, 2) as hours
      from bookings b
      cross join lateral generate_series(date_trunc('hour', b.start_at), b.end_at - interval '1 microsecond', interval '1 hour') slot
     where b.status in ('approved', 'completed')
       and b.start_at >= ${scope.from} and b.start_at < ${scope.to}
       and ${inCenters('b.center_id', scope)}
     group by 1, 2
  `.execute(db);
  return rows.map((row) => ({ weekday: row.weekday, hour: row.hour, hours: Number(row.hours) }));
}

export async function unmetDemand(db: Kysely<DB>, scope: Scope, zone: string) {
  const { rows } = await sql<{ month: string; refused: number; rejected: number; withdrawn: number }>`
    with months as (
      select to_char(r.start_at at time zone ${zone}, 'YYYY-MM') as month, r.occurrences as refused, 0 as rejected, 0 as withdrawn
        from booking_refusals r
       where r.start_at >= ${scope.from} and r.start_at < ${scope.to} and ${inCenters('r.center_id', scope)}
      union all
      select to_char(b.start_at at time zone ${zone}, 'YYYY-MM'), 0,
             (b.status = 'rejected')::int, (b.status = 'cancelled')::int
        from bookings b
       where b.kind = 'lending' and b.status in ('rejected', 'cancelled')
         and b.start_at >= ${scope.from} and b.start_at < ${scope.to} and ${inCenters('b.center_id', scope)}
    )
    select month, sum(refused)::int as refused, sum(rejected)::int as rejected, sum(withdrawn)::int as withdrawn
      from months group by month order by month
  `.execute(db);
  return rows;
}

export async function beneficiariesByDistrict(db: Kysely<DB>, scope: Scope) {
  const { rows } = await sql<{ district: number | null; name: string | null; count: number }>`
    select be.district, d.name, count(*)::int as count
      from beneficiaries be
      left join districts d on d.number = be.district
     where ${servedInScope(scope)}
     group by be.district, d.name
     order by be.district nulls last
  `.execute(db);
  return rows;
}

/** Per local month: lendings and their people, completed appointments, activity attendances. */
export async function monthlyTrends(db: Kysely<DB>, scope: Scope, zone: string) {
  const { rows } = await sql<{
    month: string;
    lendings: number;
    people: number;
    appointments: number;
    attendances: number;
  }>`
    select month, sum(lendings)::int as lendings, sum(people)::int as people,
           sum(appointments)::int as appointments, sum(attendances)::int as attendances
      from (
        select to_char(b.start_at at time zone ${zone}, 'YYYY-MM') as month,
               1 as lendings, coalesce(b.attendees, 0) as people, 0 as appointments, 0 as attendances
          from bookings b
         where b.kind = 'lending' and b.status = 'completed'
           and b.start_at >= ${scope.from} and b.start_at < ${scope.to} and ${inCenters('b.center_id', scope)}
        union all
        select to_char(ap.start_at at time zone ${zone}, 'YYYY-MM'), 0, 0, 1, 0
          from appointments ap
         where ap.status = 'completed'
           and ap.start_at >= ${scope.from} and ap.start_at < ${scope.to} and ${inCenters('ap.center_id', scope)}
        union all
        select to_char(s.start_at at time zone ${zone}, 'YYYY-MM'), 0, 0, 0,
               s.walk_ins + coalesce((select sum(aa.seats) from activity_attendance aa where aa.session_id = s.id), 0)
          from activity_sessions s
          join activities a on a.id = s.activity_id
         where a.status <> 'cancelled' and s.attendance_recorded_at is not null
           and s.start_at >= ${scope.from} and s.start_at < ${scope.to} and ${inCenters('a.center_id', scope)}
      ) facts
     group by month
     order by month
  `.execute(db);
  return rows;
}

export async function roomCounts(db: Kysely<DB>, centers: string[] | null) {
  const { rows } = await sql<{ center_id: string; rooms: number }>`
    select center_id, count(*)::int as rooms from rooms
     where active and (${centers}::uuid[] is null or center_id = any(${centers}::uuid[]))
     group by center_id
  `.execute(db);
  return rows;
}
