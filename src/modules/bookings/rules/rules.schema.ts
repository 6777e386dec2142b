import { z } from 'zod';

/** A centre's room-use rules for members' requests, with the terms they accept. */
export const bookingRulesSchema = z.object({
  maxAdvanceDays: z.number(),
  minNoticeHours: z.number(),
  maxHours: z.number(),
  terms: z.string().describe('The terms in Polish: the ones a member accepts'),
  termsEn: z
    .string()
    .nullable()
    .describe('The same terms in English for the English site; null: the Polish ones are shown'),
});

export type BookingRules = z.infer<typeof bookingRulesSchema>;

export const bookingRulesChanges = z
  .object({
    maxAdvanceDays: z.number().int().min(1).max(730).optional(),
    minNoticeHours: z.number().int().min(0).max(720).optional(),
    maxHours: z.number().int().min(1).max(24).optional(),
    terms: z.string().trim().min(1).max(20_000).optional(),
    termsEn: z.string().trim().max(20_000).nullable().optional().describe('Empty or null: none'),
  })
  .strict();

export type BookingRulesChanges = z.infer<typeof bookingRulesChanges>;
