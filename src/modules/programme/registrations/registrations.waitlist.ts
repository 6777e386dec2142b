import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueEvent } from '../../webhooks/index.ts';
import { type ActivityRow, findActivity } from '../activities/activities.repo.ts';
import { mailRegistration } from './registrations.mail.ts';
import * as repo from './registrations.repo.ts';

/**
 * Fills freed seats from the waitlist, first in first out: each waiting registration that
 * fits the seats left is registered, in its turn; one too large to fit is skipped (it keeps
 * its place) and the next one that fits moves up. Call under the activity's lock.
 */
export async function promoteWaitlisted(
  trx: Kysely<DB>,
  activityId: string,
  actorId: string | null,
  now = new Date(),
) {
  const activity = (await findActivity(trx, activityId)) as ActivityRow;
  // A cancelled activity keeps its waitlist as it was: nobody is promoted into it.
  if (activity.status !== 'scheduled') return [];
  let free = activity.capacity === null ? Number.POSITIVE_INFINITY : activity.capacity - activity.seats_taken;
  const promoted: string[] = [];
  const moved: { registrationId: string; beneficiaryId: string }[] = [];
  for (const waiting of await repo.selectWaitlist(trx, activityId)) {
    if (free <= 0) break;
    if (waiting.seats > free) continue;
    await repo.updateRegistration(trx, waiting.id, { status: 'registered', promotedAt: now });
    await recordAudit(trx, {
      actorId,
      action: 'promote',
      entity: 'activity_registration',
      entityId: waiting.id,
      fields: ['status'],
    });
    free -= waiting.seats;
    promoted.push(waiting.id);
    moved.push({ registrationId: waiting.id, beneficiaryId: waiting.beneficiary_id });
  }
  await enqueueEvent(
    trx,
    moved.map((each) => ({
      type: 'registration.promoted' as const,
      data: { ...each, activityId, centerId: activity.center_id },
    })),
    now,
  );
  for (const id of promoted) {
    await mailRegistration(
      trx,
      'registration_promoted',
      (await repo.findRegistration(trx, id)) as repo.RegistrationRow,
      activity,
    );
  }
  return promoted;
}
