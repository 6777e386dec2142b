import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { addDays, localDate } from '../../../lib/time.ts';
import { findUserContact } from '../../accounts/index.ts';
import { enqueueMail } from '../../mail/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import * as repo from './initiatives.repo.ts';
import { ZONE } from './initiatives.service.ts';

/**
 * The reminder the day before a next step: claims the initiatives whose next step is today or
 * tomorrow (local) and had no reminder for that date, and mails the mentor and the
 * beneficiary's representatives. Safe to run from every server process.
 */
export async function sendNextStepReminders(db: Kysely<DB>, now = new Date()): Promise<number> {
  const today = localDate(now, ZONE);
  return db.transaction().execute(async (trx) => {
    const due = await repo.claimDueNextSteps(trx, today, addDays(today, 1));
    for (const initiative of due) {
      const beneficiary = await findBeneficiaryForService(trx, initiative.beneficiary_id);
      const recipients = new Map<string, 'pl' | 'en'>();
      for (const userId of [initiative.mentor_id, ...(beneficiary?.representativeIds ?? [])]) {
        const contact = await findUserContact(trx, userId);
        if (contact && !recipients.has(contact.email)) recipients.set(contact.email, contact.language);
      }
      if (beneficiary?.email && !beneficiary.erased && !recipients.has(beneficiary.email))
        recipients.set(beneficiary.email, 'pl');
      for (const [to, language] of recipients) {
        await enqueueMail(trx, {
          to,
          kind: 'initiative_next_step',
          language,
          data: {
            initiative: initiative.title,
            beneficiary: beneficiary?.name ?? '',
            nextStep: initiative.next_step ?? (language === 'pl' ? '(nie opisano)' : '(not described)'),
            date: initiative.next_step_date,
          },
        });
      }
    }
    return due.length;
  });
}
