import { type Kysely, sql } from 'kysely';
import type { BookingStatus } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import type { VisibleScope } from '../../../lib/policy/index.ts';
import { selectBookings } from '../bookings.repo.ts';

export async function insertSeries(
  db: Kysely<DB>,
  series: {
    roomId: string;
    beneficiaryId: string | null;
    title: string;
    rrule: string;
    localStart: string;
    localEnd: string;
    firstDate: string;
    requestedBy: string | null;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('booking_series')
    .values({
      room_id: series.roomId,
      beneficiary_id: series.beneficiaryId,
      title: series.title,
      rrule: series.rrule,
      local_start: series.localStart,
      local_end: series.localEnd,
      first_date: series.firstDate,
      requested_by: series.requestedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findSeries(db: Kysely<DB>, id: string) {
  return db.selectFrom('booking_series').selectAll().where('id', '=', id).executeTakeFirst();
}

export function selectSeriesBookings(db: Kysely<DB>, seriesId: string) {
  return selectBookings(db).where('bookings.series_id', '=', seriesId).orderBy('bookings.start_at').execute();
}

/** This occurrence and the later ones of its series that still hold the room, locked. */
export function selectFollowingInSeries(db: Kysely<DB>, seriesId: string, from: Date) {
  return selectBookings(db)
    .where('bookings.series_id', '=', seriesId)
    .where('bookings.start_at', '>=', from)
    .where('bookings.status', 'in', ['pending', 'approved'])
    .orderBy('bookings.start_at')
    .forUpdate()
    .execute();
}

export type BookingFilter = {
  /**
   * Whose bookings: all, those of these centres, or (representedBy) those the user requested
   * or of the beneficiaries the user represents. Nothing when no part applies.
   */
  scope: VisibleScope;
  centerId?: string;
  roomId?: string;
  beneficiaryId?: string;
  status?: BookingStatus;
  from?: Date;
  to?: Date;
  limit: number;
  after?: CursorKey;
};

export function selectBookingPage(db: Kysely<DB>, filter: BookingFilter) {
  const { scope } = filter;
  let query = selectBookings(db)
    .where('bookings.kind', '=', 'lending')
    .orderBy('bookings.start_at', 'desc')
    .orderBy('bookings.id', 'desc')
    .limit(filter.limit + 1);
  if (!scope.all) {
    const userId = scope.representedBy;
    query = query.where((eb) =>
      eb.or([
        ...(scope.centerIds.length > 0 ? [eb('bookings.center_id', 'in', scope.centerIds)] : []),
        ...(userId
          ? [
              eb('bookings.requested_by', '=', userId),
              eb(
                'bookings.beneficiary_id',
                'in',
                eb
                  .selectFrom('beneficiary_representatives')
                  .select('beneficiary_id')
                  .where('user_id', '=', userId),
              ),
            ]
          : []),
      ]),
    );
  }
  if (filter.centerId) query = query.where('bookings.center_id', '=', filter.centerId);
  if (filter.roomId) query = query.where('bookings.room_id', '=', filter.roomId);
  if (filter.beneficiaryId) query = query.where('bookings.beneficiary_id', '=', filter.beneficiaryId);
  if (filter.status) query = query.where('bookings.status', '=', filter.status);
  if (filter.from) query = query.where('bookings.end_at', '>', filter.from);
  if (filter.to) query = query.where('bookings.start_at', '<', filter.to);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(bookings.start_at, bookings.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

/** Demand the centre could not meet: the reports' "refused for lack of space". */
export async function insertRefusal(
  db: Kysely<DB>,
  refusal: {
    roomId: string;
    centerId: string;
    beneficiaryId: string | null;
    start: Date;
    end: Date;
    occurrences: number;
    requestedBy: string | null;
  },
) {
  await db
    .insertInto('booking_refusals')
    .values({
      room_id: refusal.roomId,
      center_id: refusal.centerId,
      beneficiary_id: refusal.beneficiaryId,
      start_at: refusal.start,
      end_at: refusal.end,
      occurrences: refusal.occurrences,
      requested_by: refusal.requestedBy,
    })
    .execute();
}
