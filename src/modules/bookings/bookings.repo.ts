import { type Kysely, type OperationNodeSource, type QueryCreator, sql } from 'kysely';
import type { BookingKind, BookingStatus } from '../../db/enums.ts';
import type { DB } from '../../db/schema.ts';
import { type WebhookEvent, withEventDeliveries } from '../webhooks/index.ts';

/**
 * The one table of room holds (members' lendings and the centre's activities): the SQL every
 * sub-resource shares. The exclusion constraint bookings_no_overlap covers the HOLDING statuses.
 */
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
  'bookings.revision',
  'bookings.was_approved',
  'bookings.title_public',
] as const;

const returnedColumns = bookingColumns.map((column) => column.replace('bookings.', '')) as never;

export function selectBookings(db: Kysely<DB>) {
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
  kind?: BookingKind;
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
  /** The organizer lets its title show in the public calendar feeds. */
  titlePublic?: boolean;
  /** Chosen by the caller, with the time of writing, when it needs them before the insert. */
  id?: string;
  at?: Date;
};

/** One multi-row insert: the exclusion constraint refuses all of them if any overlaps. */
export function insertBookings(db: Kysely<DB>, bookings: NewBooking[]) {
  return bookingsInsert(db, bookings).execute() as Promise<BookingRow[]>;
}

/** The multi-row INSERT of insertBookings, returning the rows, not yet run. */
export function bookingsInsert(db: QueryCreator<DB>, bookings: NewBooking[]) {
  return db
    .insertInto('bookings')
    .values(
      bookings.map((booking) => ({
        ...(booking.id ? { id: booking.id } : {}),
        ...(booking.at ? { created_at: booking.at, updated_at: booking.at } : {}),
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
        decided_at: booking.decidedBy ? (booking.at ?? new Date()) : null,
        title_public: booking.titlePublic ?? false,
      })),
    )
    .returning(returnedColumns);
}

/** A new time (and room) for a booking; the exclusion constraint refuses an overlap. */
export function updateTime(
  db: Kysely<DB>,
  id: string,
  changes: { roomId: string; start: Date; end: Date },
  events: WebhookEvent[] = [],
) {
  return withEvents(
    db,
    db
      .updateTable('bookings')
      .set({ room_id: changes.roomId, start_at: changes.start, end_at: changes.end, updated_at: new Date() })
      .where('id', '=', id)
      .returning(returnedColumns),
    events,
  );
}

/** A new status; the webhook events about it are queued in the same statement. */
export function updateStatus(
  db: Kysely<DB>,
  id: string,
  changes: {
    status: BookingStatus;
    decidedBy?: string | null;
    reason?: string | null;
    attendees?: number;
  },
  events: WebhookEvent[] = [],
) {
  return withEvents(
    db,
    db
      .updateTable('bookings')
      .set({
        status: changes.status,
        updated_at: new Date(),
        ...(changes.decidedBy !== undefined && { decided_by: changes.decidedBy, decided_at: new Date() }),
        ...(changes.reason !== undefined && { decision_reason: changes.reason }),
        ...(changes.attendees !== undefined && { attendees: changes.attendees }),
      })
      .where('id', '=', id)
      .returning(returnedColumns),
    events,
  );
}

/**
 * Runs an UPDATE ... RETURNING of one booking, with the INSERT of these events' webhook
 * deliveries as a data-modifying WITH of the same statement (one round trip, one outcome).
 */
async function withEvents(
  db: Kysely<DB>,
  update: OperationNodeSource & { executeTakeFirstOrThrow(): Promise<unknown> },
  events: WebhookEvent[],
): Promise<BookingRow> {
  if (events.length === 0) return (await update.executeTakeFirstOrThrow()) as BookingRow;
  const { rows } = await withEventDeliveries<BookingRow>(db, events, update).execute(db);
  if (!rows[0]) throw new Error('the booking to update is gone');
  return rows[0];
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
    kind: BookingKind;
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
