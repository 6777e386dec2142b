import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { findUserContact } from '../../accounts/index.ts';
import { type Center, findCenter, findRoom } from '../../centers/index.ts';
import { type buildMailInsert, enqueueMail } from '../../mail/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { type ActivityRow, selectSessions } from '../activities/activities.repo.ts';
import type { RegistrationRow } from './registrations.repo.ts';

type RegistrationMailKind =
  | 'registration_confirmed'
  | 'registration_waitlisted'
  | 'registration_promoted'
  | 'activity_reminder'
  | 'activity_cancelled';

type RegistrationMessage = Parameters<typeof buildMailInsert>[1][number];

/** What a registration's mail says and whom it goes to, all of it already read. */
export type RegistrationMailFacts = {
  registration: Pick<RegistrationRow, 'seats' | 'beneficiary_name' | 'position' | 'registered_by'>;
  activity: Pick<ActivityRow, 'title' | 'center_id' | 'cancel_reason'>;
  center: { name: string; address: string; timezone: string };
  roomName: string | null;
  sessions: { start: Date; end: Date }[];
  beneficiary: { email: string | null; erased: boolean; representativeIds: string[] } | undefined;
  /** The registering user's contact. */
  registrant: { email: string; language: 'pl' | 'en' } | undefined;
};

/**
 * The messages about a registration for its people: the beneficiary's address, and the member
 * who registered it when that member represents the beneficiary (staff registering for someone
 * are not mailed).
 */
export function registrationMessages(kind: RegistrationMailKind, facts: RegistrationMailFacts) {
  const { registration, activity, center, beneficiary, registrant } = facts;
  const recipients = new Map<string, 'pl' | 'en'>();
  if (
    registrant &&
    registration.registered_by &&
    beneficiary?.representativeIds.includes(registration.registered_by)
  )
    recipients.set(registrant.email, registrant.language);
  if (beneficiary?.email && !beneficiary.erased && !recipients.has(beneficiary.email))
    recipients.set(beneficiary.email, 'pl');
  return [...recipients].map(
    ([to, language]): RegistrationMessage => ({
      centerId: activity.center_id,
      to,
      kind,
      language,
      data: {
        title: activity.title,
        center: center.name,
        address: center.address,
        room: facts.roomName,
        timezone: center.timezone,
        sessions: facts.sessions,
        seats: registration.seats,
        beneficiary: registration.beneficiary_name,
        position: registration.position,
        reason: activity.cancel_reason,
      },
    }),
  );
}

/** Reads what the mail about this registration needs, then queues it in `db`'s transaction. */
export async function mailRegistration(
  db: Kysely<DB>,
  kind: RegistrationMailKind,
  registration: RegistrationRow,
  activity: ActivityRow,
  sessions?: { start: Date; end: Date }[],
) {
  const beneficiary = await findBeneficiaryForService(db, registration.beneficiary_id);
  const represents =
    registration.registered_by !== null &&
    beneficiary?.representativeIds.includes(registration.registered_by);
  const registrant =
    represents && registration.registered_by
      ? await findUserContact(db, registration.registered_by)
      : undefined;
  const hasAddress = registrant || (beneficiary?.email && !beneficiary.erased);
  if (!hasAddress) return;
  const center = (await findCenter(db, activity.center_id)) as Center;
  const room = activity.room_id ? await findRoom(db, activity.room_id) : undefined;
  const times =
    sessions ??
    (await selectSessions(db, activity.id)).map((each) => ({ start: each.start_at, end: each.end_at }));
  const messages = registrationMessages(kind, {
    registration,
    activity,
    center,
    roomName: room?.name ?? null,
    sessions: times,
    beneficiary,
    registrant: registrant ?? undefined,
  });
  for (const message of messages) await enqueueMail(db, message);
}
