import { type Kysely, sql } from 'kysely';

// How accessible each centre's building is (entrance, lift, toilets, parking, induction loop):
// the accessibility statement public bodies must publish describes it per building.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table centers add column accessibility text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table centers drop column accessibility`.execute(db);
}
