import { z } from 'zod';

export const analyticsSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  occupancy: z.array(
    z.object({
      weekday: z.number(),
      hour: z.number(),
      bookedHours: z.number(),
      openHours: z.number(),
      rate: z.number().nullable(),
    }),
  ),
  unmetDemand: z.object({
    refused: z.number(),
    rejected: z.number(),
    withdrawn: z.number(),
    byMonth: z.array(
      z.object({
        month: z.string(),
        refused: z.number(),
        rejected: z.number(),
        withdrawn: z.number(),
      }),
    ),
  }),
  districts: z.array(
    z.object({
      district: z.number().nullable(),
      name: z.string().nullable(),
      beneficiaries: z.number(),
    }),
  ),
  trends: z.array(
    z.object({
      month: z.string(),
      lendings: z.number(),
      people: z.number(),
      appointments: z.number(),
      attendances: z.number(),
    }),
  ),
});
export type Analytics = z.infer<typeof analyticsSchema>;
