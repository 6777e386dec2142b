import { type Kysely, sql } from 'kysely';

// The programme: the centre's own seminars, trainings, workshops, working groups, study visits,
// events and networking meetings. An activity has one session (one-off) or several (a series);
// a session in a room holds it through a row in `bookings` (kind 'activity'), so the one
// exclusion constraint of bookings keeps activities and lendings from overlapping.
// Registrations are counted under a row lock on the activity; `queue` orders the waitlist
// first in, first out (taken from a sequence inside the lock, so it follows the lock order).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table activities (
      id uuid primary key default gen_random_uuid(),
      center_id uuid not null references centers (id),
      kind text not null check (kind in ('seminar', 'training', 'workshop', 'working_group', 'study_visit', 'event', 'networking')),
      title text not null,
      description text,
      audience text,
      room_id uuid references rooms (id),
      capacity int check (capacity between 1 and 100000),
      start_at timestamptz not null,
      end_at timestamptz not null,
      rrule text,
      registration_opens_at timestamptz,
      registration_closes_at timestamptz,
      published boolean not null default true,
      status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
      cancel_reason text,
      cancelled_at timestamptz,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      check (end_at > start_at),
      check (registration_opens_at is null or registration_closes_at is null or registration_closes_at > registration_opens_at)
    );
    create index activities_start on activities (start_at, id);
    create index activities_center_start on activities (center_id, start_at);

    create table activity_sessions (
      id uuid primary key default gen_random_uuid(),
      activity_id uuid not null references activities (id),
      ordinal int not null check (ordinal >= 0),
      start_at timestamptz not null,
      end_at timestamptz not null,
      booking_id uuid references bookings (id),
      walk_ins int not null default 0 check (walk_ins >= 0),
      attendance_recorded_at timestamptz,
      reminder_sent_at timestamptz,
      check (end_at > start_at),
      unique (activity_id, ordinal)
    );
    create index activity_sessions_reminder_due on activity_sessions (start_at) where reminder_sent_at is null;

    create table activity_registrations (
      id uuid primary key default gen_random_uuid(),
      queue bigserial not null,
      activity_id uuid not null references activities (id),
      beneficiary_id uuid not null references beneficiaries (id),
      seats int not null check (seats between 1 and 1000),
      status text not null check (status in ('registered', 'waitlisted', 'cancelled')),
      registered_by uuid references users (id) on delete set null,
      promoted_at timestamptz,
      cancelled_at timestamptz,
      cancelled_by uuid references users (id) on delete set null,
      cancel_reason text,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    -- A beneficiary registers once per activity; after cancelling it may register again.
    create unique index activity_registrations_once on activity_registrations (activity_id, beneficiary_id)
      where status <> 'cancelled';
    create index activity_registrations_queue on activity_registrations (activity_id, status, queue);
    create index activity_registrations_beneficiary on activity_registrations (beneficiary_id);

    create table activity_attendance (
      session_id uuid not null references activity_sessions (id),
      registration_id uuid not null references activity_registrations (id),
      seats int not null check (seats >= 0),
      recorded_by uuid references users (id) on delete set null,
      recorded_at timestamptz not null default now(),
      primary key (session_id, registration_id)
    );
    create index activity_attendance_registration on activity_attendance (registration_id);

    create table activity_feedback (
      id uuid primary key default gen_random_uuid(),
      activity_id uuid not null references activities (id),
      registration_id uuid not null unique references activity_registrations (id),
      rating int not null check (rating between 1 and 5),
      comment text,
      given_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now()
    );
    create index activity_feedback_activity on activity_feedback (activity_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table activity_feedback, activity_attendance, activity_registrations, activity_sessions, activities;
  `.execute(db);
}
