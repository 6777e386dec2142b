import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { BookingRules, BookingRulesChanges } from './rules.schema.ts';

/** The rules live on the centre's row. */
export async function selectBookingRules(
  db: Kysely<DB>,
  centerId: string,
): Promise<BookingRules | undefined> {
  const row = await db
    .selectFrom('centers')
    .select([
      'booking_max_advance_days',
      'booking_min_notice_hours',
      'booking_max_hours',
      'booking_terms',
      'booking_terms_en',
    ])
    .where('id', '=', centerId)
    .executeTakeFirst();
  return row ? toBookingRules(row) : undefined;
}

export type BookingRulesRow = {
  booking_max_advance_days: number;
  booking_min_notice_hours: number;
  booking_max_hours: number;
  booking_terms: string;
  booking_terms_en: string | null;
};

/** The one mapping of a centre's rule columns to BookingRules. */
export function toBookingRules(row: BookingRulesRow): BookingRules {
  return {
    maxAdvanceDays: row.booking_max_advance_days,
    minNoticeHours: row.booking_min_notice_hours,
    maxHours: row.booking_max_hours,
    terms: row.booking_terms,
    termsEn: row.booking_terms_en,
  };
}

export async function updateBookingRules(db: Kysely<DB>, centerId: string, rules: BookingRulesChanges) {
  await db
    .updateTable('centers')
    .set({
      ...(rules.maxAdvanceDays !== undefined && { booking_max_advance_days: rules.maxAdvanceDays }),
      ...(rules.minNoticeHours !== undefined && { booking_min_notice_hours: rules.minNoticeHours }),
      ...(rules.maxHours !== undefined && { booking_max_hours: rules.maxHours }),
      ...(rules.terms !== undefined && { booking_terms: rules.terms }),
      ...(rules.termsEn !== undefined && { booking_terms_en: rules.termsEn || null }),
      updated_at: new Date(),
    })
    .where('id', '=', centerId)
    .execute();
}
