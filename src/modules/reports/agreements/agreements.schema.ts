import { z } from 'zod';
import { calendarDateSchema } from '../../../lib/time.ts';

export const agreementSchema = z.object({
  id: z.string(),
  centerId: z.string().nullable(),
  title: z.string(),
  operator: z.string(),
  funder: z.string(),
  from: z.string(),
  to: z.string(),
  targets: z.record(z.string(), z.number()),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementBody = z
  .object({
    centerId: z.string().max(100).nullable().optional(),
    title: z.string().trim().min(1).max(300),
    operator: z.string().trim().min(1).max(300),
    funder: z.string().trim().min(1).max(300),
    from: calendarDateSchema,
    to: calendarDateSchema,
    targets: z.record(z.string().max(100), z.number().min(0).max(100_000_000)),
  })
  .strict();
export type AgreementInput = z.infer<typeof agreementBody>;

export const agreementChangesBody = agreementBody.partial().strict();

export const agreementListSchema = z.object({ items: z.array(agreementSchema), nextCursor: z.null() });

export const indicatorsQuery = z
  .object({
    centerId: z.string().max(100).optional(),
    agreementId: z.string().max(100).optional(),
    from: calendarDateSchema
      .optional()
      .describe("With to: the actual figures over these local days (default: each agreement's own period)"),
    to: calendarDateSchema.optional(),
  })
  .strict();

export const indicatorsSchema = z.object({
  items: z.array(
    z.object({
      agreement: agreementSchema,
      period: z
        .object({ from: z.string(), to: z.string() })
        .describe('The local days the actual figures are counted over'),
      indicators: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          target: z.number(),
          actual: z.number(),
          percent: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type Indicators = z.infer<typeof indicatorsSchema>;
