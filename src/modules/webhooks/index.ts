/** Webhooks: endpoints, the deliveries outbox and its sender. Other modules import only this file. */
export { deliverDueWebhooks, pruneDeliveries } from './webhooks.delivery.ts';
export { buildEventInsert, enqueueEvent, withEventDeliveries } from './webhooks.events.ts';
export { webhooksRoutes } from './webhooks.routes.ts';
export type { WebhookEvent } from './webhooks.schema.ts';
