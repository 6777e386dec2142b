import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { findUserContact } from '../../accounts/index.ts';
import { type Center, findCenter } from '../../centers/index.ts';
import { enqueueMail } from '../../mail/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import type * as repo from './appointments.repo.ts';

type AppointmentMailKind = 'appointment_booked' | 'appointment_moved' | 'appointment_cancelled';

/** Tells the advisor, the beneficiary's address and the member who booked it (if it represents the beneficiary). */
export async function mailAppointment(
  db: Kysely<DB>,
  kind: AppointmentMailKind,
  row: repo.AppointmentRow,
  previous?: { start: Date; end: Date },
) {
  const beneficiary = await findBeneficiaryForService(db, row.beneficiary_id);
  const center = (await findCenter(db, row.center_id)) as Center;
  const recipients = new Map<string, 'pl' | 'en'>();
  const advisor = await findUserContact(db, row.advisor_user_id);
  if (advisor) recipients.set(advisor.email, advisor.language);
  if (row.booked_by && beneficiary?.representativeIds.includes(row.booked_by)) {
    const booker = await findUserContact(db, row.booked_by);
    if (booker && !recipients.has(booker.email)) recipients.set(booker.email, booker.language);
  }
  if (beneficiary?.email && !beneficiary.erased && !recipients.has(beneficiary.email))
    recipients.set(beneficiary.email, 'pl');
  for (const [to, language] of recipients) {
    await enqueueMail(db, {
      centerId: center.id,
      to,
      kind,
      language,
      data: {
        kind: row.kind,
        topic: row.topic,
        advisor: row.advisor_name,
        beneficiary: row.beneficiary_name,
        center: center.name,
        address: center.address,
        timezone: center.timezone,
        start: row.start_at,
        end: row.end_at,
        previous: previous ?? null,
        reason: row.cancel_reason,
      },
    });
  }
}
