import { z } from 'zod';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_DISABLED_REASONS,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../../db/enums.ts';
import { pageQuery } from '../../lib/pagination.ts';

export const WEBHOOKS_TAG = ['webhooks'];

/** The test event (POST /api/webhooks/:id/test): sent to that endpoint alone, whatever it subscribes to. */
export const PING_EVENT = 'webhook.ping';

/**
 * An endpoint's address: http or https, with a host, without credentials (they would be stored
 * and shown in clear; an endpoint authenticates Civitas by the signature) or a fragment.
 */
export const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'expected an absolute http or https URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      context.addIssue({ code: 'custom', message: 'expected an http or https URL' });
    } else if (url.username || url.password) {
      context.addIssue({
        code: 'custom',
        message: 'the URL must not contain a user name or password; the signature authenticates Civitas',
      });
    } else if (url.hash) {
      context.addIssue({ code: 'custom', message: 'the URL must not have a fragment (#...)' });
    } else if (!url.hostname) {
      context.addIssue({ code: 'custom', message: 'expected a host' });
    }
  });

/**
 * A secret in the Standard Webhooks form: `whsec_` and the base64 of 24 to 64 random bytes
 * (the HMAC-SHA256 key).
 */
export const webhookSecret = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'expected whsec_ followed by a base64 key')
  .refine((value) => {
    const bytes = Buffer.from(value.slice('whsec_'.length), 'base64').length;
    return bytes >= 24 && bytes <= 64;
  }, 'the key (after whsec_) must be 24 to 64 bytes, base64-encoded');

const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((list) => [...new Set(list)])
  .describe('The events to receive');

export const createWebhookBody = z
  .object({
    url: webhookUrl,
    events,
    secret: webhookSecret
      .optional()
      .describe('Your own secret; by default Civitas makes one (returned once, in this answer)'),
    description: z.string().trim().max(500).optional(),
  })
  .strict();
export type CreateWebhookInput = z.infer<typeof createWebhookBody>;

export const updateWebhookBody = z
  .object({
    url: webhookUrl.optional(),
    events: events.optional(),
    description: z.string().trim().max(500).nullable().optional(),
    active: z
      .boolean()
      .optional()
      .describe(
        'false disables the endpoint; true enables it again and resumes what is queued for it, in order',
      ),
  })
  .strict();
export type UpdateWebhookInput = z.infer<typeof updateWebhookBody>;

export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  active: z.boolean(),
  disabledAt: z.date().nullable(),
  disabledReason: z
    .enum(WEBHOOK_DISABLED_REASONS)
    .nullable()
    .describe('failing: a day of failed deliveries; admin: disabled by an admin'),
  failingSince: z.date().nullable().describe('The first failed delivery since the last one that succeeded'),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** An endpoint with its secret: the answer to creating one and to rotating its secret, never again. */
export const webhookWithSecretSchema = webhookSchema.extend({
  secret: z.string().describe('whsec_ and the base64 key; verify webhook-signature with it'),
});
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;

export const webhookListQuery = z.object({ ...pageQuery }).strict();
export type WebhookListQuery = z.infer<typeof webhookListQuery>;

export const deliveryListQuery = z
  .object({ status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(), ...pageQuery })
  .strict();
export type DeliveryListQuery = z.infer<typeof deliveryListQuery>;

export const attemptSchema = z.object({
  attempt: z.number(),
  at: z.date(),
  statusCode: z.number().nullable().describe("The endpoint's HTTP status; null when no answer came"),
  response: z.string().nullable().describe('The start of the answer (at most 1 KiB)'),
  error: z.string().nullable().describe('Why no answer came (timeout, refused connection, ...)'),
  durationMs: z.number(),
});

export const deliverySchema = z.object({
  id: z.string().describe('Sent as webhook-id: the same in every attempt'),
  eventType: z.string(),
  resource: z.string().describe('What the event is about; deliveries of one resource arrive in order'),
  payload: z.record(z.string(), z.unknown()).describe('The body sent: {type, timestamp, data} with ids only'),
  status: z
    .enum(WEBHOOK_DELIVERY_STATUSES)
    .describe('pending: not tried yet; failed: retried at nextAttemptAt; dead: given up after a day'),
  attempts: z.number(),
  nextAttemptAt: z.date().nullable(),
  lastStatusCode: z.number().nullable(),
  lastResponse: z.string().nullable(),
  lastError: z.string().nullable(),
  requestId: z.string().nullable().describe('The request that caused the event'),
  createdAt: z.date(),
  deliveredAt: z.date().nullable(),
  attemptLog: z.array(attemptSchema).describe('Every attempt, first to last, with the answer'),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const idParams = z.object({ id: z.string().max(100) }).strict();

/** What each event's data holds: ids, never names, addresses or other personal data. */
export type WebhookEvent =
  | {
      type: Extract<WebhookEventType, `booking.${string}`>;
      data: { bookingId: string; centerId: string; roomId: string; beneficiaryId: string | null };
    }
  | {
      type: Extract<WebhookEventType, `registration.${string}`>;
      data: { registrationId: string; activityId: string; centerId: string; beneficiaryId: string };
    }
  | { type: 'beneficiary.erased'; data: { beneficiaryId: string } };
