import { z } from 'zod';
import { APPLICATION_STATUSES } from '../../../db/enums.ts';
import { calendarDateSchema } from '../../../lib/time.ts';

export const applicationSchema = z.object({
  id: z.string(),
  offerId: z.string(),
  offerTitle: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  message: z.string().nullable(),
  appliedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  decisionReason: z.string().nullable(),
  totalHours: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Application = z.infer<typeof applicationSchema>;

export const applicationListSchema = z.object({ items: z.array(applicationSchema), nextCursor: z.null() });

export const applyBody = z
  .object({ volunteerId: z.string().max(100), message: z.string().trim().max(2000).optional() })
  .strict();
export type ApplyInput = z.infer<typeof applyBody>;

export const offerApplicationsQuery = z.object({ status: z.enum(APPLICATION_STATUSES).optional() }).strict();
export type OfferApplicationsQuery = z.infer<typeof offerApplicationsQuery>;

export const DECISIONS = ['accept', 'decline', 'complete'] as const;
export type Decision = (typeof DECISIONS)[number];

export const decisionBody = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .strict()
  .nullish();

// Hours

export const hoursSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  date: z.string(),
  hours: z.number(),
  note: z.string().nullable(),
  loggedBy: z.string().nullable(),
  createdAt: z.date(),
});
export type Hours = z.infer<typeof hoursSchema>;

export const logHoursBody = z
  .object({
    date: calendarDateSchema,
    hours: z.number().positive().max(24).multipleOf(0.25),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type LogHoursInput = z.infer<typeof logHoursBody>;

export const loggedHoursSchema = hoursSchema.extend({ dayTotal: z.number(), totalHours: z.number() });
export type LoggedHours = z.infer<typeof loggedHoursSchema>;

export const hoursListSchema = z.object({
  items: z.array(hoursSchema),
  totalHours: z.number(),
  nextCursor: z.null(),
});

// Documents

export const pdfResponse = (description: string) => ({
  200: {
    description,
    content: {
      'application/pdf': { schema: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }) },
    },
  },
});
