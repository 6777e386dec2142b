import { type Kysely, sql } from 'kysely';

// Accounts people can recover and look after: single-use links (a password reset), only their
// hashes stored; sessions get an id and the browser that opened them, so a user can list them
// and end them ("sign out everywhere").
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table account_links (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      purpose text not null check (purpose in ('password_reset')),
      token_hash text not null unique,
      created_at timestamptz(3) not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index account_links_user on account_links (user_id, purpose, created_at);

    alter table sessions add column id uuid not null default gen_random_uuid();
    create unique index sessions_id on sessions (id);
    alter table sessions add column user_agent text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sessions drop column user_agent;
    alter table sessions drop column id;
    drop table account_links;
  `.execute(db);
}
