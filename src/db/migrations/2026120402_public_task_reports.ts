import { type Kysely, sql } from 'kysely';

// The statutory report on a public task (sprawozdanie z wykonania zadania publicznego) as a
// draft: the figures taken from the data when it was made or refreshed (data), the fields people
// write (fields: narrative, expenses, additional information), and a revision for edits.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table public_task_reports (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references funding_agreements (id) on delete restrict,
      center_id uuid references centers (id),
      period_from date not null,
      period_to date not null,
      type text not null check (type in ('partial', 'final')),
      data jsonb not null,
      fields jsonb not null default '{}',
      computed_at timestamptz not null default now(),
      revision int not null default 1,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      check (period_to >= period_from)
    );
    create index public_task_reports_created on public_task_reports (created_at desc, id desc);
    create index public_task_reports_agreement on public_task_reports (agreement_id, created_at desc, id desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table public_task_reports`.execute(db);
}
