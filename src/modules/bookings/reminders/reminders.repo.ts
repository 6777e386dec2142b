import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/**
 * Marks the approved bookings starting within the window as reminded and returns them:
 * the update claims each one once, however many server processes run the job.
 */
export async function claimDueReminders(db: Kysely<DB>, from: Date, to: Date) {
  const { rows } = await sql<{
    id: string;
    title: string;
    start_at: Date;
    end_at: Date;
    room_id: string;
    center_id: string;
    requested_by: string | null;
    beneficiary_id: string | null;
  }>`
    update bookings set reminder_sent_at = now()
     where id in (
       select id from bookings
        where status = 'approved' and kind = 'lending' and reminder_sent_at is null
          and start_at > ${from} and start_at <= ${to}
        for update skip locked)
    returning id, title, start_at, end_at, room_id, center_id, requested_by, beneficiary_id
  `.execute(db);
  return rows;
}
