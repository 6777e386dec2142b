import { type Kysely, type OperationNodeSource, type QueryCreator, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { currentRequestId } from '../../lib/request-context.ts';
import { deliveriesInsert, type NewDelivery } from './webhooks.repo.ts';
import type { WebhookEvent } from './webhooks.schema.ts';

/** What an event is about: deliveries of one resource reach an endpoint in the order they were made. */
function resourceOf(event: WebhookEvent): string {
  switch (event.type) {
    case 'booking.created':
    case 'booking.approved':
    case 'booking.rejected':
    case 'booking.cancelled':
    case 'booking.moved':
      return `booking:${event.data.bookingId}`;
    case 'registration.created':
    case 'registration.promoted':
    case 'registration.cancelled':
      return `registration:${event.data.registrationId}`;
    case 'beneficiary.erased':
      return `beneficiary:${event.data.beneficiaryId}`;
  }
}

/**
 * The body an endpoint receives: the event's type, when it happened, and ids only; and the
 * request that caused it, for following it across processes (not sent).
 */
export function toDelivery(event: WebhookEvent, at: Date): NewDelivery {
  return {
    type: event.type,
    resource: resourceOf(event),
    payload: { type: event.type, timestamp: at.toISOString(), data: { ...event.data } },
    requestId: currentRequestId(),
  };
}

/**
 * Queues these events for every active endpoint subscribed to them. Call it with the
 * transaction of the change it reports, so that the deliveries exist exactly when the change
 * committed (the same promise as the mail outbox).
 */
export async function enqueueEvent(
  db: Kysely<DB>,
  events: WebhookEvent | WebhookEvent[],
  at = new Date(),
): Promise<void> {
  const list = [events].flat();
  if (list.length > 0) await buildEventInsert(db, list, at).execute(db);
}

/**
 * The INSERT of these events' deliveries as a part of the change's own statement (a
 * data-modifying WITH), for a hot path that writes the change and its records in one round trip.
 */
export function buildEventInsert(db: QueryCreator<DB>, events: WebhookEvent[], at = new Date()) {
  return deliveriesInsert(
    db,
    events.map((event) => toDelivery(event, at)),
  );
}

/**
 * A change's own statement (an UPDATE or INSERT) with these events' deliveries inserted by a
 * data-modifying WITH of it: one round trip, one outcome. Its rows are the statement's.
 */
export function withEventDeliveries<R>(
  db: QueryCreator<DB>,
  events: WebhookEvent[],
  statement: OperationNodeSource,
  at = new Date(),
) {
  return sql<R>`with new_deliveries as (${buildEventInsert(db, events, at)}) ${statement}`;
}
