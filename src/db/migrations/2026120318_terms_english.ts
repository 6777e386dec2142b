import { type Kysely, sql } from 'kysely';

// A centre's room-use terms in English beside the Polish ones, for members who use the site in
// English; without them the Polish terms are shown (and are the ones that bind).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table centers add column booking_terms_en text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table centers drop column booking_terms_en`.execute(db);
}
