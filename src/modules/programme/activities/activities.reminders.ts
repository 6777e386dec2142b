import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { mailRegistration } from '../registrations/registrations.mail.ts';
import { selectRegistered } from '../registrations/registrations.repo.ts';
import * as repo from './activities.repo.ts';

const HOUR = 3600_000;

/**
 * The reminder the day before: claims the sessions of scheduled activities starting in the
 * next 24 hours that had none yet and mails every registered participant. Safe to run from
 * every server process (run it from the jobs, like the booking reminders).
 */
export async function sendDueActivityReminders(db: Kysely<DB>, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await repo.claimDueSessionReminders(trx, now, new Date(now.getTime() + 24 * HOUR));
    for (const session of due) {
      const activity = (await repo.findActivity(trx, session.activity_id)) as repo.ActivityRow;
      for (const registration of await selectRegistered(trx, activity.id)) {
        await mailRegistration(trx, 'activity_reminder', registration, activity, [
          { start: session.start_at, end: session.end_at },
        ]);
      }
    }
    return due.length;
  });
}
