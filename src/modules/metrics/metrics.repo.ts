import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Mail waiting in the outbox: how many, and how old the oldest is (seconds; 0 when none). */
export async function outboxBacklog(db: Kysely<DB>): Promise<{ pending: number; oldestSeconds: number }> {
  const row = await db
    .selectFrom('outbox')
    .where('status', '=', 'pending')
    .select([
      (eb) => eb.fn.countAll<number>().as('pending'),
      sql<number>`coalesce(extract(epoch from now() - min(created_at)), 0)::float8`.as('oldestSeconds'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), oldestSeconds: Number(row.oldestSeconds) };
}
