import { type Kysely, sql } from 'kysely';

// Advice: consulting, coaching and mentoring. Appointments of one advisor never overlap while
// booked or completed (an exclusion constraint, whatever the concurrency); availability
// windows of one advisor never overlap either. Coaching and mentoring run as engagements of
// several appointments with agreed goals.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table advisors (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null unique references users (id),
      specialties text[] not null default '{}',
      bio text,
      active boolean not null default true,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    create index advisors_created on advisors (created_at desc, id desc);

    create table advisor_centers (
      advisor_id uuid not null references advisors (id) on delete cascade,
      center_id uuid not null references centers (id),
      primary key (advisor_id, center_id)
    );

    create table advisor_availability (
      id uuid primary key default gen_random_uuid(),
      advisor_id uuid not null references advisors (id),
      center_id uuid not null references centers (id),
      start_at timestamptz not null,
      end_at timestamptz not null,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      check (end_at > start_at),
      constraint advisor_availability_no_overlap exclude using gist (
        advisor_id with =,
        tstzrange(start_at, end_at, '[)') with &&
      )
    );

    create table engagements (
      id uuid primary key default gen_random_uuid(),
      advisor_id uuid not null references advisors (id),
      beneficiary_id uuid not null references beneficiaries (id),
      kind text not null check (kind in ('coaching', 'mentoring')),
      title text,
      status text not null default 'active' check (status in ('active', 'closed')),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    create index engagements_advisor on engagements (advisor_id, created_at);
    create index engagements_beneficiary on engagements (beneficiary_id, created_at);

    create table engagement_goals (
      id uuid primary key default gen_random_uuid(),
      engagement_id uuid not null references engagements (id),
      ordinal int not null check (ordinal >= 0),
      title text not null,
      progress int not null default 0 check (progress between 0 and 100),
      status text not null default 'open' check (status in ('open', 'achieved', 'dropped')),
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      unique (engagement_id, ordinal)
    );

    create table appointments (
      id uuid primary key default gen_random_uuid(),
      advisor_id uuid not null references advisors (id),
      beneficiary_id uuid not null references beneficiaries (id),
      center_id uuid not null references centers (id),
      engagement_id uuid references engagements (id),
      kind text not null check (kind in ('consulting', 'coaching', 'mentoring')),
      topic text not null,
      start_at timestamptz not null,
      end_at timestamptz not null,
      status text not null default 'booked' check (status in ('booked', 'completed', 'cancelled', 'no_show')),
      notes text,
      cancel_reason text,
      booked_by uuid references users (id) on delete set null,
      decided_by uuid references users (id) on delete set null,
      decided_at timestamptz,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      check (end_at > start_at),
      constraint appointments_no_overlap exclude using gist (
        advisor_id with =,
        tstzrange(start_at, end_at, '[)') with &&
      ) where (status in ('booked', 'completed'))
    );
    create index appointments_start on appointments (start_at, id);
    create index appointments_advisor_start on appointments (advisor_id, start_at);
    create index appointments_beneficiary_start on appointments (beneficiary_id, start_at);
    create index appointments_center_start on appointments (center_id, start_at);
    create index appointments_engagement on appointments (engagement_id, start_at);

    create table appointment_feedback (
      id uuid primary key default gen_random_uuid(),
      appointment_id uuid not null unique references appointments (id),
      rating int not null check (rating between 1 and 5),
      comment text,
      given_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table appointment_feedback, appointments, engagement_goals, engagements, advisor_availability,
      advisor_centers, advisors;
  `.execute(db);
}
