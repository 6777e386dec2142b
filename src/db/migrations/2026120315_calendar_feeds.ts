import { type Kysely, sql } from 'kysely';

// Calendar feeds: an organizer may mark its meeting public, so that its title shows in the public
// feeds (otherwise a lending is busy time with a neutral title); each staff member may have a
// private feed of its centres at a secret address, of which only the SHA-256 is stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table bookings add column title_public boolean not null default false;
    alter table users add column feed_token_hash text unique;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users drop column feed_token_hash;
    alter table bookings drop column title_public;
  `.execute(db);
}
