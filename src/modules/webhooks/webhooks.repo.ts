import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { WebhookDeliveryStatus } from '../../db/enums.ts';
import type { DB } from '../../db/schema.ts';
import type { JsonDocument } from '../../db/types.ts';
import type { CursorKey } from '../../lib/pagination.ts';

// Endpoints

const endpointColumns = [
  'id',
  'url',
  'description',
  'events',
  'active',
  'disabled_at',
  'disabled_reason',
  'failing_since',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export function insertEndpoint(
  db: Kysely<DB>,
  endpoint: { url: string; events: string[]; secret: string; description: string | null; createdBy: string },
) {
  return db
    .insertInto('webhook_endpoints')
    .values({
      url: endpoint.url,
      events: endpoint.events,
      secret: endpoint.secret,
      description: endpoint.description,
      created_by: endpoint.createdBy,
    })
    .returning(endpointColumns)
    .executeTakeFirstOrThrow();
}

export type EndpointRow = Awaited<ReturnType<typeof insertEndpoint>>;

export function findEndpoint(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom('webhook_endpoints').select(endpointColumns).where('id', '=', id);
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export function selectEndpoints(db: Kysely<DB>, filter: { limit: number; after?: CursorKey }) {
  let query = db
    .selectFrom('webhook_endpoints')
    .select(endpointColumns)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(created_at, id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

export function updateEndpoint(
  db: Kysely<DB>,
  id: string,
  changes: {
    url?: string;
    events?: string[];
    description?: string | null;
    active?: boolean;
    disabledAt?: Date | null;
    disabledReason?: 'admin' | 'failing' | null;
    failingSince?: Date | null;
  },
) {
  return db
    .updateTable('webhook_endpoints')
    .set({
      ...(changes.url !== undefined && { url: changes.url }),
      ...(changes.events !== undefined && { events: changes.events }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.active !== undefined && { active: changes.active }),
      ...(changes.disabledAt !== undefined && { disabled_at: changes.disabledAt }),
      ...(changes.disabledReason !== undefined && { disabled_reason: changes.disabledReason }),
      ...(changes.failingSince !== undefined && { failing_since: changes.failingSince }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returning(endpointColumns)
    .executeTakeFirstOrThrow();
}

/** A new secret; the one it replaces keeps signing until `previousUntil`. */
export function rotateSecret(db: Kysely<DB>, id: string, secret: string, previousUntil: Date) {
  return db
    .updateTable('webhook_endpoints')
    .set((eb) => ({
      previous_secret: eb.ref('secret'),
      previous_secret_until: previousUntil,
      secret,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .returning(endpointColumns)
    .executeTakeFirstOrThrow();
}

export async function deleteEndpoint(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * An endpoint enabled again: what was queued for it is due now, with a new day of retries from
 * its next failure (its deliveries that had given up stay dead).
 */
export async function resumeQueue(db: Kysely<DB>, endpointId: string, now: Date) {
  await db
    .updateTable('webhook_deliveries')
    .set({ next_attempt_at: now, retry_until: null, locked_until: null })
    .where('endpoint_id', '=', endpointId)
    .where('status', 'in', ['pending', 'failed'])
    .execute();
}

// Deliveries: written with the change that caused them

export type NewDelivery = { type: string; resource: string; payload: JsonDocument; requestId: string | null };

/**
 * The INSERT of one delivery per active endpoint subscribed to each event, not yet run: on its
 * own (enqueueEvent) or as a part of the change's own statement (a data-modifying WITH). Rows
 * are numbered (seq) in the order of the events, which is the order they are sent in per
 * endpoint and resource.
 */
export function deliveriesInsert(_db: QueryCreator<DB>, events: NewDelivery[]) {
  const values = events.map(
    (event, index) =>
      sql`(${index}::int, ${event.type}::text, ${event.resource}::text, ${JSON.stringify(event.payload)}::jsonb, ${event.requestId}::text)`,
  );
  return sql`
    insert into webhook_deliveries (endpoint_id, event_type, resource, payload, request_id)
    select e.id, v.type, v.resource, v.payload, v.request_id
      from (values ${sql.join(values)}) as v (ord, type, resource, payload, request_id)
      join webhook_endpoints e on e.active and v.type = any (e.events)
     order by v.ord, e.id`;
}

/** A delivery to this endpoint alone (the test event), whatever it subscribes to and even disabled. */
export function insertDirectDelivery(db: Kysely<DB>, endpointId: string, delivery: NewDelivery) {
  return db
    .insertInto('webhook_deliveries')
    .values({
      endpoint_id: endpointId,
      event_type: delivery.type,
      resource: delivery.resource,
      payload: JSON.stringify(delivery.payload),
      request_id: delivery.requestId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

// Sending

export type ClaimedDelivery = {
  id: string;
  endpoint_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  payload: JsonDocument;
  attempts: number;
  retry_until: Date | null;
  request_id: string | null;
};

/**
 * Takes up to `limit` due deliveries for this sender, at most one per endpoint and resource:
 * the first one not yet delivered (a later one waits while an earlier is pending or failed).
 * `for update skip locked` and the lease (`locked_until`) make each attempt go to one sender,
 * however many server processes run; a sender that dies mid-way leaves the lease to expire,
 * and the delivery is tried again (at least once).
 */
export async function claimDueDeliveries(
  db: Kysely<DB>,
  now: Date,
  limit: number,
  leaseSeconds: number,
): Promise<ClaimedDelivery[]> {
  const { rows } = await sql<ClaimedDelivery>`
    with claimed as (
      update webhook_deliveries
         set locked_until = ${now}::timestamptz + make_interval(secs => ${leaseSeconds}),
             attempts = attempts + 1
       where id in (
         select d.id from webhook_deliveries d
           join webhook_endpoints e on e.id = d.endpoint_id and e.active
          where d.status in ('pending', 'failed') and d.next_attempt_at <= ${now}
            and (d.locked_until is null or d.locked_until < ${now})
            and not exists (
              select from webhook_deliveries earlier
               where earlier.endpoint_id = d.endpoint_id and earlier.resource = d.resource
                 and earlier.seq < d.seq and earlier.status in ('pending', 'failed'))
          order by d.seq
          limit ${limit}
          for update of d skip locked)
      returning id, endpoint_id, payload, attempts, retry_until, request_id, seq)
    select c.id, c.endpoint_id, e.url, e.secret, e.previous_secret, e.previous_secret_until,
           c.payload, c.attempts, c.retry_until, c.request_id
      from claimed c join webhook_endpoints e on e.id = c.endpoint_id
     order by c.seq
  `.execute(db);
  return rows;
}

export type AttemptOutcome = {
  at: Date;
  statusCode: number | null;
  response: string | null;
  error: string | null;
  durationMs: number;
};

/**
 * The attempt and its outcome on the delivery: delivered, failed (tried again at retryAt) or
 * dead (retryAt null). Only while this sender's claim holds (the attempt number is still
 * ours): a late answer after the lease expired and another sender took over changes nothing.
 */
export async function recordAttempt(
  db: Kysely<DB>,
  delivery: { id: string; attempt: number },
  outcome: AttemptOutcome & {
    status: WebhookDeliveryStatus;
    retryAt: Date | null;
    /** The last retry: a day after the first failure. */
    retryUntil?: Date;
  },
): Promise<boolean> {
  const updated = await db
    .updateTable('webhook_deliveries')
    .set({
      status: outcome.status,
      locked_until: null,
      last_status_code: outcome.statusCode,
      last_response: outcome.response,
      last_error: outcome.error,
      ...(outcome.status === 'delivered' && { delivered_at: outcome.at }),
      ...(outcome.retryAt && { next_attempt_at: outcome.retryAt }),
      ...(outcome.retryUntil && { retry_until: outcome.retryUntil }),
    })
    .where('id', '=', delivery.id)
    .where('attempts', '=', delivery.attempt)
    .where('status', 'in', ['pending', 'failed'])
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await db
    .insertInto('webhook_attempts')
    .values({
      delivery_id: delivery.id,
      attempt: delivery.attempt,
      at: outcome.at,
      status_code: outcome.statusCode,
      response: outcome.response,
      error: outcome.error,
      duration_ms: outcome.durationMs,
    })
    .execute();
  return true;
}

export async function markEndpointHealthy(db: Kysely<DB>, endpointId: string) {
  await db
    .updateTable('webhook_endpoints')
    .set({ failing_since: null })
    .where('id', '=', endpointId)
    .where('failing_since', 'is not', null)
    .execute();
}

/**
 * A failed attempt on the endpoint: failing from now if it was not already; disabled when it
 * has failed since `disableBefore` or earlier. Returns the endpoint when this call disabled it
 * (once, whichever process gets there).
 */
export async function markEndpointFailing(
  db: Kysely<DB>,
  endpointId: string,
  now: Date,
  disableBefore: Date,
) {
  const { rows } = await sql<{ id: string; url: string; failing_since: Date; disabled: boolean }>`
    with before as (select id, active from webhook_endpoints where id = ${endpointId} for update)
    update webhook_endpoints e
       set failing_since = coalesce(e.failing_since, ${now}),
           active = e.active and coalesce(e.failing_since, ${now}) > ${disableBefore},
           disabled_at = case when e.active and coalesce(e.failing_since, ${now}) <= ${disableBefore}
                              then ${now} else e.disabled_at end,
           disabled_reason = case when e.active and coalesce(e.failing_since, ${now}) <= ${disableBefore}
                                  then 'failing' else e.disabled_reason end
      from before
     where e.id = before.id
    returning e.id, e.url, e.failing_since, (before.active and not e.active) as disabled
  `.execute(db);
  const row = rows[0];
  return row?.disabled ? row : undefined;
}

/** The admins to tell about an endpoint Civitas disabled, in the language each reads. */
export function selectAdminContacts(db: Kysely<DB>) {
  return db
    .selectFrom('users')
    .select(['email', 'name', 'language'])
    .where(sql<boolean>`'admin' = any(roles)`)
    .where('disabled', '=', false)
    .orderBy('email')
    .execute();
}

/** Deliveries done with (delivered or given up) and made before `before`, with their attempts. */
export async function deleteFinishedDeliveries(db: Kysely<DB>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('webhook_deliveries')
    .where('status', 'in', ['delivered', 'dead'])
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// Listing deliveries with their attempts

type AttemptJson = {
  attempt: number;
  at: string;
  status_code: number | null;
  response: string | null;
  error: string | null;
  duration_ms: number;
};

export function selectDeliveries(
  db: Kysely<DB>,
  filter: {
    endpointId: string;
    /** One delivery only. */
    id?: string;
    status?: WebhookDeliveryStatus;
    limit: number;
    /** After the delivery with this seq (newest first: seq desc). */
    afterSeq?: number;
  },
) {
  let query = db
    .selectFrom('webhook_deliveries as d')
    .select([
      'd.id',
      'd.seq',
      'd.event_type',
      'd.resource',
      'd.payload',
      'd.status',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_status_code',
      'd.last_response',
      'd.last_error',
      'd.request_id',
      'd.created_at',
      'd.delivered_at',
      sql<AttemptJson[]>`coalesce(
        (select json_agg(json_build_object('attempt', a.attempt, 'at', a.at, 'status_code', a.status_code,
                                           'response', a.response, 'error', a.error,
                                           'duration_ms', a.duration_ms) order by a.attempt, a.id)
           from webhook_attempts a where a.delivery_id = d.id),
        '[]')`.as('attempt_log'),
    ])
    .where('d.endpoint_id', '=', filter.endpointId)
    // The order they were made in (and are sent in, per resource), newest first.
    .orderBy('d.seq', 'desc')
    .limit(filter.limit + 1);
  if (filter.id) query = query.where('d.id', '=', filter.id);
  if (filter.status) query = query.where('d.status', '=', filter.status);
  if (filter.afterSeq !== undefined) query = query.where('d.seq', '<', filter.afterSeq);
  return query.execute();
}

export type DeliveryRow = Awaited<ReturnType<typeof selectDeliveries>>[number];
