import { type Kysely, sql } from 'kysely';

// Reports for the funder: requests refused for lack of space (demand the centre could not
// meet), and funding agreements with the target values the operator reports against.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table booking_refusals (
      id bigint generated always as identity primary key,
      room_id uuid not null references rooms (id),
      center_id uuid not null references centers (id),
      beneficiary_id uuid references beneficiaries (id),
      start_at timestamptz not null,
      end_at timestamptz not null,
      occurrences int not null default 1 check (occurrences >= 1),
      requested_by uuid references users (id) on delete set null,
      at timestamptz not null default now()
    );
    create index booking_refusals_center_start on booking_refusals (center_id, start_at);

    create table funding_agreements (
      id uuid primary key default gen_random_uuid(),
      center_id uuid references centers (id),
      title text not null,
      operator text not null,
      funder text not null,
      period_from date not null,
      period_to date not null,
      targets jsonb not null default '{}',
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      check (period_to >= period_from)
    );
    create index funding_agreements_center on funding_agreements (center_id, period_from);

    -- The report's probes, answered from the index alone: was this beneficiary served, and
    -- the lendings' sums.
    create index bookings_lendings_served on bookings (beneficiary_id, start_at, center_id)
      where kind = 'lending' and status = 'completed';
    create index bookings_lendings_completed on bookings (start_at) include (center_id, end_at, attendees)
      where kind = 'lending' and status = 'completed';
    create index appointments_completed on appointments (beneficiary_id, start_at, center_id) where status = 'completed';

    -- Seats present per session, kept by the database whatever writes the attendance: the
    -- report sums sessions instead of scanning every attendance record.
    alter table activity_sessions add column attended_seats int not null default 0;
    create function civitas_refresh_session_seats() returns trigger language plpgsql as $fn$
    begin
      update activity_sessions s
         set attended_seats = coalesce((select sum(a.seats) from activity_attendance a where a.session_id = s.id), 0)
       where s.id in (select distinct session_id from changed);
      return null;
    end
    $fn$;
    create trigger activity_attendance_inserted after insert on activity_attendance
      referencing new table as changed for each statement execute function civitas_refresh_session_seats();
    create trigger activity_attendance_updated after update on activity_attendance
      referencing new table as changed for each statement execute function civitas_refresh_session_seats();
    create trigger activity_attendance_deleted after delete on activity_attendance
      referencing old table as changed for each statement execute function civitas_refresh_session_seats();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger activity_attendance_inserted on activity_attendance;
    drop trigger activity_attendance_updated on activity_attendance;
    drop trigger activity_attendance_deleted on activity_attendance;
    drop function civitas_refresh_session_seats();
    alter table activity_sessions drop column attended_seats;
    drop index bookings_lendings_served, bookings_lendings_completed, appointments_completed;
    drop table funding_agreements, booking_refusals;
  `.execute(db);
}
