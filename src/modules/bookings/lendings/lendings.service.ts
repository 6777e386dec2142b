import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { BookingStatus } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import { isExclusionViolation } from '../../../lib/db-errors.ts';
import { conflict, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, type Page, toPage } from '../../../lib/pagination.ts';
import { bookingListScope } from '../../../lib/policy/bookings.ts';
import { type Actor, allowed, authorize, requireActor, visibleScope } from '../../../lib/policy.ts';
import { expandRecurrence, type Occurrence } from '../../../lib/recurrence.ts';
import { addDays, localDate, localTime } from '../../../lib/time.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import * as bookingsRepo from '../bookings.repo.ts';
import { type Booking, toBooking } from '../bookings.schema.ts';
import { checkRoomUseRulesWith } from '../rules/rules.service.ts';
import { bookingMails } from './lendings.mail.ts';
import * as repo from './lendings.repo.ts';
import type { BookingInput, BookingSeries, CreatedBooking, ListBookingsQuery } from './lendings.schema.ts';

const BOOKING = msg('Booking', 'rezerwacja');

// Creating: one booking, or a series that is all or nothing

/**
 * Three round trips: the session (before this), one read of everything the rules need, and one
 * statement that writes the booking(s), their audit entries and their mail.
 */
export async function createBooking(
  db: Kysely<DB>,
  actor: Actor | null,
  input: BookingInput,
  now = new Date(),
): Promise<CreatedBooking> {
  requireActor(actor);
  const context = isId(input.roomId)
    ? await repo.selectBookingContext(db, {
        roomId: input.roomId,
        beneficiaryId: isId(input.beneficiaryId) ? input.beneficiaryId : null,
        // A day early in UTC is on or before the first local day in any zone; later closures
        // outside the checked days change nothing.
        closuresFrom: addDays(localDate(input.start, 'UTC'), -1),
      })
    : undefined;
  const room = context?.room;
  if (!context || !room?.active) throw invalidField('roomId', msg('no such room', 'nie ma takiej sali'));
  const { center, rules, closures, beneficiary } = context;
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  const target = { centerId: room.centerId, representativeIds: beneficiary.representativeIds };
  authorize(actor, 'booking.request', target);
  if (input.override) authorize(actor, 'booking.override', target);
  const staff = allowed(actor, 'booking.decide', target);

  if (input.end <= input.start) {
    throw invalidField('end', msg('the end must be after the start', 'koniec musi być po początku'), {
      rule: 'end_before_start',
    });
  }
  let occurrences: Occurrence[] = [{ start: input.start, end: input.end }];
  if (input.recurrence) {
    const expansion = expandRecurrence(input.recurrence.rrule, input.start, input.end, center.timezone);
    if (!expansion.ok) throw invalidField('recurrence.rrule', expansion.message, { rule: 'recurrence' });
    occurrences = expansion.occurrences;
  }
  checkRoomUseRulesWith({ staff, room, center, rules, closures, input, occurrences, now });

  const status: BookingStatus = staff || room.autoApprove ? 'approved' : 'pending';
  const requester = { email: actor.email, name: actor.name, language: actor.language ?? 'pl' };
  const seriesId = input.recurrence ? randomUUID() : null;
  const bookings = occurrences.map((occurrence) => ({
    id: randomUUID(),
    at: now,
    roomId: room.id,
    centerId: center.id,
    beneficiaryId: beneficiary.id,
    seriesId,
    title: input.title,
    purpose: input.purpose ?? null,
    expectedAttendees: input.expectedAttendees ?? null,
    start: occurrence.start,
    end: occurrence.end,
    status,
    requestedBy: actor.id,
    termsAcceptedAt: input.termsAccepted ? now : null,
    titlePublic: input.titlePublic ?? false,
    decidedBy: status === 'approved' && staff ? actor.id : null,
  }));
  try {
    const rows = await repo.insertBookingsWithRecords(db, {
      series:
        seriesId && input.recurrence
          ? {
              id: seriesId,
              roomId: room.id,
              beneficiaryId: beneficiary.id,
              title: input.title,
              rrule: input.recurrence.rrule,
              localStart: localTime(input.start, center.timezone),
              localEnd: localTime(input.end, center.timezone),
              firstDate: localDate(input.start, center.timezone),
              requestedBy: actor.id,
            }
          : null,
      bookings,
      audit: bookings.map((booking) => ({
        actorId: actor.id,
        action: status === 'approved' ? 'create_approved' : 'request',
        entity: 'booking',
        entityId: booking.id,
        centerId: center.id,
        fields: ['room', 'beneficiary', 'title', 'time', ...(input.override ? ['override'] : [])],
      })),
      mail: bookingMails({
        kind: status === 'approved' ? 'booking_approved' : 'booking_received',
        requester: staff ? undefined : requester,
        beneficiaryEmail: staff ? beneficiary.email : null,
        room,
        center,
        bookings: bookings.map(asWritten),
      }),
      // Created approved (by staff, or a room that approves itself): approved too, after created.
      events: bookings.flatMap((booking) =>
        (status === 'approved'
          ? (['booking.created', 'booking.approved'] as const)
          : (['booking.created'] as const)
        ).map((type) => ({ type, data: bookingEventData(booking) })),
      ),
      at: now,
    });
    const created = rows.map(toBooking);
    return seriesId ? { seriesId, bookings: created } : (created[0] as Booking);
  } catch (error) {
    if (isExclusionViolation(error)) {
      await repo.insertRefusal(db, {
        roomId: room.id,
        centerId: center.id,
        beneficiaryId: beneficiary.id,
        start: input.start,
        end: input.end,
        occurrences: occurrences.length,
        requestedBy: actor.id,
      });
      throw await conflictError(db, room.id, occurrences);
    }
    throw error;
  }
}

/** What a booking's webhook events carry: ids only. */
function bookingEventData(booking: {
  id: string;
  centerId: string;
  roomId: string;
  beneficiaryId: string | null;
}) {
  return {
    bookingId: booking.id,
    centerId: booking.centerId,
    roomId: booking.roomId,
    beneficiaryId: booking.beneficiaryId,
  };
}

/** A booking row's webhook event data (ids only), known before the change that reports it. */
export function eventData(
  row: Pick<bookingsRepo.BookingRow, 'id' | 'center_id' | 'room_id' | 'beneficiary_id'>,
) {
  return {
    bookingId: row.id,
    centerId: row.center_id,
    roomId: row.room_id,
    beneficiaryId: row.beneficiary_id,
  };
}

/** A new booking as its row will read (the mail about it is written in the same statement). */
function asWritten(booking: bookingsRepo.NewBooking & { id: string; at: Date }): Booking {
  return {
    id: booking.id,
    roomId: booking.roomId,
    centerId: booking.centerId,
    beneficiaryId: booking.beneficiaryId,
    seriesId: booking.seriesId,
    title: booking.title,
    titlePublic: booking.titlePublic ?? false,
    purpose: booking.purpose,
    expectedAttendees: booking.expectedAttendees,
    start: booking.start,
    end: booking.end,
    status: booking.status,
    attendees: null,
    requestedBy: booking.requestedBy,
    decidedBy: booking.decidedBy,
    decidedAt: booking.decidedBy ? booking.at : null,
    decisionReason: null,
    createdAt: booking.at,
    updatedAt: booking.at,
    revision: 0,
  };
}

/** Every occurrence that overlaps a holding booking, for the 409 answer. */
export async function conflictError(db: Kysely<DB>, roomId: string, occurrences: Occurrence[]) {
  const rows = await bookingsRepo.selectConflicts(db, roomId, occurrences);
  const conflicts = rows.map((row) => ({
    occurrence: Number(row.index) - 1,
    bookingId: row.kind === 'lending' ? row.id : null,
    kind: row.kind,
    start: row.start_at,
    end: row.end_at,
    status: row.status,
  }));
  return conflict(
    msg('The room is already booked at that time.', 'Sala jest już zarezerwowana w tym czasie.'),
    { conflicts },
  );
}

// Reading

/**
 * A lending the actor may see (404 otherwise, so its existence is not told), with what the
 * workflow needs: the policy target and the beneficiary (for its mail address).
 */
export async function loadVisibleBooking(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  requireActor(actor);
  const row = isId(id) ? await bookingsRepo.findBooking(db, id, options) : undefined;
  if (row?.kind !== 'lending') throw notFound(BOOKING);
  const beneficiary = row.beneficiary_id
    ? await findBeneficiaryForService(db, row.beneficiary_id)
    : undefined;
  const target = {
    centerId: row.center_id,
    ownerId: row.requested_by,
    representativeIds: beneficiary?.representativeIds ?? [],
  };
  if (!allowed(actor, 'booking.read', target)) throw notFound(BOOKING);
  return { actor, row, target, beneficiary };
}

export async function getBooking(db: Kysely<DB>, actor: Actor | null, id: string): Promise<Booking> {
  return toBooking((await loadVisibleBooking(db, actor, id)).row);
}

export async function listBookings(
  db: Kysely<DB>,
  actor: Actor | null,
  query: ListBookingsQuery,
): Promise<Page<Booking>> {
  authorize(actor, 'booking.list');
  const ids = [query.centerId, query.roomId, query.beneficiaryId].filter(
    (id): id is string => id !== undefined,
  );
  if (ids.some((id) => !isId(id))) return { items: [], nextCursor: null };
  const rows = await repo.selectBookingPage(db, {
    scope: bookingListScope(actor, visibleScope(actor), query.centerId),
    centerId: query.centerId,
    roomId: query.roomId,
    beneficiaryId: query.beneficiaryId,
    status: query.status,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.start_at, id: row.id }), toBooking);
}

export async function getSeries(db: Kysely<DB>, actor: Actor | null, id: string): Promise<BookingSeries> {
  requireActor(actor);
  const series = isId(id) ? await repo.findSeries(db, id) : undefined;
  if (!series) throw notFound(msg('Series', 'seria rezerwacji'));
  const rows = await repo.selectSeriesBookings(db, id);
  const first = rows[0];
  if (!first) throw notFound(msg('Series', 'seria rezerwacji'));
  await loadVisibleBooking(db, actor, first.id);
  return {
    id: series.id,
    roomId: series.room_id,
    beneficiaryId: series.beneficiary_id,
    title: series.title,
    rrule: series.rrule,
    createdAt: series.created_at,
    bookings: rows.map(toBooking),
  };
}
