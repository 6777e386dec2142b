import type { Kysely } from 'kysely';
import type { BookingStatus, DB } from '../../db/schema.ts';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  msg,
  notFound,
  type RuleViolation,
  ruleViolations,
} from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, toPage } from '../../lib/pagination.ts';
import { type Actor, allowed, isStaffOf, requireActor } from '../../lib/policy/index.ts';
import { expandRecurrence, type Occurrence } from '../../lib/recurrence.ts';
import { addDays, localDate, localTime, zonedInstant } from '../../lib/time.ts';
import { findUserContact } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import {
  type Center,
  findCenter,
  findRoom,
  listRoomIds,
  loadCenterCalendar,
  type Room,
} from '../centers/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { findBeneficiaryForService } from '../registry/index.ts';
import { bookingInvite, occupationFeed } from './bookings.calendar.ts';
import * as repo from './bookings.repo.ts';

const BOOKING = msg('Booking', 'rezerwacja');
const HOUR = 3600_000;

export type Booking = {
  id: string;
  roomId: string;
  centerId: string;
  beneficiaryId: string | null;
  seriesId: string | null;
  title: string;
  purpose: string | null;
  expectedAttendees: number | null;
  start: Date;
  end: Date;
  status: BookingStatus;
  attendees: number | null;
  requestedBy: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function presentBooking(row: repo.BookingRow): Booking {
  return {
    id: row.id,
    roomId: row.room_id,
    centerId: row.center_id,
    beneficiaryId: row.beneficiary_id,
    seriesId: row.series_id,
    title: row.title,
    purpose: row.purpose,
    expectedAttendees: row.expected_attendees,
    start: row.start_at,
    end: row.end_at,
    status: row.status,
    attendees: row.attendees,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type BookingInput = {
  roomId: string;
  beneficiaryId: string;
  title: string;
  start: Date;
  end: Date;
  expectedAttendees?: number;
  purpose?: string;
  termsAccepted?: boolean;
  recurrence?: { rrule: string };
  /** Staff only: book outside opening hours, on a closed day or above capacity. */
  override?: boolean;
};

// Creating: one booking, or a series that is all or nothing

export async function createBooking(
  db: Kysely<DB>,
  actor: Actor | null,
  input: BookingInput,
  now = new Date(),
): Promise<Booking | { seriesId: string; bookings: Booking[] }> {
  requireActor(actor);
  const [room, beneficiary] = await Promise.all([
    isId(input.roomId) ? findRoom(db, input.roomId) : undefined,
    isId(input.beneficiaryId) ? findBeneficiaryForService(db, input.beneficiaryId) : undefined,
  ]);
  if (!room?.active) throw invalidField('roomId', msg('no such room', 'nie ma takiej sali'));
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  const staff = isStaffOf(actor, room.centerId);
  if (!staff && !(actor.roles.includes('member') && beneficiary.representativeIds.includes(actor.id))) {
    throw forbidden();
  }
  if (input.override && !staff) throw forbidden();
  const [center, rules] = (await Promise.all([
    findCenter(db, room.centerId),
    repo.selectBookingRules(db, room.centerId),
  ])) as [Center, repo.BookingRules];

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
  await checkRoomUseRules(db, { actor, staff, room, center, rules, input, occurrences, now });

  const status: BookingStatus = staff || room.autoApprove ? 'approved' : 'pending';
  const requester = { email: actor.email, name: actor.name, language: actor.language ?? 'pl' };
  try {
    return await db.transaction().execute(async (trx) => {
      const seriesId = input.recurrence
        ? await repo.insertSeries(trx, {
            roomId: room.id,
            beneficiaryId: beneficiary.id,
            title: input.title,
            rrule: input.recurrence.rrule,
            localStart: localTime(input.start, center.timezone),
            localEnd: localTime(input.end, center.timezone),
            firstDate: localDate(input.start, center.timezone),
            requestedBy: actor.id,
          })
        : null;
      const rows = await repo.insertBookings(
        trx,
        occurrences.map((occurrence) => ({
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
          decidedBy: status === 'approved' && staff ? actor.id : null,
        })),
      );
      const bookings = rows.map(presentBooking);
      await recordAudit(
        trx,
        bookings.map((booking) => ({
          actorId: actor.id,
          action: status === 'approved' ? 'create_approved' : 'request',
          entity: 'booking',
          entityId: booking.id,
          fields: ['room', 'beneficiary', 'title', 'time', ...(input.override ? ['override'] : [])],
        })),
      );
      await notify(trx, {
        kind: status === 'approved' ? 'booking_approved' : 'booking_received',
        requester: staff ? undefined : requester,
        beneficiaryEmail: staff ? beneficiary.email : null,
        room,
        center,
        bookings,
      });
      return seriesId ? { seriesId, bookings } : (bookings[0] as Booking);
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23P01') {
      // Demand the centre could not meet: the reports' "refused for lack of space".
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

/** Every occurrence that overlaps a holding booking, for the 409 answer. */
async function conflictError(db: Kysely<DB>, roomId: string, occurrences: Occurrence[]) {
  const rows = await repo.selectConflicts(db, roomId, occurrences);
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

async function checkRoomUseRules(
  db: Kysely<DB>,
  context: {
    actor: Actor;
    staff: boolean;
    room: Room;
    center: Center;
    rules: repo.BookingRules;
    input: BookingInput;
    occurrences: Occurrence[];
    now: Date;
  },
) {
  const { staff, room, center, rules, input, occurrences, now } = context;
  const violations: RuleViolation[] = [];
  const series = occurrences.length > 1;
  const at = (index: number, occurrence: Occurrence) =>
    series ? { occurrence: index, start: occurrence.start } : {};
  const override = staff && input.override === true;

  if (input.expectedAttendees !== undefined && input.expectedAttendees > room.capacity && !override) {
    violations.push({
      rule: 'capacity',
      path: 'expectedAttendees',
      text: msg(
        `The room holds ${room.capacity} people; ${input.expectedAttendees} expected.`,
        `Sala mieści ${room.capacity} osób; zgłoszono ${input.expectedAttendees}.`,
      ),
    });
  }
  // Rules that bind members' requests; staff record what the centre decided, also after the fact.
  if (!staff) {
    if (!input.purpose?.trim()) {
      violations.push({
        rule: 'purpose_required',
        path: 'purpose',
        text: msg('State the purpose of the meeting.', 'Podaj cel spotkania.'),
      });
    }
    if (input.termsAccepted !== true) {
      violations.push({
        rule: 'terms_not_accepted',
        path: 'termsAccepted',
        text: msg(
          'Accept the room-use terms of the centre.',
          'Zaakceptuj regulamin korzystania z sal centrum.',
        ),
      });
    }
    const length = (input.end.getTime() - input.start.getTime()) / HOUR;
    if (length > rules.maxHours) {
      violations.push({
        rule: 'max_length',
        path: 'end',
        text: msg(
          `A booking may last at most ${rules.maxHours} hours.`,
          `Rezerwacja może trwać najwyżej ${rules.maxHours} godz.`,
        ),
      });
    }
  }
  const lastDay = localDate(occurrences.at(-1)?.end ?? input.end, center.timezone);
  const calendar = await loadCenterCalendar(
    db,
    center,
    localDate(input.start, center.timezone),
    addDays(lastDay, 1),
  );
  occurrences.forEach((occurrence, index) => {
    if (!staff) {
      if (occurrence.start < now) {
        violations.push({
          rule: 'in_past',
          path: 'start',
          text: msg('The start is in the past.', 'Początek rezerwacji jest w przeszłości.'),
          ...at(index, occurrence),
        });
      } else if (occurrence.start.getTime() < now.getTime() + rules.minNoticeHours * HOUR) {
        violations.push({
          rule: 'min_notice',
          path: 'start',
          text: msg(
            `Book at least ${rules.minNoticeHours} hours ahead.`,
            `Rezerwuj co najmniej ${rules.minNoticeHours} godz. wcześniej.`,
          ),
          ...at(index, occurrence),
        });
      } else if (occurrence.start.getTime() > now.getTime() + rules.maxAdvanceDays * 24 * HOUR) {
        violations.push({
          rule: 'max_advance',
          path: 'start',
          text: msg(
            `Rooms can be booked at most ${rules.maxAdvanceDays} days ahead.`,
            `Sale można rezerwować najwyżej ${rules.maxAdvanceDays} dni naprzód.`,
          ),
          ...at(index, occurrence),
        });
      }
    }
    if (!override) {
      const check = calendar.check(occurrence.start, occurrence.end);
      if (!check.ok)
        violations.push({ rule: check.rule, path: 'start', text: check.message, ...at(index, occurrence) });
    }
  });
  if (violations.length > 0) throw ruleViolations(violations);
}

// Reading

async function loadVisibleBooking(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  requireActor(actor);
  const row = isId(id) ? await repo.findBooking(db, id, options) : undefined;
  if (row?.kind !== 'lending') throw notFound(BOOKING);
  const staff = isStaffOf(actor, row.center_id);
  const beneficiary = row.beneficiary_id
    ? await findBeneficiaryForService(db, row.beneficiary_id)
    : undefined;
  const own = row.requested_by === actor.id || !!beneficiary?.representativeIds.includes(actor.id);
  if (!staff && !own) throw notFound(BOOKING);
  return { row, staff, own, beneficiary };
}

export async function getBooking(db: Kysely<DB>, actor: Actor | null, id: string): Promise<Booking> {
  return presentBooking((await loadVisibleBooking(db, actor, id)).row);
}

export async function listBookings(
  db: Kysely<DB>,
  actor: Actor | null,
  query: {
    centerId?: string;
    roomId?: string;
    beneficiaryId?: string;
    status?: BookingStatus;
    from?: Date;
    to?: Date;
    limit: number;
    cursor?: string;
  },
) {
  requireActor(actor);
  const admin = actor.roles.includes('admin');
  const coordinator = actor.roles.includes('coordinator');
  const member = actor.roles.includes('member');
  if (!admin && !coordinator && !member) throw forbidden();
  const ids = [query.centerId, query.roomId, query.beneficiaryId].filter(
    (id): id is string => id !== undefined,
  );
  if (ids.some((id) => !isId(id))) return { items: [], nextCursor: null };
  // Staff see their centres' bookings; members see their own and their beneficiaries'.
  let filter: Partial<repo.BookingFilter>;
  if (admin) filter = {};
  else if (
    coordinator &&
    (!member || query.centerId === undefined || actor.centerIds.includes(query.centerId))
  ) {
    filter = { centerIds: actor.centerIds };
  } else filter = { visibleTo: actor.id };
  const rows = await repo.selectBookingPage(db, {
    ...filter,
    ...(query.centerId && {
      centerIds: filter.centerIds ? filter.centerIds.filter((c) => c === query.centerId) : [query.centerId],
    }),
    roomId: query.roomId,
    beneficiaryId: query.beneficiaryId,
    status: query.status,
    from: query.from,
    to: query.to,
    visibleTo: filter.visibleTo,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.start_at, id: row.id }), presentBooking);
}

export async function getSeries(db: Kysely<DB>, actor: Actor | null, id: string) {
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
    bookings: rows.map(presentBooking),
  };
}

// The workflow: pending -> approved | rejected | cancelled; approved -> cancelled | completed

type Transition = 'approve' | 'reject' | 'cancel' | 'attendance';

const ALLOWED_FROM: Record<Transition, BookingStatus[]> = {
  approve: ['pending'],
  reject: ['pending'],
  cancel: ['pending', 'approved'],
  attendance: ['approved', 'completed'],
};

function assertTransition(row: repo.BookingRow, action: Transition) {
  if (!ALLOWED_FROM[action].includes(row.status)) {
    throw conflict(
      msg(
        `A ${row.status} booking cannot be given this action (${action}).`,
        `Rezerwacji o statusie ${row.status} nie można: ${action}.`,
      ),
      { status: row.status, action, allowedFrom: ALLOWED_FROM[action] },
    );
  }
}

export async function approveBooking(db: Kysely<DB>, actor: Actor | null, id: string, reason?: string) {
  return decide(db, actor, id, 'approve', 'approved', reason ?? null);
}

export async function rejectBooking(db: Kysely<DB>, actor: Actor | null, id: string, reason: string) {
  return decide(db, actor, id, 'reject', 'rejected', reason);
}

async function decide(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  action: 'approve' | 'reject',
  status: BookingStatus,
  reason: string | null,
) {
  return db.transaction().execute(async (trx) => {
    const { row, staff, beneficiary } = await loadVisibleBooking(trx, actor, id, { forUpdate: true });
    if (!staff) throw forbidden();
    assertTransition(row, action);
    const updated = await repo.updateStatus(trx, row.id, { status, decidedBy: actor?.id ?? null, reason });
    await recordAudit(trx, {
      actorId: actor?.id ?? null,
      action,
      entity: 'booking',
      entityId: row.id,
      fields: ['status'],
      reason,
    });
    await notifyAbout(
      trx,
      updated,
      action === 'approve' ? 'booking_approved' : 'booking_rejected',
      beneficiary?.email ?? null,
    );
    return presentBooking(updated);
  });
}

export async function cancelBooking(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { reason?: string; scope?: 'this' | 'following' },
) {
  return db.transaction().execute(async (trx) => {
    const { row, staff, own, beneficiary } = await loadVisibleBooking(trx, actor, id, { forUpdate: true });
    if (!staff && !own) throw forbidden();
    assertTransition(row, 'cancel');
    const targets =
      input.scope === 'following' && row.series_id
        ? await repo.selectFollowingInSeries(trx, row.series_id, row.start_at)
        : [row];
    const cancelled: Booking[] = [];
    for (const target of targets) {
      const updated = await repo.updateStatus(trx, target.id, {
        status: 'cancelled',
        decidedBy: actor?.id ?? null,
        reason: input.reason ?? null,
      });
      await recordAudit(trx, {
        actorId: actor?.id ?? null,
        action: 'cancel',
        entity: 'booking',
        entityId: target.id,
        fields: ['status'],
        reason: input.reason ?? null,
      });
      cancelled.push(presentBooking(updated));
    }
    const first = cancelled[0] as Booking;
    await notifyMany(trx, cancelled, 'booking_cancelled', beneficiary?.email ?? null, row.requested_by);
    return { ...first, cancelled: cancelled.map((booking) => booking.id) };
  });
}

export async function recordAttendance(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  attendees: number,
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const { row, staff } = await loadVisibleBooking(trx, actor, id, { forUpdate: true });
    if (!staff) throw forbidden();
    assertTransition(row, 'attendance');
    if (row.start_at > now) {
      throw conflict(
        msg(
          'Attendance can be recorded once the booking has started.',
          'Frekwencję można wpisać dopiero po rozpoczęciu rezerwacji.',
        ),
        { status: row.status, action: 'attendance', start: row.start_at },
      );
    }
    const updated = await repo.updateStatus(trx, row.id, { status: 'completed', attendees });
    await recordAudit(trx, {
      actorId: actor?.id ?? null,
      action: 'attendance',
      entity: 'booking',
      entityId: row.id,
      fields: ['attendees', 'status'],
    });
    return presentBooking(updated);
  });
}

// Booking rules of a centre

export async function getBookingRules(db: Kysely<DB>, centerId: string) {
  const rules = isId(centerId) ? await repo.selectBookingRules(db, centerId) : undefined;
  if (!rules) throw notFound(msg('Centre', 'centrum'));
  return rules;
}

export async function updateBookingRules(
  db: Kysely<DB>,
  actor: Actor | null,
  centerId: string,
  changes: Partial<repo.BookingRules>,
) {
  await getBookingRules(db, centerId);
  requireActor(actor);
  if (!allowed(actor, 'center.update', { centerId })) throw forbidden();
  return db.transaction().execute(async (trx) => {
    await repo.updateBookingRules(trx, centerId, changes);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'booking_rules',
      entityId: centerId,
      fields: Object.keys(changes),
    });
    return (await repo.selectBookingRules(trx, centerId)) as repo.BookingRules;
  });
}

// Mail

type BookingMailKind =
  | 'booking_received'
  | 'booking_approved'
  | 'booking_rejected'
  | 'booking_cancelled'
  | 'booking_reminder';

async function notify(
  db: Kysely<DB>,
  message: {
    kind: BookingMailKind;
    requester: { email: string; name: string; language: 'pl' | 'en' } | undefined;
    beneficiaryEmail: string | null;
    room: Room;
    center: Center;
    bookings: Booking[];
  },
) {
  const recipients = new Map<string, 'pl' | 'en'>();
  if (message.requester) recipients.set(message.requester.email, message.requester.language);
  if (message.beneficiaryEmail && !recipients.has(message.beneficiaryEmail))
    recipients.set(message.beneficiaryEmail, 'pl');
  const first = message.bookings[0];
  if (!first) return;
  for (const [to, language] of recipients) {
    await enqueueMail(db, {
      to,
      kind: message.kind,
      language,
      data: {
        title: first.title,
        room: message.room.name,
        center: message.center.name,
        address: message.center.address,
        timezone: message.center.timezone,
        occurrences: message.bookings.map((booking) => ({ start: booking.start, end: booking.end })),
        reason: first.decisionReason,
      },
      attachments:
        message.kind === 'booking_approved'
          ? [
              {
                filename: 'rezerwacja.ics',
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                content: Buffer.from(bookingInvite(message.bookings, message.room, message.center)).toString(
                  'base64',
                ),
              },
            ]
          : undefined,
    });
  }
}

async function notifyAbout(
  db: Kysely<DB>,
  booking: repo.BookingRow,
  kind: BookingMailKind,
  beneficiaryEmail: string | null,
) {
  return notifyMany(db, [presentBooking(booking)], kind, beneficiaryEmail, booking.requested_by);
}

async function notifyMany(
  db: Kysely<DB>,
  bookings: Booking[],
  kind: BookingMailKind,
  beneficiaryEmail: string | null,
  requestedBy: string | null,
) {
  const first = bookings[0];
  if (!first) return;
  const room = (await findRoom(db, first.roomId)) as Room;
  const center = (await findCenter(db, first.centerId)) as Center;
  const requester = await findUserContact(db, requestedBy);
  await notify(db, { kind, requester, beneficiaryEmail, room, center, bookings });
}

/**
 * The reminder the day before: claims the approved bookings starting in the next 24 hours
 * that had none yet and queues one message each. Safe to run from every server process.
 */
export async function sendDueReminders(db: Kysely<DB>, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await repo.claimDueReminders(trx, now, new Date(now.getTime() + 24 * HOUR));
    for (const booking of due) {
      const row = (await repo.findBooking(trx, booking.id)) as repo.BookingRow;
      const beneficiary = row.beneficiary_id
        ? await findBeneficiaryForService(trx, row.beneficiary_id)
        : undefined;
      await notifyAbout(trx, row, 'booking_reminder', beneficiary?.email ?? null);
    }
    return due.length;
  });
}

// Availability and calendar feeds: public, times and titles only

const MAX_AVAILABILITY_DAYS = 62;

export async function roomAvailability(db: Kysely<DB>, roomId: string, query: { from: string; to: string }) {
  const room = isId(roomId) ? await findRoom(db, roomId) : undefined;
  if (!room) throw notFound(msg('Room', 'sala'));
  const center = (await findCenter(db, room.centerId)) as Center;
  const { from, to } = query;
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  if (!(span >= 1 && span <= MAX_AVAILABILITY_DAYS)) {
    throw new AppError(
      'bad_request',
      msg(
        `Ask for 1 to ${MAX_AVAILABILITY_DAYS} days, with to on or after from.`,
        `Podaj od 1 do ${MAX_AVAILABILITY_DAYS} dni, z to nie wcześniejszym niż from.`,
      ),
      [{ path: 'querystring.to', message: `from..to must span 1 to ${MAX_AVAILABILITY_DAYS} days` }],
    );
  }
  const calendar = await loadCenterCalendar(db, center, from, to);
  const open: { start: Date; end: Date }[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = calendar.day(date);
    for (const [start, end] of day.hours) {
      open.push({
        start: zonedInstant(date, start, center.timezone),
        end: zonedInstant(date, end, center.timezone),
      });
    }
  }
  const windowStart = open[0]?.start ?? new Date(Date.parse(from));
  const windowEnd = open.at(-1)?.end ?? new Date(Date.parse(to));
  const holds = await repo.selectRoomHolds(db, { roomIds: [room.id], from: windowStart, to: windowEnd });
  const busy = holds.map((hold) => ({ start: hold.start_at, end: hold.end_at }));
  return { roomId: room.id, timezone: center.timezone, free: subtract(open, busy), busy };
}

/** The parts of `open` intervals not covered by any `busy` interval (both sorted by start). */
function subtract(open: { start: Date; end: Date }[], busy: { start: Date; end: Date }[]) {
  const free: { start: Date; end: Date }[] = [];
  for (const interval of open) {
    let cursor = interval.start;
    for (const taken of busy) {
      if (taken.end <= cursor || taken.start >= interval.end) continue;
      if (taken.start > cursor) free.push({ start: cursor, end: taken.start });
      if (taken.end > cursor) cursor = taken.end;
    }
    if (cursor < interval.end) free.push({ start: cursor, end: interval.end });
  }
  return free;
}

const FEED_PAST_DAYS = 31;
const FEED_FUTURE_DAYS = 366;

export async function roomFeed(db: Kysely<DB>, roomId: string, now = new Date()) {
  const room = isId(roomId) ? await findRoom(db, roomId) : undefined;
  if (!room) throw notFound(msg('Room', 'sala'));
  const center = (await findCenter(db, room.centerId)) as Center;
  return feedOf(db, `${room.name} (${center.name})`, center, [room.id], now);
}

export async function centerFeed(db: Kysely<DB>, centerId: string, now = new Date()) {
  const center = isId(centerId) ? await findCenter(db, centerId) : undefined;
  if (!center) throw notFound(msg('Centre', 'centrum'));
  const rooms = await listRoomIds(db, center.id);
  return feedOf(db, center.name, center, rooms, now);
}

async function feedOf(db: Kysely<DB>, name: string, center: Center, roomIds: string[], now: Date) {
  const holds =
    roomIds.length === 0
      ? []
      : await repo.selectRoomHolds(db, {
          roomIds,
          from: new Date(now.getTime() - FEED_PAST_DAYS * 24 * HOUR),
          to: new Date(now.getTime() + FEED_FUTURE_DAYS * 24 * HOUR),
        });
  return occupationFeed(
    name,
    center,
    holds.map((hold) => ({
      id: hold.id,
      title: hold.title,
      start: hold.start_at,
      end: hold.end_at,
      status: hold.status,
      roomName: hold.room_name,
      updatedAt: hold.updated_at,
    })),
  );
}

// Room holds of the centre's own activities (the programme module): approved, no beneficiary,
// under the same exclusion constraint as lendings. Call inside the caller's transaction; an
// overlap raises PostgreSQL's 23P01, to be answered with findRoomConflicts after the rollback.

export async function holdRoomForActivity(
  db: Kysely<DB>,
  hold: {
    roomId: string;
    centerId: string;
    title: string;
    occurrences: Occurrence[];
    requestedBy: string | null;
  },
): Promise<string[]> {
  const rows = await repo.insertBookings(
    db,
    hold.occurrences.map((occurrence) => ({
      roomId: hold.roomId,
      centerId: hold.centerId,
      kind: 'activity' as const,
      beneficiaryId: null,
      seriesId: null,
      title: hold.title,
      purpose: null,
      expectedAttendees: null,
      start: occurrence.start,
      end: occurrence.end,
      status: 'approved' as const,
      requestedBy: hold.requestedBy,
      termsAcceptedAt: null,
      decidedBy: hold.requestedBy,
    })),
  );
  return rows.map((row) => row.id);
}

/** Frees the rooms held by these activity holds (they stay on record as cancelled). */
export async function releaseActivityHolds(db: Kysely<DB>, bookingIds: string[], actorId: string | null) {
  for (const id of bookingIds) {
    const row = await repo.findBooking(db, id, { forUpdate: true });
    if (row?.kind !== 'activity' || !['pending', 'approved'].includes(row.status)) continue;
    await repo.updateStatus(db, id, { status: 'cancelled', decidedBy: actorId });
  }
}

/** The holds of a room (lendings and activities) that overlap any of these occurrences. */
export async function findRoomConflicts(db: Kysely<DB>, roomId: string, occurrences: Occurrence[]) {
  const rows = await repo.selectConflicts(db, roomId, occurrences);
  return rows.map((row) => ({
    occurrence: Number(row.index) - 1,
    bookingId: row.id,
    kind: row.kind as 'lending' | 'activity',
    start: row.start_at,
    end: row.end_at,
    status: row.status,
  }));
}
