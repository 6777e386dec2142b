import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/db/schema.ts';

/**
 * A network for the report benchmark, generated inside the database: 20 centres with 5 rooms
 * each, 20,000 beneficiaries, and 5 years of work (2021-2025): five lendings a day in every
 * room (about 900,000, nine in ten completed with a headcount), a training a day in every
 * centre with 28 registrations present (about a million attendance records), and 100,000
 * advice appointments.
 */
export async function generateNetwork(db: Kysely<DB>, options: { centers?: number; years?: number } = {}) {
  const centers = options.centers ?? 20;
  const days = Math.round((options.years ?? 5) * 365.25);
  await sql`
    insert into centers (name, address, opening_hours)
    select 'Centrum ' || n, 'ul. Testowa ' || n, '{"mon":[["00:00","24:00"]],"tue":[["00:00","24:00"]],"wed":[["00:00","24:00"]],"thu":[["00:00","24:00"]],"fri":[["00:00","24:00"]],"sat":[["00:00","24:00"]],"sun":[["00:00","24:00"]]}'
      from generate_series(1, ${centers}) n
  `.execute(db);
  await sql`
    insert into rooms (center_id, name, capacity)
    select c.id, 'Sala ' || r, 30 from centers c cross join generate_series(1, 5) r
  `.execute(db);
  await sql`
    insert into beneficiaries (kind, name, district)
    select (array['organization', 'informal_group', 'individual'])[1 + n % 3], 'Beneficjent ' || n, 1 + n % 18
      from generate_series(1, 20000) n
  `.execute(db);
  await sql`create temporary table bench_beneficiaries as select row_number() over () as n, id from beneficiaries`.execute(
    db,
  );
  await sql`create index on bench_beneficiaries (n)`.execute(db);
  await sql`create temporary table bench_rooms as select row_number() over () as n, id, center_id from rooms`.execute(
    db,
  );

  // Five two-hour lendings a day per room, 08:00-18:00 UTC.
  await sql`
    insert into bookings (room_id, center_id, kind, beneficiary_id, title, start_at, end_at, status, attendees)
    select r.id, r.center_id, 'lending', b.id, 'Spotkanie',
           timestamptz '2021-01-01 08:00+00' + d * interval '1 day' + s * interval '2 hours',
           timestamptz '2021-01-01 10:00+00' + d * interval '1 day' + s * interval '2 hours',
           case when (d + s + r.n) % 10 = 0 then 'cancelled' else 'completed' end,
           case when (d + s + r.n) % 10 = 0 then null else 5 + (d * 7 + s * 3 + r.n) % 25 end
      from bench_rooms r
     cross join generate_series(0, ${days - 1}) d
     cross join generate_series(0, 4) s
      join bench_beneficiaries b on b.n = 1 + (d * 31 + s * 7 + r.n * 13) % 20000
  `.execute(db);

  // A one-session training a day per centre, 28 registrations each, all present.
  await sql`
    insert into activities (center_id, kind, title, start_at, end_at)
    select c.id, 'training', 'Szkolenie ' || d, timestamptz '2021-01-01 18:00+00' + d * interval '1 day',
           timestamptz '2021-01-01 20:00+00' + d * interval '1 day'
      from centers c cross join generate_series(0, ${days - 1}) d
  `.execute(db);
  await sql`
    insert into activity_sessions (activity_id, ordinal, start_at, end_at, walk_ins, attendance_recorded_at)
    select id, 0, start_at, end_at, 2, end_at from activities
  `.execute(db);
  // A bulk load: the seat counts are set once at the end rather than by the trigger row by row.
  await sql`alter table activity_registrations disable trigger activity_registrations_seats`.execute(db);
  await sql`
    insert into activity_registrations (activity_id, beneficiary_id, seats, status)
    select a.id, b.id, 1, 'registered'
      from (select id, row_number() over (order by id) as n from activities) a
     cross join generate_series(0, 27) k
      join bench_beneficiaries b on b.n = 1 + (a.n * 29 + k * 101) % 20000
  `.execute(db);
  await sql`alter table activity_registrations enable trigger activity_registrations_seats`.execute(db);
  await sql`
    update activities a set seats_taken = r.seats
      from (select activity_id, sum(seats)::int as seats from activity_registrations
             where status = 'registered' group by activity_id) r
     where r.activity_id = a.id
  `.execute(db);
  await sql`
    insert into activity_attendance (session_id, registration_id, seats)
    select s.id, r.id, 1 from activity_registrations r join activity_sessions s on s.activity_id = r.activity_id
  `.execute(db);

  // Advice: 100,000 one-hour appointments, nine in ten completed.
  await sql`insert into users (email, name, roles) values ('bench-advisor@civitas.example', 'Doradca', '{advisor}')`.execute(
    db,
  );
  await sql`insert into advisors (user_id) select id from users where email = 'bench-advisor@civitas.example'`.execute(
    db,
  );
  await sql`
    insert into appointments (advisor_id, beneficiary_id, center_id, kind, topic, start_at, end_at, status)
    select (select id from advisors limit 1), b.id, r.center_id, (array['consulting', 'coaching', 'mentoring'])[1 + i % 3], 'Temat',
           timestamptz '2021-01-01 07:00+00' + i * interval '26 minutes',
           timestamptz '2021-01-01 07:25+00' + i * interval '26 minutes',
           case when i % 10 = 0 then 'cancelled' else 'completed' end
      from generate_series(1, 100000) i
      join bench_beneficiaries b on b.n = 1 + (i * 17) % 20000
      join bench_rooms r on r.n = 1 + i % 100
  `.execute(db);
  // Fresh tables: the visibility map lets the report read its indexes alone, as on a live system.
  await sql`vacuum analyze`.execute(db);
  const { rows } = await sql<{ bookings: number; attendance: number }>`
    select (select count(*)::int from bookings) as bookings, (select count(*)::int from activity_attendance) as attendance
  `.execute(db);
  return rows[0] as { bookings: number; attendance: number };
}
