import { z } from 'zod';
import { beneficiarySchema } from '../beneficiaries/beneficiaries.schema.ts';

/** GDPR art. 15/20: everything stored about a beneficiary. */
export const beneficiaryExportSchema = z.object({
  exportedAt: z.date(),
  beneficiary: beneficiarySchema.extend({
    notes: z.string().nullable(),
    createdBy: z.string().nullable(),
    erasedAt: z.date().nullable(),
  }),
  representatives: z.array(
    z.object({ id: z.string(), name: z.string(), email: z.string(), since: z.date() }),
  ),
  auditLog: z.array(
    z.object({
      id: z.string(),
      at: z.date(),
      actorId: z.string().nullable(),
      action: z.string(),
      fields: z.array(z.string()),
      reason: z.string().nullable(),
    }),
  ),
});
export type BeneficiaryExport = z.infer<typeof beneficiaryExportSchema>;
