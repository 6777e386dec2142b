import { type Kysely, sql } from 'kysely';

// Spreadsheet imports of a centre's existing records. An import is checked first (the dry run):
// the parsed rows and what each would become (created, a duplicate, an error) are kept here with
// the file's SHA-256, and nothing else is written. Committing writes exactly that plan, once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table imports (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('beneficiaries', 'bookings', 'attendance', 'volunteers')),
      center_id uuid references centers (id),
      status text not null default 'checked' check (status in ('checked', 'committed')),
      filename text not null,
      file_sha256 text not null,
      row_count int not null check (row_count >= 0),
      to_create int not null check (to_create >= 0),
      duplicate_count int not null check (duplicate_count >= 0),
      error_count int not null check (error_count >= 0),
      plan jsonb not null,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      committed_by uuid references users (id) on delete set null,
      committed_at timestamptz,
      created int check (created >= 0),
      skipped int check (skipped >= 0)
    );
    create index imports_created on imports (created_at desc, id desc);
    create index imports_center_created on imports (center_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table imports`.execute(db);
}
