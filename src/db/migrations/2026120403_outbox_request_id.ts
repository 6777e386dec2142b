import { type Kysely, sql } from 'kysely';

// The request that wrote a message to the outbox (its X-Request-Id), so that a message sent later
// by any server process can be followed back to the request that caused it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outbox add column request_id text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outbox drop column request_id`.execute(db);
}
