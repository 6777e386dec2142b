import { type Kysely, sql } from 'kysely';
import type { BookingStatus, DB } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';

/** Statuses that hold a room (the exclusion constraint bookings_no_overlap covers these). */
export const HOLDING: BookingStatus[] = ['pending', 'approved', 'completed'];

const bookingColumns = [
  'bookings.id',
  'bookings.room_id',
  'bookings.center_id',
  'bookings.kind',
  'bookings.beneficiary_id',
  'bookings.series_id',
  'bookings.title',
  'bookings.purpose',
  'bookings.expected_attendees',
  'bookings.start_at',
  'bookings.end_at',
  'bookings.status',
  'bookings.attendees',
  'bookings.requested_by',
  'bookings.decided_by',
  'bookings.decided_at',
  'bookings.decision_reason',
  'bookings.created_at',
  'bookings.updated_at',
] as const;

function selectBookings(db: Kysely<DB>) {
  return db.selectFrom('bookings').select(bookingColumns);
}

export type BookingRow = Awaited<ReturnType<typeof findBooking>> & {};

export function findBooking(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = selectBookings(db).where('bookings.id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export type NewBooking = {
  roomId: string;
  centerId: string;
  kind?: 'lending' | 'activity';
  beneficiaryId: string | null;
  seriesId: string | null;
  title: string;
  purpose: string | null;
  expectedAttendees: number | null;
  start: Date;
  end: Date;
  status: BookingStatus;
  requestedBy: string | null;
  termsAcceptedAt: Date | null;
  decidedBy: string | null;
};

export function insertBookings(db: Kysely<DB>, bookings: NewBooking[]) {
  return db
    .insertInto('bookings')
    .values(
      bookings.map((booking) => ({
        room_id: booking.roomId,
        center_id: booking.centerId,
        kind: booking.kind ?? 'lending',
        beneficiary_id: booking.beneficiaryId,
        series_id: booking.seriesId,
        title: booking.title,
        purpose: booking.purpose,
        expected_attendees: booking.expectedAttendees,
        start_at: booking.start,
        end_at: booking.end,
        status: booking.status,
        requested_by: booking.requestedBy,
        terms_accepted_at: booking.termsAcceptedAt,
        decided_by: booking.decidedBy,
        decided_at: booking.decidedBy ? new Date() : null,
      })),
    )
    .returning(bookingColumns.map((column) => column.replace('bookings.', '')) as never)
    .execute() as Promise<BookingRow[]>;
}

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

/** The holding bookings of a room that overlap any of these ranges. */
export async function selectConflicts(db: Kysely<DB>, roomId: string, ranges: { start: Date; end: Date }[]) {
  if (ranges.length === 0) return [];
  const { rows } = await sql<{
    index: number;
    id: string;
    start_at: Date;
    end_at: Date;
    status: BookingStatus;
    kind: string;
  }>`
    select wanted.index, b.id, b.start_at, b.end_at, b.status, b.kind
      from unnest(${sql.val(ranges.map((r) => r.start.toISOString()))}::timestamptz[],
                  ${sql.val(ranges.map((r) => r.end.toISOString()))}::timestamptz[])
           with ordinality as wanted(start_at, end_at, index)
      join bookings b
        on b.room_id = ${roomId}::uuid
       and b.status in ('pending', 'approved', 'completed')
       and tstzrange(b.start_at, b.end_at, '[)') && tstzrange(wanted.start_at, wanted.end_at, '[)')
     order by wanted.index, b.start_at
  `.execute(db);
  return rows;
}

export async function updateStatus(
  db: Kysely<DB>,
  id: string,
  changes: {
    status: BookingStatus;
    decidedBy?: string | null;
    reason?: string | null;
    attendees?: number;
  },
) {
  return db
    .updateTable('bookings')
    .set({
      status: changes.status,
      updated_at: new Date(),
      ...(changes.decidedBy !== undefined && { decided_by: changes.decidedBy, decided_at: new Date() }),
      ...(changes.reason !== undefined && { decision_reason: changes.reason }),
      ...(changes.attendees !== undefined && { attendees: changes.attendees }),
    })
    .where('id', '=', id)
    .returning(bookingColumns.map((column) => column.replace('bookings.', '')) as never)
    .executeTakeFirstOrThrow() as Promise<BookingRow>;
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
  centerIds?: string[];
  roomId?: string;
  beneficiaryId?: string;
  status?: BookingStatus;
  from?: Date;
  to?: Date;
  /** Members: only bookings they requested or of beneficiaries they represent. */
  visibleTo?: string;
  limit: number;
  after?: CursorKey;
};

export function selectBookingPage(db: Kysely<DB>, filter: BookingFilter) {
  let query = selectBookings(db)
    .where('bookings.kind', '=', 'lending')
    .orderBy('bookings.start_at', 'desc')
    .orderBy('bookings.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.centerIds)
    query = query.where(
      'bookings.center_id',
      'in',
      filter.centerIds.length ? filter.centerIds : ['00000000-0000-0000-0000-000000000000'],
    );
  if (filter.roomId) query = query.where('bookings.room_id', '=', filter.roomId);
  if (filter.beneficiaryId) query = query.where('bookings.beneficiary_id', '=', filter.beneficiaryId);
  if (filter.status) query = query.where('bookings.status', '=', filter.status);
  if (filter.from) query = query.where('bookings.end_at', '>', filter.from);
  if (filter.to) query = query.where('bookings.start_at', '<', filter.to);
  if (filter.visibleTo) {
    const userId = filter.visibleTo;
    query = query.where((eb) =>
      eb.or([
        eb('bookings.requested_by', '=', userId),
        eb(
          'bookings.beneficiary_id',
          'in',
          eb.selectFrom('beneficiary_representatives').select('beneficiary_id').where('user_id', '=', userId),
        ),
      ]),
    );
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(bookings.start_at, bookings.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

/** Holding bookings of rooms in a time window, for availability and calendar feeds. */
export function selectRoomHolds(
  db: Kysely<DB>,
  filter: { roomIds: string[]; from: Date; to: Date; statuses?: BookingStatus[] },
) {
  return db
    .selectFrom('bookings')
    .innerJoin('rooms', 'rooms.id', 'bookings.room_id')
    .select([
      'bookings.id',
      'bookings.room_id',
      'rooms.name as room_name',
      'bookings.title',
      'bookings.start_at',
      'bookings.end_at',
      'bookings.status',
      'bookings.updated_at',
    ])
    .where('bookings.room_id', 'in', filter.roomIds)
    .where('bookings.status', 'in', filter.statuses ?? HOLDING)
    .where('bookings.end_at', '>', filter.from)
    .where('bookings.start_at', '<', filter.to)
    .orderBy('bookings.start_at')
    .execute();
}

export type BookingRules = {
  maxAdvanceDays: number;
  minNoticeHours: number;
  maxHours: number;
  terms: string;
};

export async function selectBookingRules(
  db: Kysely<DB>,
  centerId: string,
): Promise<BookingRules | undefined> {
  const row = await db
    .selectFrom('centers')
    .select(['booking_max_advance_days', 'booking_min_notice_hours', 'booking_max_hours', 'booking_terms'])
    .where('id', '=', centerId)
    .executeTakeFirst();
  return row
    ? {
        maxAdvanceDays: row.booking_max_advance_days,
        minNoticeHours: row.booking_min_notice_hours,
        maxHours: row.booking_max_hours,
        terms: row.booking_terms,
      }
    : undefined;
}

export async function updateBookingRules(db: Kysely<DB>, centerId: string, rules: Partial<BookingRules>) {
  await db
    .updateTable('centers')
    .set({
      ...(rules.maxAdvanceDays !== undefined && { booking_max_advance_days: rules.maxAdvanceDays }),
      ...(rules.minNoticeHours !== undefined && { booking_min_notice_hours: rules.minNoticeHours }),
      ...(rules.maxHours !== undefined && { booking_max_hours: rules.maxHours }),
      ...(rules.terms !== undefined && { booking_terms: rules.terms }),
      updated_at: new Date(),
    })
    .where('id', '=', centerId)
    .execute();
}

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
