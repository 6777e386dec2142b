import { z } from 'zod';

/** A centre's room-use rules for members' requests, with the terms they accept. */
export const bookingRulesSchema = z.object({
  maxAdvanceDays: z.number(),
  minNoticeHours: z.number(),
  maxHours: z.number(),
  terms: z.string(),
});

export type BookingRules = z.infer<typeof bookingRulesSchema>;

export const bookingRulesChanges = z
  .object({
    maxAdvanceDays: z.number().int().min(1).max(730).optional(),
    minNoticeHours: z.number().int().min(0).max(720).optional(),
    maxHours: z.number().int().min(1).max(24).optional(),
    terms: z.string().trim().min(1).max(20_000).optional(),
  })
  .strict();

export type BookingRulesChanges = z.infer<typeof bookingRulesChanges>;
