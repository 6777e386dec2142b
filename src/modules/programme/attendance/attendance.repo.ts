import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { selectRegistrations } from '../registrations/registrations.repo.ts';

// Attendance

/** Registered and waitlisted registrations with the seats attended at one session. */
export function selectCheckIn(db: Kysely<DB>, activityId: string, sessionId: string) {
  return selectRegistrations(db)
    .leftJoin('activity_attendance as here', (join) =>
      join
        .onRef('here.registration_id', '=', 'activity_registrations.id')
        .on('here.session_id', '=', sessionId),
    )
    .select('here.seats as session_seats')
    .where('activity_registrations.activity_id', '=', activityId)
    .where('activity_registrations.status', 'in', ['registered', 'waitlisted'])
    .orderBy('activity_registrations.status')
    .orderBy('activity_registrations.queue')
    .execute();
}

export async function replaceSessionAttendance(
  db: Kysely<DB>,
  sessionId: string,
  attended: { registrationId: string; seats: number }[],
  recordedBy: string,
) {
  await db.deleteFrom('activity_attendance').where('session_id', '=', sessionId).execute();
  if (attended.length === 0) return;
  await db
    .insertInto('activity_attendance')
    .values(
      attended.map((each) => ({
        session_id: sessionId,
        registration_id: each.registrationId,
        seats: each.seats,
        recorded_by: recordedBy,
      })),
    )
    .execute();
}

export async function upsertAttendance(
  db: Kysely<DB>,
  entry: { sessionId: string; registrationId: string; seats: number; recordedBy: string },
) {
  await db
    .insertInto('activity_attendance')
    .values({
      session_id: entry.sessionId,
      registration_id: entry.registrationId,
      seats: entry.seats,
      recorded_by: entry.recordedBy,
    })
    .onConflict((conflict) =>
      conflict.columns(['session_id', 'registration_id']).doUpdateSet({
        seats: entry.seats,
        recorded_by: entry.recordedBy,
        recorded_at: new Date(),
      }),
    )
    .execute();
}
