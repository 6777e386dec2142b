import { z } from 'zod';
import { calendarDateSchema } from '../../../lib/time.ts';

export const REPORTS_TAG = ['reports'];
/** Who reads reports, as the summaries of the routes say it. */
export const WHO_READS = ' (admin, observer; coordinators for their centres)';

/** A report's period: local days from..to, both included; one centre or the network. */
export const periodQuery = {
  from: calendarDateSchema,
  to: calendarDateSchema,
  centerId: z.string().max(100).optional(),
};
export const periodQuerySchema = z.object(periodQuery).strict();
export type ReportQuery = z.infer<typeof periodQuerySchema>;

const kindCount = z.object({ count: z.number(), participants: z.number() });
const average = z.record(z.string(), z.object({ count: z.number(), average: z.number() }));

export const summarySchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  centerIds: z.array(z.string()),
  beneficiaries: z.object({
    total: z.number(),
    organizations: z.number(),
    informalGroups: z.number(),
    individuals: z.number(),
  }),
  rooms: z.object({ lendings: z.number(), people: z.number(), hours: z.number() }),
  activities: z.object({
    count: z.number(),
    participants: z.number(),
    byKind: z.record(z.string(), kindCount),
  }),
  advice: z.object({ appointments: z.number(), hours: z.number(), byKind: z.record(z.string(), z.number()) }),
  volunteering: z.object({ offers: z.number(), placements: z.number(), hours: z.number() }),
  incubation: z.object({ initiatives: z.number(), byStage: z.record(z.string(), z.number()) }),
  feedback: z.object({ activities: average, advice: average }),
});
export type Summary = z.infer<typeof summarySchema>;

export const narrativeQuerySchema = z
  .object({ ...periodQuery, lang: z.enum(['pl', 'en']).optional() })
  .strict();
export const narrativeSchema = z.object({ lang: z.enum(['pl', 'en']), text: z.string() });
