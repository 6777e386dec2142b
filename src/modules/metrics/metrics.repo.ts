import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export type Backlog = { pending: number; oldestSeconds: number };

/**
 * What waits to leave, read in one statement at scrape time: mail in the outbox not yet sent,
 * and webhook deliveries to enabled endpoints not yet delivered nor given up (pending, or
 * failed and waiting for a retry; a disabled endpoint's queue waits for an admin, not for
 * Civitas). Each: how many, and how old the oldest is (seconds; 0 when none).
 */
export async function readBacklogs(db: Kysely<DB>): Promise<{ outbox: Backlog; webhooks: Backlog }> {
  const { rows } = await sql<{
    outbox_pending: number;
    outbox_oldest: number;
    webhooks_pending: number;
    webhooks_oldest: number;
  }>`
    select mail.pending as outbox_pending, mail.oldest as outbox_oldest,
           hooks.pending as webhooks_pending, hooks.oldest as webhooks_oldest
      from (select count(*)::int as pending,
                   coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest
              from outbox
             where status = 'pending') as mail,
           (select count(*)::int as pending,
                   coalesce(extract(epoch from now() - min(d.created_at)), 0)::float8 as oldest
              from webhook_deliveries d
              join webhook_endpoints e on e.id = d.endpoint_id and e.active
             where d.status in ('pending', 'failed')) as hooks`.execute(db);
  const row = rows[0];
  return {
    outbox: { pending: Number(row?.outbox_pending ?? 0), oldestSeconds: Number(row?.outbox_oldest ?? 0) },
    webhooks: {
      pending: Number(row?.webhooks_pending ?? 0),
      oldestSeconds: Number(row?.webhooks_oldest ?? 0),
    },
  };
}
