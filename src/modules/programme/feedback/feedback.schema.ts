import { z } from 'zod';
import { ACTIVITY_KINDS, APPOINTMENT_KINDS } from '../../../db/enums.ts';
import { calendarDateSchema } from '../../../lib/time.ts';
import { averageSchema, id } from '../activities/activities.schema.ts';
import type { FeedbackRow } from './feedback.repo.ts';

export const feedbackBody = z
  .object({
    registrationId: id,
    rating: z.number().int().min(1).max(5),
    comment: z.string().max(2000).optional(),
  })
  .strict();
export type FeedbackInput = z.infer<typeof feedbackBody>;

export const feedbackSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  registrationId: z.string(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  createdAt: z.date(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const feedbackSummaryQuery = z
  .object({ centerId: id.optional(), from: calendarDateSchema, to: calendarDateSchema })
  .strict();
export type FeedbackSummaryQuery = z.infer<typeof feedbackSummaryQuery>;

const byKind = <K extends string>(kinds: readonly [K, ...K[]]) =>
  z.object({
    count: z.number().int(),
    average: z.number().nullable(),
    byKind: z.object(
      Object.fromEntries(kinds.map((each) => [each, averageSchema])) as Record<K, typeof averageSchema>,
    ),
  });

export const feedbackSummarySchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  centerIds: z.array(z.string()).nullable(),
  activities: byKind(ACTIVITY_KINDS),
  advice: byKind(APPOINTMENT_KINDS),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

export function toFeedback(row: FeedbackRow): Feedback {
  return {
    id: row.id,
    activityId: row.activity_id,
    registrationId: row.registration_id,
    rating: row.rating,
    comment: row.comment,
    createdAt: row.created_at,
  };
}
