import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

// Feedback

export type FeedbackRow = Awaited<ReturnType<typeof insertActivityFeedback>>;

export async function insertActivityFeedback(
  db: Kysely<DB>,
  feedback: {
    activityId: string;
    registrationId: string;
    rating: number;
    comment: string | null;
    givenBy: string;
  },
) {
  return db
    .insertInto('activity_feedback')
    .values({
      activity_id: feedback.activityId,
      registration_id: feedback.registrationId,
      rating: feedback.rating,
      comment: feedback.comment,
      given_by: feedback.givenBy,
    })
    .returning(['id', 'activity_id', 'registration_id', 'rating', 'comment', 'created_at'])
    .executeTakeFirstOrThrow();
}

export function findFeedbackOfRegistration(db: Kysely<DB>, registrationId: string) {
  return db
    .selectFrom('activity_feedback')
    .select(['id'])
    .where('registration_id', '=', registrationId)
    .executeTakeFirst();
}

export function selectActivityFeedbackStats(db: Kysely<DB>, activityId: string) {
  return db
    .selectFrom('activity_feedback')
    .select([sql<number>`count(*)::int`.as('count'), sql<number | null>`avg(rating)::float8`.as('average')])
    .where('activity_id', '=', activityId)
    .executeTakeFirstOrThrow();
}
