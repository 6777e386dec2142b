import { type Kysely, sql } from 'kysely';

// Registry upkeep. A merged beneficiary's row goes, its id stays as an alias of the record it was
// merged into (so that old links can be followed); pairs that staff judged not to be duplicates
// are kept out of the list of likely duplicates, stored once with the smaller id first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table beneficiary_aliases (
      old_id uuid primary key,
      beneficiary_id uuid not null references beneficiaries (id) on delete cascade,
      merged_by uuid references users (id) on delete set null,
      merged_at timestamptz not null default now()
    );
    create index beneficiary_aliases_beneficiary on beneficiary_aliases (beneficiary_id);

    create table beneficiary_dismissed_pairs (
      a uuid not null references beneficiaries (id) on delete cascade,
      b uuid not null references beneficiaries (id) on delete cascade,
      dismissed_by uuid references users (id) on delete set null,
      dismissed_at timestamptz not null default now(),
      primary key (a, b),
      check (a < b)
    );
    create index beneficiary_dismissed_pairs_b on beneficiary_dismissed_pairs (b);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table beneficiary_dismissed_pairs;
    drop table beneficiary_aliases;
  `.execute(db);
}
