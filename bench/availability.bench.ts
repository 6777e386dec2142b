import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { addDays, DEFAULT_TIMEZONE, localDate } from '../src/lib/time.ts';
import { median } from './machine.ts';
import { type Backend, fill, onEachBackend, percentile, startBenchServer, TimedClient } from './server.ts';

/**
 * A room's free times for a week, as a member choosing a time (or a coordinator) reads them:
 * `GET /api/rooms/:id/availability?from=&to=` for each of 50 rooms, one request at a time, over a
 * network with a year of bookings around that week. Target: p95 under 20 ms.
 */
export const AVAILABILITY_TARGET_P95_MS = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

export type AvailabilityBenchResult = {
  backend: string;
  rooms: number;
  bookings: number;
  weekHolds: number;
  requests: number;
  p50: number;
  p95: number;
  roundMs: number;
  errors: number;
};

/** The Monday of the week after next (local time), so the year around it is half past, half to come. */
function measuredWeek(now = new Date()): string {
  const today = localDate(now, DEFAULT_TIMEZONE);
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, 14 - weekday);
}

/**
 * 10 centres of 5 rooms. Half are open 08:00-21:00 on weekdays and 09:00-15:00 on Saturdays,
 * half 10:00-20:00 on weekdays only. Half a year before and after the week: in about six of ten
 * two-hour slots from 10:00 a booking of one or two hours (one in ten the programme's, one in
 * seven a request still waiting, one in thirteen cancelled; those before today completed), and
 * a closure day in two centres during the week.
 */
async function generateNetwork(db: Kysely<DB>, week: string) {
  const long = { mon: [['08:00', '21:00']], sat: [['09:00', '15:00']], sun: [] };
  const short = { mon: [['10:00', '20:00']], sat: [], sun: [] };
  const hours = (base: typeof long) =>
    JSON.stringify({ ...base, tue: base.mon, wed: base.mon, thu: base.mon, fri: base.mon });
  await sql`
    insert into centers (name, address, opening_hours)
    select 'Centrum ' || n, 'ul. Dostępna ' || n, case when n % 2 = 0 then ${hours(long)} else ${hours(short)} end::jsonb
      from generate_series(1, 10) n
  `.execute(db);
  await sql`
    insert into rooms (center_id, name, capacity)
    select c.id, 'Sala ' || r, 8 + r * 6 from centers c cross join generate_series(1, 5) r
  `.execute(db);
  await sql`
    insert into beneficiaries (kind, name, district)
    select (array['organization', 'informal_group', 'individual'])[1 + n % 3], 'Organizacja ' || n, 1 + n % 18
      from generate_series(1, 500) n
  `.execute(db);
  await sql`
    with room as (
      select r.id, r.center_id, row_number() over (order by c.name, r.name) as n, c.opening_hours -> 'sat' <> '[]'::jsonb as saturdays
        from rooms r join centers c on c.id = r.center_id
    ), beneficiary as (select id, row_number() over (order by name) as n from beneficiaries),
    slot as (
      select room.id as room_id, room.center_id, room.n as room_n, day, s,
             ((room.n * 7919 + (day - ${week}::date) * 104729 + s * 1299709) % 1000 + 1000) % 1000 as h
        from room
       cross join lateral (select ${week}::date + k as day from generate_series(-182, 182) k) d
       cross join generate_series(0, 4) s
       where extract(isodow from day) <= 5 or (extract(isodow from day) = 6 and room.saturdays and s < 2)
    )
    insert into bookings (room_id, center_id, kind, beneficiary_id, title, start_at, end_at, status, attendees, was_approved)
    select slot.room_id, slot.center_id,
           case when h % 10 = 0 then 'activity' else 'lending' end,
           case when h % 10 = 0 then null else b.id end,
           case when h % 10 = 0 then 'Warsztaty' else 'Spotkanie organizacji' end,
           (day + (10 + 2 * s) * interval '1 hour') at time zone 'Europe/Warsaw',
           (day + (11 + 2 * s + h % 2) * interval '1 hour') at time zone 'Europe/Warsaw',
           status, case when status = 'completed' then 5 + h % 20 end, status in ('approved', 'completed')
      from slot
      join beneficiary b on b.n = 1 + (slot.room_n * 13 + h) % 500
     cross join lateral (
       select case when h % 13 = 0 then 'cancelled'
                   when day < current_date then 'completed'
                   when h % 7 = 0 then 'pending'
                   else 'approved' end as status) st
     where h % 10 < 6
  `.execute(db);
  await sql`
    insert into center_closures (center_id, from_date, to_date, reason)
    select id, ${week}::date + 2, ${week}::date + 2, 'Remont' from centers order by name limit 2
  `.execute(db);
  await sql`vacuum analyze`.execute(db);
  const { rows } = await sql<{ rooms: number; bookings: number; week: number }>`
    select (select count(*)::int from rooms) as rooms, (select count(*)::int from bookings) as bookings,
           (select count(*)::int from bookings where status in ('pending', 'approved')
               and start_at >= ${week}::date and start_at < ${week}::date + 7) as week
  `.execute(db);
  const rooms = await db.selectFrom('rooms').select('id').orderBy('id').execute();
  return {
    ...(rows[0] as { rooms: number; bookings: number; week: number }),
    roomIds: rooms.map((r) => r.id),
  };
}

async function measure(backend: Backend): Promise<AvailabilityBenchResult> {
  const week = measuredWeek();
  const network = await fill(backend, (db) => generateNetwork(db, week));
  const server = await startBenchServer(backend, 'availability');
  const client = new TimedClient(server.port, server.admin.cookie);
  const times: number[] = [];
  const rounds: number[] = [];
  let errors = 0;
  try {
    for (let round = -1; round < ROUNDS; round++) {
      let roundMs = 0;
      for (const roomId of network.roomIds) {
        const answer = await client.send(
          'GET',
          `/api/rooms/${roomId}/availability?from=${week}&to=${addDays(week, 6)}`,
        );
        // The first round warms the server up and is not counted.
        if (round < 0) continue;
        if (answer.status !== 200) errors++;
        times.push(answer.ms);
        roundMs += answer.ms;
      }
      if (round >= 0) rounds.push(roundMs);
    }
  } finally {
    client.close();
    await server.stop();
  }
  return {
    backend: backend.name,
    rooms: network.rooms,
    bookings: network.bookings,
    weekHolds: network.week,
    requests: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    roundMs: median(rounds),
    errors,
  };
}

export function benchAvailability(postgresUrl: string | undefined) {
  return onEachBackend(postgresUrl, measure);
}
