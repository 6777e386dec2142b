import { z } from 'zod';
import { MAIL_STATUSES } from '../../db/enums.ts';
import { pageQuery } from '../../lib/pagination.ts';

export const outboxItemSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number(),
  lastError: z.string().nullable(),
  sentAt: z.date().nullable(),
  createdAt: z.date(),
  centerId: z.string().nullable().describe('The centre the message is from; null for account mail'),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number() })),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxQuery = z
  .object({
    to: z.string().max(254).optional(),
    status: z.enum(MAIL_STATUSES).optional(),
    centerId: z.string().max(100).optional(),
    ...pageQuery,
  })
  .strict();
export type OutboxQuery = z.infer<typeof outboxQuery>;
