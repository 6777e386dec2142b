import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { findUserContact } from '../../accounts/index.ts';
import { type Center, findCenter, findRoom } from '../../centers/index.ts';
import { enqueueMail } from '../../mail/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { type ActivityRow, selectSessions } from '../activities/activities.repo.ts';
import type { RegistrationRow } from './registrations.repo.ts';

type RegistrationMailKind =
  | 'registration_confirmed'
  | 'registration_waitlisted'
  | 'registration_promoted'
  | 'activity_reminder'
  | 'activity_cancelled';

/**
 * Tells a registration's people: the beneficiary's address, and the member who registered it
 * when that member represents the beneficiary (staff registering for someone are not mailed).
 */
export async function mailRegistration(
  db: Kysely<DB>,
  kind: RegistrationMailKind,
  registration: RegistrationRow,
  activity: ActivityRow,
  sessions?: { start: Date; end: Date }[],
) {
  const beneficiary = await findBeneficiaryForService(db, registration.beneficiary_id);
  const recipients = new Map<string, 'pl' | 'en'>();
  if (registration.registered_by && beneficiary?.representativeIds.includes(registration.registered_by)) {
    const contact = await findUserContact(db, registration.registered_by);
    if (contact) recipients.set(contact.email, contact.language);
  }
  if (beneficiary?.email && !beneficiary.erased && !recipients.has(beneficiary.email))
    recipients.set(beneficiary.email, 'pl');
  if (recipients.size === 0) return;
  const center = (await findCenter(db, activity.center_id)) as Center;
  const room = activity.room_id ? await findRoom(db, activity.room_id) : undefined;
  const times =
    sessions ??
    (await selectSessions(db, activity.id)).map((each) => ({ start: each.start_at, end: each.end_at }));
  for (const [to, language] of recipients) {
    await enqueueMail(db, {
      centerId: center.id,
      to,
      kind,
      language,
      data: {
        title: activity.title,
        center: center.name,
        address: center.address,
        room: room?.name ?? null,
        timezone: center.timezone,
        sessions: times,
        seats: registration.seats,
        beneficiary: registration.beneficiary_name,
        position: registration.position,
        reason: activity.cancel_reason,
      },
    });
  }
}
