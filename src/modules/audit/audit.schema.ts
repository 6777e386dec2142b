import { z } from 'zod';
import { pageQuery } from '../../lib/pagination.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.date(),
  actor: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  centerId: z
    .string()
    .nullable()
    .describe('The centre what it records belongs to; null for the whole network'),
  fields: z.array(z.string()),
  reason: z.string().nullable(),
});
export type AuditLogEntry = z.infer<typeof auditEntrySchema>;

export const auditQuery = z
  .object({
    entity: z.string().max(50).optional(),
    entityId: z.string().max(100).optional(),
    centerId: z.string().max(100).optional(),
    ...pageQuery,
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuery>;
