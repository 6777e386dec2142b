import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { type BookingRow, findBooking } from '../bookings.repo.ts';
import { toBooking } from '../bookings.schema.ts';
import { notifyMany } from '../lendings/lendings.mail.ts';
import * as repo from './reminders.repo.ts';

const DAY = 24 * 3600_000;

/**
 * The reminder the day before: claims the approved bookings starting in the next 24 hours
 * that had none yet and queues one message each. Safe to run from every server process.
 */
export async function sendDueReminders(db: Kysely<DB>, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await repo.claimDueReminders(trx, now, new Date(now.getTime() + DAY));
    for (const booking of due) {
      const row = (await findBooking(trx, booking.id)) as BookingRow;
      const beneficiary = row.beneficiary_id
        ? await findBeneficiaryForService(trx, row.beneficiary_id)
        : undefined;
      await notifyMany(
        trx,
        [toBooking(row)],
        'booking_reminder',
        beneficiary?.email ?? null,
        row.requested_by,
      );
    }
    return due.length;
  });
}
