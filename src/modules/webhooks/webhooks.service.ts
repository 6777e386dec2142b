import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { WebhookEventType } from '../../db/enums.ts';
import type { DB } from '../../db/schema.ts';
import { msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, invalidCursor, type Page, toPage } from '../../lib/pagination.ts';
import { type Actor, authorize } from '../../lib/policy.ts';
import { currentRequestId } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './webhooks.repo.ts';
import {
  type CreateWebhookInput,
  type Delivery,
  type DeliveryListQuery,
  PING_EVENT,
  type UpdateWebhookInput,
  type Webhook,
  type WebhookListQuery,
  type WebhookWithSecret,
} from './webhooks.schema.ts';

const WEBHOOK = msg('Webhook', 'webhook');
/** After a rotation, deliveries are signed with the old secret too for this long (Standard Webhooks). */
const PREVIOUS_SECRET_HOURS = 24;

/** A new secret: `whsec_` and 32 random bytes, base64. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function toWebhook(row: repo.EndpointRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEventType[],
    active: row.active,
    disabledAt: row.disabled_at,
    disabledReason: row.disabled_reason,
    failingSince: row.failing_since,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDeliveryItem(row: repo.DeliveryRow): Delivery {
  const waiting = row.status === 'pending' || row.status === 'failed';
  return {
    id: row.id,
    eventType: row.event_type,
    resource: row.resource,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: waiting ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code,
    lastResponse: row.last_response,
    lastError: row.last_error,
    requestId: row.request_id,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    attemptLog: row.attempt_log.map((attempt) => ({
      attempt: attempt.attempt,
      at: new Date(attempt.at),
      statusCode: attempt.status_code,
      response: attempt.response,
      error: attempt.error,
      durationMs: attempt.duration_ms,
    })),
  };
}

async function loadEndpoint(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  const row = isId(id) ? await repo.findEndpoint(db, id, options) : undefined;
  if (!row) throw notFound(WEBHOOK);
  return row;
}

export async function createWebhook(
  db: Kysely<DB>,
  actor: Actor | null,
  input: CreateWebhookInput,
): Promise<WebhookWithSecret> {
  authorize(actor, 'webhook.manage');
  const secret = input.secret ?? newSecret();
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertEndpoint(trx, {
      url: input.url,
      events: input.events,
      secret,
      description: input.description ?? null,
      createdBy: actor.id,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'webhook_endpoint',
      entityId: row.id,
      fields: ['url', 'events', 'secret', ...(input.description ? ['description'] : [])],
    });
    return { ...toWebhook(row), secret };
  });
}

export async function listWebhooks(
  db: Kysely<DB>,
  actor: Actor | null,
  query: WebhookListQuery,
): Promise<Page<Webhook>> {
  authorize(actor, 'webhook.read');
  const rows = await repo.selectEndpoints(db, { limit: query.limit, after: decodeCursor(query.cursor) });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), toWebhook);
}

export async function getWebhook(db: Kysely<DB>, actor: Actor | null, id: string): Promise<Webhook> {
  authorize(actor, 'webhook.read');
  return toWebhook(await loadEndpoint(db, id));
}

/**
 * Changes an endpoint. Disabling keeps what is queued for it; enabling it again (after an
 * admin or a day of failures disabled it) resumes that queue, in order, with a new day of retries.
 */
export async function updateWebhook(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: UpdateWebhookInput,
  now = new Date(),
): Promise<Webhook> {
  authorize(actor, 'webhook.manage');
  return db.transaction().execute(async (trx) => {
    const current = await loadEndpoint(trx, id, { forUpdate: true });
    const enabling = input.active === true && !current.active;
    const disabling = input.active === false && current.active;
    const row = await repo.updateEndpoint(trx, current.id, {
      url: input.url,
      events: input.events,
      description: input.description,
      ...(enabling && { active: true, disabledAt: null, disabledReason: null, failingSince: null }),
      ...(disabling && { active: false, disabledAt: now, disabledReason: 'admin' as const }),
    });
    if (enabling) await repo.resumeQueue(trx, current.id, now);
    const fields = [
      ...(input.url !== undefined ? ['url'] : []),
      ...(input.events !== undefined ? ['events'] : []),
      ...(input.description !== undefined ? ['description'] : []),
      ...(enabling || disabling ? ['active'] : []),
    ];
    if (fields.length > 0) {
      await recordAudit(trx, {
        actorId: actor.id,
        action: enabling ? 'enable' : disabling ? 'disable' : 'update',
        entity: 'webhook_endpoint',
        entityId: current.id,
        fields,
      });
    }
    return toWebhook(row);
  });
}

/** A new secret; the old one keeps signing (a second signature) for a day, so receivers can switch. */
export async function rotateWebhookSecret(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  now = new Date(),
): Promise<WebhookWithSecret> {
  authorize(actor, 'webhook.manage');
  const secret = newSecret();
  return db.transaction().execute(async (trx) => {
    const current = await loadEndpoint(trx, id, { forUpdate: true });
    const row = await repo.rotateSecret(
      trx,
      current.id,
      secret,
      new Date(now.getTime() + PREVIOUS_SECRET_HOURS * 3600_000),
    );
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'rotate_secret',
      entity: 'webhook_endpoint',
      entityId: current.id,
      fields: ['secret'],
    });
    return { ...toWebhook(row), secret };
  });
}

export async function deleteWebhook(db: Kysely<DB>, actor: Actor | null, id: string): Promise<void> {
  authorize(actor, 'webhook.manage');
  await db.transaction().execute(async (trx) => {
    const current = await loadEndpoint(trx, id, { forUpdate: true });
    await repo.deleteEndpoint(trx, current.id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'webhook_endpoint',
      entityId: current.id,
      fields: [],
    });
  });
}

/** Queues the test event (webhook.ping) for this endpoint; the job sends it like any other. */
export async function sendTestEvent(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  now = new Date(),
): Promise<Delivery> {
  authorize(actor, 'webhook.manage');
  const endpoint = await loadEndpoint(db, id);
  const { id: deliveryId } = await repo.insertDirectDelivery(db, endpoint.id, {
    type: PING_EVENT,
    resource: `webhook:${endpoint.id}`,
    payload: { type: PING_EVENT, timestamp: now.toISOString(), data: { webhookId: endpoint.id } },
    requestId: currentRequestId(),
  });
  const [row] = await repo.selectDeliveries(db, { endpointId: endpoint.id, id: deliveryId, limit: 1 });
  return toDeliveryItem(row as repo.DeliveryRow);
}

export async function listDeliveries(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  query: DeliveryListQuery,
): Promise<Page<Delivery>> {
  authorize(actor, 'webhook.read');
  const endpoint = await loadEndpoint(db, id);
  const rows = await repo.selectDeliveries(db, {
    endpointId: endpoint.id,
    status: query.status,
    limit: query.limit,
    afterSeq: decodeSeqCursor(query.cursor),
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toDeliveryItem),
    nextCursor:
      rows.length > query.limit && last ? Buffer.from(String(last.seq)).toString('base64url') : null,
  };
}

function decodeSeqCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const value = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(value) || value < 0) throw invalidCursor();
  return value;
}
