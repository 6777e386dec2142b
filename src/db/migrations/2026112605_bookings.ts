import { type Kysely, sql } from 'kysely';

// Room lending. `bookings` is the one table of room holds: lendings to beneficiaries, and the
// rooms the centre's own activities use. The exclusion constraint keeps any two holding rows
// of one room from overlapping, whatever the concurrency; back-to-back ranges ('[)') are fine.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table centers
      add column booking_max_advance_days int not null default 60 check (booking_max_advance_days between 1 and 730),
      add column booking_min_notice_hours int not null default 24 check (booking_min_notice_hours between 0 and 720),
      add column booking_max_hours int not null default 12 check (booking_max_hours between 1 and 24),
      add column booking_terms text not null default
        'Korzystający z sali dba o porządek, nie przekracza liczby miejsc i opuszcza salę o czasie zakończenia rezerwacji. Spotkania mają charakter niekomercyjny.';

    create table booking_series (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null references rooms (id),
      beneficiary_id uuid references beneficiaries (id),
      title text not null,
      rrule text not null,
      local_start text not null,
      local_end text not null,
      first_date date not null,
      requested_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now()
    );

    create table bookings (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null references rooms (id),
      center_id uuid not null references centers (id),
      kind text not null default 'lending' check (kind in ('lending', 'activity')),
      beneficiary_id uuid references beneficiaries (id),
      series_id uuid references booking_series (id),
      title text not null,
      purpose text,
      expected_attendees int check (expected_attendees >= 0),
      start_at timestamptz not null,
      end_at timestamptz not null,
      status text not null check (status in ('pending', 'approved', 'rejected', 'cancelled', 'completed')),
      attendees int check (attendees >= 0),
      requested_by uuid references users (id) on delete set null,
      terms_accepted_at timestamptz,
      decided_by uuid references users (id) on delete set null,
      decided_at timestamptz,
      decision_reason text,
      reminder_sent_at timestamptz,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      check (end_at > start_at),
      check (kind = 'activity' or beneficiary_id is not null),
      constraint bookings_no_overlap exclude using gist (
        room_id with =,
        tstzrange(start_at, end_at, '[)') with &&
      ) where (status in ('pending', 'approved', 'completed'))
    );
    create index bookings_center_start on bookings (center_id, start_at);
    create index bookings_room_start on bookings (room_id, start_at);
    create index bookings_beneficiary on bookings (beneficiary_id, start_at);
    create index bookings_series on bookings (series_id, start_at);
    create index bookings_created on bookings (created_at desc, id desc);
    create index bookings_reminder_due on bookings (start_at) where status = 'approved' and reminder_sent_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table bookings, booking_series;
    alter table centers drop column booking_max_advance_days, drop column booking_min_notice_hours,
      drop column booking_max_hours, drop column booking_terms;
  `.execute(db);
}
