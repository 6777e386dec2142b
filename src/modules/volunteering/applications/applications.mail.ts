import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { findUserContact } from '../../accounts/index.ts';
import { enqueueMail } from '../../mail/index.ts';
import type { ApplicationRow } from './applications.repo.ts';

export type ApplicationMailKind =
  | 'volunteer_application_received'
  | 'volunteer_application_accepted'
  | 'volunteer_application_declined';

/** Received goes to the organization's side; the decisions to the volunteer's. */
export async function notify(db: Kysely<DB>, row: ApplicationRow, kind: ApplicationMailKind) {
  const toOrganization = kind === 'volunteer_application_received';
  const userIds = toOrganization ? row.organization_representative_ids : row.volunteer_representative_ids;
  const recipients = new Map<string, 'pl' | 'en'>();
  for (const userId of userIds) {
    const contact = await findUserContact(db, userId);
    if (contact && !recipients.has(contact.email)) recipients.set(contact.email, contact.language);
  }
  const email = toOrganization ? row.organization_email : row.volunteer_email;
  if (email && !recipients.has(email)) recipients.set(email, 'pl');
  for (const [to, language] of recipients) {
    await enqueueMail(db, {
      to,
      kind,
      language,
      data: {
        offer: row.offer_title,
        organization: row.organization_name,
        volunteer: row.volunteer_name,
        reason: row.decision_reason,
      },
    });
  }
}
