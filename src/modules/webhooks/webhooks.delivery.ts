import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildMailInsert } from '../mail/index.ts';
import * as repo from './webhooks.repo.ts';

const DAY_MS = 24 * 3600_000;
/** The first retry after about 30 s, then twice as long each time, up to 2 hours apart. */
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 2 * 3600_000;
const RESPONSE_SNIPPET_BYTES = 1024;

export type DeliveryOptions = {
  /** The clock the schedule is decided by (tests move it); signatures carry the real time. */
  now?: Date;
  /** How long an endpoint has to answer. */
  timeoutMs?: number;
  batch?: number;
  /** Rounds of `batch` deliveries one run sends at most. */
  rounds?: number;
  /** For the jitter, 0..1. */
  random?: () => number;
  /** Failed attempts and disabled endpoints are logged (ids only: no address, no body). */
  log?: Logger;
};

type Logger = { warn: (object: object, message: string) => void };

/**
 * Standard Webhooks' signature: `v1,` and the base64 HMAC-SHA256, keyed with the secret's
 * base64 key (after `whsec_`), of `id.timestamp.body`.
 */
export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** How long to wait after the `attempt`-th failure: exponential, with half of it random (jitter). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const full = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), LONGEST_RETRY_MS);
  return Math.round(full / 2 + (random() * full) / 2);
}

/** Text PostgreSQL can store, at most `max` characters. */
function storable(text: string, max = RESPONSE_SNIPPET_BYTES): string {
  return text.replaceAll('\u0000', '').slice(0, max);
}

/** The start of an answer's body, read no further than needed. */
async function readSnippet(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < RESPONSE_SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return storable(new TextDecoder().decode(Buffer.concat(chunks).subarray(0, RESPONSE_SNIPPET_BYTES)));
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return storable(String(error));
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const detail = cause?.code ?? cause?.message;
  return storable(detail ? `${error.message}: ${detail}` : error.message);
}

/** One attempt: the signed POST and what came back. */
async function send(
  delivery: repo.ClaimedDelivery,
  now: Date,
  timeoutMs: number,
): Promise<repo.AttemptOutcome> {
  const body = JSON.stringify(delivery.payload);
  // The receiver compares the timestamp with its own clock: it is when the request leaves.
  const timestamp = Math.floor(Date.now() / 1000);
  const secrets = [
    delivery.secret,
    ...(delivery.previous_secret && delivery.previous_secret_until && delivery.previous_secret_until > now
      ? [delivery.previous_secret]
      : []),
  ];
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Civitas-Webhooks/1',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': secrets
          .map((secret) => signature(secret, delivery.id, timestamp, body))
          .join(' '),
      },
      body,
      // A redirect is an answer, not a place to send the event (it would leave the address the admin set).
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const snippet = await readSnippet(response).catch(() => '');
    return { at: now, statusCode: response.status, response: snippet, error: null, durationMs: elapsed() };
  } catch (error) {
    return { at: now, statusCode: null, response: null, error: describeError(error), durationMs: elapsed() };
  }
}

/**
 * The attempt's outcome, in one transaction: the delivery delivered, retried later or given up
 * (a day after its first failure), and the endpoint healthy, failing, or disabled after a day of
 * failures, with a mail to every admin through the outbox.
 */
async function settle(
  db: Kysely<DB>,
  delivery: repo.ClaimedDelivery,
  outcome: repo.AttemptOutcome,
  options: { random: () => number; log?: Logger },
): Promise<'delivered' | 'failed'> {
  const { random, log } = options;
  const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const now = outcome.at;
  await db.transaction().execute(async (trx) => {
    const claim = { id: delivery.id, attempt: delivery.attempts };
    if (ok) {
      if (await repo.recordAttempt(trx, claim, { ...outcome, status: 'delivered', retryAt: null })) {
        await repo.markEndpointHealthy(trx, delivery.endpoint_id);
      }
      return;
    }
    // A day of retries from the first failure, the last one at its end.
    const retryUntil = delivery.retry_until ?? new Date(now.getTime() + DAY_MS);
    const giveUp = now >= retryUntil;
    const retryAt = giveUp
      ? null
      : new Date(Math.min(now.getTime() + retryDelayMs(delivery.attempts, random), retryUntil.getTime()));
    const recorded = await repo.recordAttempt(trx, claim, {
      ...outcome,
      status: giveUp ? 'dead' : 'failed',
      retryAt,
      retryUntil,
    });
    if (!recorded) return;
    log?.warn(
      {
        deliveryId: delivery.id,
        webhookId: delivery.endpoint_id,
        requestId: delivery.request_id,
        attempt: delivery.attempts,
        statusCode: outcome.statusCode,
        error: outcome.error,
        retryAt,
      },
      'webhook: delivery failed',
    );
    const disabled = await repo.markEndpointFailing(
      trx,
      delivery.endpoint_id,
      now,
      new Date(now.getTime() - DAY_MS),
    );
    if (disabled) {
      log?.warn({ webhookId: disabled.id }, 'webhook: endpoint disabled after a day of failures');
      // One message per admin, in its language, written in one statement.
      const admins = await repo.selectAdminContacts(trx);
      if (admins.length > 0) {
        await buildMailInsert(
          trx,
          admins.map((admin) => ({
            to: admin.email,
            kind: 'webhook_disabled' as const,
            language: admin.language === 'en' ? ('en' as const) : ('pl' as const),
            data: {
              name: admin.name,
              url: disabled.url,
              webhookId: disabled.id,
              failingSince: disabled.failing_since,
            },
            centerId: null,
          })),
        ).execute();
      }
    }
  });
  return ok ? 'delivered' : 'failed';
}

/**
 * Sends the deliveries that are due: signed (Standard Webhooks), with a timeout; a 2xx answer
 * delivers, anything else is retried with exponential backoff and jitter for a day. Safe to
 * run from every server process at once: each attempt is claimed by one.
 */
export async function deliverDueWebhooks(
  db: Kysely<DB>,
  options: DeliveryOptions = {},
): Promise<{ delivered: number; failed: number }> {
  const now = options.now ?? new Date();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batch = options.batch ?? 20;
  const random = options.random ?? Math.random;
  const counts = { delivered: 0, failed: 0 };
  // The lease outlasts the timeout and the recording of the answer.
  const leaseSeconds = Math.ceil(timeoutMs / 1000) + 60;
  for (let round = 0; round < (options.rounds ?? 10); round++) {
    const claimed = await repo.claimDueDeliveries(db, now, batch, leaseSeconds);
    if (claimed.length === 0) break;
    // One per endpoint and resource: sending them side by side keeps each resource's order.
    const results = await Promise.all(
      claimed.map(async (delivery) =>
        settle(db, delivery, await send(delivery, now, timeoutMs), { random, log: options.log }),
      ),
    );
    for (const result of results) counts[result]++;
  }
  return counts;
}

/** How long finished deliveries stay listed (GET /api/webhooks/:id/deliveries). */
export const DELIVERY_RETENTION_DAYS = 30;

/** Forgets deliveries delivered or given up more than DELIVERY_RETENTION_DAYS ago. */
export function pruneDeliveries(db: Kysely<DB>, now = new Date()): Promise<number> {
  return repo.deleteFinishedDeliveries(db, new Date(now.getTime() - DELIVERY_RETENTION_DAYS * DAY_MS));
}
