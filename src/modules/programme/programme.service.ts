import type { Kysely } from 'kysely';
import type { ActivityKind, ActivityStatus, DB, RegistrationStatus } from '../../db/schema.ts';
import {
  AppError,
  conflict,
  type FieldError,
  forbidden,
  invalidField,
  type Message,
  msg,
  notFound,
  type RuleViolation,
  ruleViolations,
} from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, invalidCursor, toPage } from '../../lib/pagination.ts';
import {
  type Action,
  type Actor,
  allowed,
  authorize,
  isStaffActor,
  isStaffOf,
  requireActor,
  type Target,
} from '../../lib/policy/index.ts';
import { expandRecurrence, type Occurrence } from '../../lib/recurrence.ts';
import { blankToNull } from '../../lib/text.ts';
import {
  addDays,
  type CalendarDate,
  DEFAULT_TIMEZONE,
  daysBetween,
  localDate,
  zonedInstant,
} from '../../lib/time.ts';
import { findUserContact } from '../accounts/index.ts';
import { summarizeAppointmentFeedback } from '../advice/index.ts';
import { recordAudit } from '../audit/index.ts';
import { findRoomConflicts, holdRoomForActivity, releaseActivityHolds } from '../bookings/index.ts';
import { type Center, findCenter, findRoom, loadCenterCalendar, type Room } from '../centers/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { findBeneficiaryForService } from '../registry/index.ts';
import { renderAttendanceList } from './programme.attendance-pdf.ts';
import * as repo from './programme.repo.ts';

/** allowed() without narrowing: after a refusal the actor is still a signed-in actor. */
const can = (actor: Actor, action: Action, target: Target = {}): boolean => allowed(actor, action, target);

export const ACTIVITY_KINDS = [
  'seminar',
  'training',
  'workshop',
  'working_group',
  'study_visit',
  'event',
  'networking',
] as const satisfies readonly ActivityKind[];
export const REGISTRATION_STATUSES = [
  'registered',
  'waitlisted',
  'cancelled',
] as const satisfies readonly RegistrationStatus[];

const ACTIVITY = msg('Activity', 'zajęcia');
const REGISTRATION = msg('Registration', 'zapis');
const HOUR = 3600_000;
/** Attendance may be taken at the door from an hour before a session starts. */
const ATTENDANCE_OPENS_BEFORE = HOUR;

// Presentation

export type Session = {
  id: string;
  ordinal: number;
  start: Date;
  end: Date;
  bookingId: string | null;
  walkIns: number;
  attendanceRecordedAt: Date | null;
};

export type Activity = {
  id: string;
  centerId: string;
  kind: ActivityKind;
  title: string;
  description: string | null;
  audience: string | null;
  roomId: string | null;
  capacity: number | null;
  start: Date;
  end: Date;
  recurrence: { rrule: string } | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date;
  published: boolean;
  status: ActivityStatus;
  cancelReason: string | null;
  seatsTaken: number;
  seatsLeft: number | null;
  waitlisted: number;
  createdAt: Date;
  updatedAt: Date;
};

export type ActivityDetail = Activity & {
  sessions: Session[];
  /** Staff of the centre only: the participants' ratings. */
  feedback?: { count: number; average: number | null };
};

function presentActivity(row: repo.ActivityRow): Activity {
  return {
    id: row.id,
    centerId: row.center_id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    audience: row.audience,
    roomId: row.room_id,
    capacity: row.capacity,
    start: row.start_at,
    end: row.end_at,
    recurrence: row.rrule ? { rrule: row.rrule } : null,
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: closesAt(row),
    published: row.published,
    status: row.status,
    cancelReason: row.cancel_reason,
    seatsTaken: row.seats_taken,
    seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.seats_taken),
    waitlisted: row.waitlisted,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Registration closes when the activity starts, unless the staff set another moment. */
const closesAt = (row: { registration_closes_at: Date | null; start_at: Date }) =>
  row.registration_closes_at ?? row.start_at;

function presentSession(row: repo.SessionRow): Session {
  return {
    id: row.id,
    ordinal: row.ordinal,
    start: row.start_at,
    end: row.end_at,
    bookingId: row.booking_id,
    walkIns: row.walk_ins,
    attendanceRecordedAt: row.attendance_recorded_at,
  };
}

export type Registration = {
  id: string;
  activityId: string;
  beneficiaryId: string;
  beneficiaryName: string;
  seats: number;
  status: RegistrationStatus;
  /** On the waitlist: 1 = next in line. */
  position: number | null;
  /** The most seats attended at any session; null before attendance was taken. */
  attendedSeats: number | null;
  registeredBy: string | null;
  promotedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

function presentRegistration(row: repo.RegistrationRow): Registration {
  return {
    id: row.id,
    activityId: row.activity_id,
    beneficiaryId: row.beneficiary_id,
    beneficiaryName: row.beneficiary_name,
    seats: row.seats,
    status: row.status,
    position: row.position,
    attendedSeats: row.attended_seats,
    registeredBy: row.registered_by,
    promotedAt: row.promoted_at,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const rule = (ruleName: string, path: string, text: Message) =>
  ruleViolations([{ rule: ruleName, path, text }]);

// Activities

export type ActivityInput = {
  centerId: string;
  kind: ActivityKind;
  title: string;
  description?: string | null;
  audience?: string | null;
  start: Date;
  end: Date;
  roomId?: string | null;
  capacity?: number | null;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  recurrence?: { rrule: string };
  published?: boolean;
  /** Staff may hold a room outside opening hours or above its capacity. */
  override?: boolean;
};

export async function createActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  input: ActivityInput,
): Promise<ActivityDetail> {
  requireActor(actor);
  if (!isStaffActor(actor)) throw forbidden();
  const center = isId(input.centerId) ? await findCenter(db, input.centerId) : undefined;
  if (!center) throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
  authorize(actor, 'activity.manage', { centerId: center.id });
  const room = input.roomId ? await roomOfCenter(db, input.roomId, center) : undefined;
  if (input.end <= input.start) {
    throw rule(
      'end_before_start',
      'end',
      msg('the end must be after the start', 'koniec musi być po początku'),
    );
  }
  let occurrences: Occurrence[] = [{ start: input.start, end: input.end }];
  if (input.recurrence) {
    const expansion = expandRecurrence(input.recurrence.rrule, input.start, input.end, center.timezone);
    if (!expansion.ok) throw invalidField('recurrence.rrule', expansion.message, { rule: 'recurrence' });
    occurrences = expansion.occurrences;
  }
  const capacity = input.capacity ?? room?.capacity ?? null;
  await checkActivityRules(db, {
    center,
    room,
    capacity,
    occurrences,
    opensAt: input.registrationOpensAt ?? null,
    closesAt: input.registrationClosesAt ?? null,
    override: input.override === true,
    checkHours: true,
  });

  let id: string;
  try {
    id = await db.transaction().execute(async (trx) => {
      const activityId = await repo.insertActivity(trx, {
        centerId: center.id,
        kind: input.kind,
        title: input.title,
        description: blankToNull(input.description) ?? null,
        audience: blankToNull(input.audience) ?? null,
        roomId: room?.id ?? null,
        capacity,
        start: (occurrences[0] as Occurrence).start,
        end: (occurrences.at(-1) as Occurrence).end,
        rrule: input.recurrence?.rrule ?? null,
        registrationOpensAt: input.registrationOpensAt ?? null,
        registrationClosesAt: input.registrationClosesAt ?? null,
        published: input.published ?? true,
        createdBy: actor.id,
      });
      const bookingIds = room
        ? await holdRoomForActivity(trx, {
            roomId: room.id,
            centerId: center.id,
            title: input.title,
            occurrences,
            requestedBy: actor.id,
          })
        : [];
      await repo.insertSessions(
        trx,
        activityId,
        occurrences.map((occurrence, index) => ({ ...occurrence, bookingId: bookingIds[index] ?? null })),
      );
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'activity',
        entityId: activityId,
        fields: Object.keys(input).filter((key) => key !== 'override'),
      });
      return activityId;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23P01' && room)
      throw await roomConflict(db, room.id, occurrences);
    throw error;
  }
  return detailOf(db, id, true);
}

async function roomOfCenter(db: Kysely<DB>, roomId: string, center: Center): Promise<Room> {
  const room = isId(roomId) ? await findRoom(db, roomId) : undefined;
  if (!room?.active || room.centerId !== center.id) {
    throw invalidField('roomId', msg('no such room in this centre', 'nie ma takiej sali w tym centrum'));
  }
  return room;
}

/** The 409 of a room hold: every session that overlaps a lending or another activity. */
async function roomConflict(
  db: Kysely<DB>,
  roomId: string,
  occurrences: Occurrence[],
  ownActivityId?: string,
) {
  const found = await findRoomConflicts(db, roomId, occurrences);
  const activityHolds = found.filter((each) => each.kind === 'activity').map((each) => each.bookingId);
  const owners = new Map(
    (await repo.selectActivitiesByBookings(db, activityHolds)).map((row) => [
      row.booking_id,
      row.activity_id,
    ]),
  );
  const conflicts = found
    .map((each) => ({
      occurrence: each.occurrence,
      kind: each.kind,
      bookingId: each.kind === 'lending' ? each.bookingId : null,
      activityId: owners.get(each.bookingId) ?? null,
      start: each.start,
      end: each.end,
      status: each.status,
    }))
    .filter((each) => ownActivityId === undefined || each.activityId !== ownActivityId);
  return conflict(
    msg('The room is already booked at that time.', 'Sala jest już zarezerwowana w tym czasie.'),
    {
      conflicts,
    },
  );
}

async function checkActivityRules(
  db: Kysely<DB>,
  context: {
    center: Center;
    room: Room | undefined;
    capacity: number | null;
    occurrences: Occurrence[];
    opensAt: Date | null;
    closesAt: Date | null;
    override: boolean;
    checkHours: boolean;
  },
) {
  const { center, room, capacity, occurrences, opensAt, closesAt: closes, override } = context;
  const violations: RuleViolation[] = [];
  if (room && capacity !== null && capacity > room.capacity && !override) {
    violations.push({
      rule: 'room_capacity',
      path: 'capacity',
      text: msg(
        `The room holds ${room.capacity} people; capacity ${capacity} asked for.`,
        `Sala mieści ${room.capacity} osób; podano ${capacity} miejsc.`,
      ),
    });
  }
  const lastEnd = (occurrences.at(-1) as Occurrence).end;
  if (opensAt && closes && closes <= opensAt) {
    violations.push({
      rule: 'registration_window',
      path: 'registrationClosesAt',
      text: msg('Registration must close after it opens.', 'Zapisy muszą się zamykać po otwarciu.'),
    });
  }
  if (closes && closes > lastEnd) {
    violations.push({
      rule: 'registration_window',
      path: 'registrationClosesAt',
      text: msg(
        'Registration must close by the end of the activity.',
        'Zapisy muszą się zamknąć przed końcem zajęć.',
      ),
    });
  }
  if (opensAt && opensAt >= lastEnd) {
    violations.push({
      rule: 'registration_window',
      path: 'registrationOpensAt',
      text: msg(
        'Registration must open before the activity ends.',
        'Zapisy muszą się otworzyć przed końcem zajęć.',
      ),
    });
  }
  // In the centre's own rooms, sessions keep to its opening hours; elsewhere (a study visit) they need not.
  if (room && context.checkHours && !override) {
    const first = localDate((occurrences[0] as Occurrence).start, center.timezone);
    const calendar = await loadCenterCalendar(
      db,
      center,
      first,
      addDays(localDate(lastEnd, center.timezone), 1),
    );
    const series = occurrences.length > 1;
    occurrences.forEach((occurrence, index) => {
      const check = calendar.check(occurrence.start, occurrence.end);
      if (!check.ok) {
        violations.push({
          rule: check.rule,
          path: 'start',
          text: check.message,
          ...(series && { occurrence: index, start: occurrence.start }),
        });
      }
    });
  }
  if (violations.length > 0) throw ruleViolations(violations);
}

/** The activity if the actor may know it: unpublished ones only for the centre's staff. */
async function loadActivity(db: Kysely<DB>, actor: Actor | null, id: string) {
  const row = isId(id) ? await repo.findActivity(db, id) : undefined;
  if (!row) throw notFound(ACTIVITY);
  const staff = isStaffOf(actor, row.center_id);
  if (!row.published && !staff) throw notFound(ACTIVITY);
  return { row, staff };
}

async function detailOf(db: Kysely<DB>, id: string, staff: boolean): Promise<ActivityDetail> {
  const row = (await repo.findActivity(db, id)) as repo.ActivityRow;
  const sessions = (await repo.selectSessions(db, id)).map(presentSession);
  const detail: ActivityDetail = { ...presentActivity(row), sessions };
  if (staff) detail.feedback = await repo.selectActivityFeedbackStats(db, id);
  return detail;
}

export async function getActivity(db: Kysely<DB>, actor: Actor | null, id: string): Promise<ActivityDetail> {
  const { row, staff } = await loadActivity(db, actor, id);
  return detailOf(db, row.id, staff);
}

export async function listActivities(
  db: Kysely<DB>,
  actor: Actor | null,
  query: {
    centerId?: string;
    kind?: ActivityKind;
    status?: ActivityStatus;
    from?: Date;
    to?: Date;
    order?: 'asc' | 'desc';
    limit: number;
    cursor?: string;
  },
) {
  if (query.centerId !== undefined && !isId(query.centerId)) return { items: [], nextCursor: null };
  let unpublished: repo.ActivityFilter['unpublished'] = 'none';
  if (actor?.roles.includes('admin')) unpublished = 'all';
  else if (actor?.roles.includes('coordinator')) unpublished = { centerIds: actor.centerIds };
  const rows = await repo.selectActivityPage(db, {
    centerId: query.centerId,
    kind: query.kind,
    status: query.status,
    from: query.from,
    to: query.to,
    unpublished,
    order: query.order ?? 'desc',
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.start_at, id: row.id }), presentActivity);
}

export type ActivityChanges = {
  title?: string;
  description?: string | null;
  audience?: string | null;
  start?: Date;
  end?: Date;
  roomId?: string | null;
  capacity?: number | null;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  published?: boolean;
  override?: boolean;
};

/**
 * Changes an activity (staff of its centre). Times change only for a one-off activity; a new
 * room, new times or a new title renew the room holds under the same constraint (409 on overlap).
 * A larger capacity promotes from the waitlist; a capacity below the seats taken is refused.
 */
export async function updateActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: ActivityChanges,
): Promise<ActivityDetail> {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, id);
  authorize(actor, 'activity.manage', { centerId: row.center_id });
  const center = (await findCenter(db, row.center_id)) as Center;
  const sessions = await repo.selectSessions(db, row.id);
  const timesChange = changes.start !== undefined || changes.end !== undefined;
  if (timesChange && sessions.length > 1) {
    throw rule(
      'series_times',
      'start',
      msg(
        'The times of a series cannot be changed; cancel it and create a new one.',
        'Nie można zmienić terminów serii; odwołaj ją i utwórz nową.',
      ),
    );
  }
  const start = changes.start ?? row.start_at;
  const end = changes.end ?? row.end_at;
  if (end <= start)
    throw rule(
      'end_before_start',
      'end',
      msg('the end must be after the start', 'koniec musi być po początku'),
    );
  const roomChange = changes.roomId !== undefined && changes.roomId !== row.room_id;
  const room =
    changes.roomId === undefined
      ? row.room_id
        ? ((await findRoom(db, row.room_id)) as Room)
        : undefined
      : changes.roomId === null
        ? undefined
        : await roomOfCenter(db, changes.roomId, center);
  const occurrences: Occurrence[] = timesChange
    ? [{ start, end }]
    : sessions.map((session) => ({ start: session.start_at, end: session.end_at }));
  const capacity = changes.capacity !== undefined ? changes.capacity : row.capacity;
  await checkActivityRules(db, {
    center,
    room,
    capacity,
    occurrences,
    opensAt:
      changes.registrationOpensAt !== undefined ? changes.registrationOpensAt : row.registration_opens_at,
    closesAt:
      changes.registrationClosesAt !== undefined ? changes.registrationClosesAt : row.registration_closes_at,
    override: changes.override === true,
    checkHours: roomChange || timesChange,
  });
  const rehold =
    roomChange || timesChange || (changes.title !== undefined && changes.title !== row.title && !!room);
  try {
    await db.transaction().execute(async (trx) => {
      await repo.lockActivity(trx, row.id);
      const current = (await repo.findActivity(trx, row.id)) as repo.ActivityRow;
      assertScheduled(current, 'update');
      if (capacity !== null && capacity < current.seats_taken) {
        throw rule(
          'capacity_below_registered',
          'capacity',
          msg(
            `${current.seats_taken} seats are already registered; cancel registrations first.`,
            `Zapisano już ${current.seats_taken} miejsc; najpierw odwołaj zapisy.`,
          ),
        );
      }
      if (rehold) {
        await releaseActivityHolds(
          trx,
          sessions.map((session) => session.booking_id).filter((each): each is string => each !== null),
          actor.id,
        );
        const bookingIds = room
          ? await holdRoomForActivity(trx, {
              roomId: room.id,
              centerId: center.id,
              title: changes.title ?? row.title,
              occurrences,
              requestedBy: actor.id,
            })
          : [];
        for (const [index, session] of sessions.entries()) {
          const occurrence = occurrences[index] as Occurrence;
          await repo.updateSession(trx, session.id, {
            bookingId: bookingIds[index] ?? null,
            ...(timesChange && { start: occurrence.start, end: occurrence.end }),
          });
        }
      }
      await repo.updateActivity(trx, row.id, {
        title: changes.title,
        description: blankToNull(changes.description),
        audience: blankToNull(changes.audience),
        roomId: changes.roomId,
        capacity: changes.capacity,
        start: timesChange ? start : undefined,
        end: timesChange ? end : undefined,
        registrationOpensAt: changes.registrationOpensAt,
        registrationClosesAt: changes.registrationClosesAt,
        published: changes.published,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'activity',
        entityId: row.id,
        fields: Object.keys(changes).filter((key) => key !== 'override'),
      });
      if (capacity === null || (row.capacity !== null && capacity > row.capacity)) {
        await promoteWaitlisted(trx, row.id, actor.id);
      }
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23P01' && room)
      throw await roomConflict(db, room.id, occurrences, row.id);
    throw error;
  }
  return detailOf(db, row.id, true);
}

function assertScheduled(row: repo.ActivityRow, action: string) {
  if (row.status !== 'scheduled') {
    throw conflict(
      msg(
        `A ${row.status} activity cannot be given this action (${action}).`,
        `Zajęć o statusie ${row.status} nie można: ${action}.`,
      ),
      { status: row.status, action, allowedFrom: ['scheduled'] },
    );
  }
}

/** Cancels an activity: frees its room, keeps the registrations on record and tells everyone registered or waiting. */
export async function cancelActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { reason?: string },
  now = new Date(),
): Promise<ActivityDetail> {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, id);
  authorize(actor, 'activity.manage', { centerId: row.center_id });
  await db.transaction().execute(async (trx) => {
    await repo.lockActivity(trx, row.id);
    const current = (await repo.findActivity(trx, row.id)) as repo.ActivityRow;
    assertScheduled(current, 'cancel');
    const sessions = await repo.selectSessions(trx, row.id);
    await releaseActivityHolds(
      trx,
      sessions.map((session) => session.booking_id).filter((each): each is string => each !== null),
      actor.id,
    );
    await repo.updateActivity(trx, row.id, {
      status: 'cancelled',
      cancelReason: input.reason ?? null,
      cancelledAt: now,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'cancel',
      entity: 'activity',
      entityId: row.id,
      fields: ['status'],
      reason: input.reason ?? null,
    });
    const page = await repo.selectRegistrationPage(trx, { activityId: row.id, limit: 100_000 });
    for (const registration of page.filter((each) => each.status !== 'cancelled')) {
      await mailRegistration(trx, 'activity_cancelled', registration, {
        ...current,
        cancel_reason: input.reason ?? null,
      });
    }
  });
  return detailOf(db, row.id, true);
}

// Registration: counted and written under the activity's row lock, so never more seats than capacity

export async function registerForActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  input: { beneficiaryId: string; seats?: number },
  now = new Date(),
): Promise<Registration> {
  requireActor(actor);
  const { row, staff } = await loadActivity(db, actor, activityId);
  const beneficiary = isId(input.beneficiaryId)
    ? await findBeneficiaryForService(db, input.beneficiaryId)
    : undefined;
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  authorize(actor, 'activity.register', {
    centerId: row.center_id,
    representativeIds: beneficiary.representativeIds,
  });
  const seats = input.seats ?? 1;
  if (row.capacity !== null && seats > row.capacity) {
    throw rule(
      'seats_over_capacity',
      'seats',
      msg(`The activity has ${row.capacity} seats in all.`, `Zajęcia mają łącznie ${row.capacity} miejsc.`),
    );
  }
  // The window binds members; staff may register anyone at any time (backfilling paper lists too).
  if (!staff) {
    if (row.end_at <= now) {
      throw rule('in_past', 'activityId', msg('The activity is over.', 'Zajęcia już się odbyły.'));
    }
    if (row.registration_opens_at && now < row.registration_opens_at) {
      throw rule(
        'registration_not_open',
        'activityId',
        msg(
          `Registration opens at ${row.registration_opens_at.toISOString()}.`,
          `Zapisy otwierają się ${row.registration_opens_at.toISOString()}.`,
        ),
      );
    }
    if (now >= closesAt(row)) {
      throw rule('registration_closed', 'activityId', msg('Registration is closed.', 'Zapisy są zamknięte.'));
    }
  }
  let registrationId: string;
  try {
    registrationId = await db.transaction().execute(async (trx) => {
      await repo.lockActivity(trx, row.id);
      const current = (await repo.findActivity(trx, row.id)) as repo.ActivityRow;
      assertScheduled(current, 'register');
      const existing = await repo.findLiveRegistration(trx, row.id, beneficiary.id);
      if (existing) throw alreadyRegistered(existing.id, existing.status);
      const taken = await repo.countRegisteredSeats(trx, row.id);
      const status: RegistrationStatus =
        current.capacity === null || taken + seats <= current.capacity ? 'registered' : 'waitlisted';
      const id = await repo.insertRegistration(trx, {
        activityId: row.id,
        beneficiaryId: beneficiary.id,
        seats,
        status,
        registeredBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: status === 'registered' ? 'register' : 'waitlist',
        entity: 'activity_registration',
        entityId: id,
        fields: ['activity', 'beneficiary', 'seats'],
      });
      const registration = (await repo.findRegistration(trx, id)) as repo.RegistrationRow;
      await mailRegistration(
        trx,
        status === 'registered' ? 'registration_confirmed' : 'registration_waitlisted',
        registration,
        current,
      );
      return id;
    });
  } catch (error) {
    // The unique index backs the check above should two requests slip past it.
    if ((error as { code?: string }).code === '23505') {
      const existing = await repo.findLiveRegistration(db, row.id, beneficiary.id);
      throw alreadyRegistered(existing?.id ?? null, existing?.status ?? null);
    }
    throw error;
  }
  return presentRegistration((await repo.findRegistration(db, registrationId)) as repo.RegistrationRow);
}

const alreadyRegistered = (registrationId: string | null, status: string | null) =>
  conflict(
    msg(
      'This beneficiary is already registered for the activity.',
      'Ten beneficjent jest już zapisany na te zajęcia.',
    ),
    { registrationId, status },
  );

/**
 * Fills freed seats from the waitlist, first in first out: each waiting registration that
 * fits the seats left is registered, in its turn; one too large to fit is skipped (it keeps
 * its place) and the next one that fits moves up. Call under the activity's lock.
 */
async function promoteWaitlisted(
  trx: Kysely<DB>,
  activityId: string,
  actorId: string | null,
  now = new Date(),
) {
  const activity = (await repo.findActivity(trx, activityId)) as repo.ActivityRow;
  // A cancelled activity keeps its waitlist as it was: nobody is promoted into it.
  if (activity.status !== 'scheduled') return [];
  let free = activity.capacity === null ? Number.POSITIVE_INFINITY : activity.capacity - activity.seats_taken;
  const promoted: string[] = [];
  for (const waiting of await repo.selectWaitlist(trx, activityId)) {
    if (free <= 0) break;
    if (waiting.seats > free) continue;
    await repo.updateRegistration(trx, waiting.id, { status: 'registered', promotedAt: now });
    await recordAudit(trx, {
      actorId,
      action: 'promote',
      entity: 'activity_registration',
      entityId: waiting.id,
      fields: ['status'],
    });
    free -= waiting.seats;
    promoted.push(waiting.id);
  }
  for (const id of promoted) {
    await mailRegistration(
      trx,
      'registration_promoted',
      (await repo.findRegistration(trx, id)) as repo.RegistrationRow,
      activity,
    );
  }
  return promoted;
}

export async function cancelRegistration(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  registrationId: string,
  input: { reason?: string },
  now = new Date(),
): Promise<Registration & { promoted: string[] }> {
  requireActor(actor);
  const { row, staff } = await loadActivity(db, actor, activityId);
  const { registration, own } = await loadRegistration(db, actor, row.id, registrationId, staff);
  if (!staff && !own) throw notFound(REGISTRATION);
  if (!staff && row.end_at <= now) {
    throw rule('in_past', 'registrationId', msg('The activity is over.', 'Zajęcia już się odbyły.'));
  }
  const promoted = await db.transaction().execute(async (trx) => {
    await repo.lockActivity(trx, row.id);
    const current = (await repo.findRegistration(trx, registration.id)) as repo.RegistrationRow;
    if (current.status === 'cancelled') {
      throw conflict(msg('The registration is already cancelled.', 'Zapis jest już odwołany.'), {
        status: current.status,
        action: 'cancel',
        allowedFrom: ['registered', 'waitlisted'],
      });
    }
    await repo.updateRegistration(trx, current.id, {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: actor.id,
      reason: input.reason ?? null,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'cancel',
      entity: 'activity_registration',
      entityId: current.id,
      fields: ['status'],
      reason: input.reason ?? null,
    });
    return current.status === 'registered' ? promoteWaitlisted(trx, row.id, actor.id, now) : [];
  });
  const updated = presentRegistration(
    (await repo.findRegistration(db, registration.id)) as repo.RegistrationRow,
  );
  return { ...updated, promoted };
}

/** A registration of this activity, and whether the actor made it or represents its beneficiary. */
async function loadRegistration(
  db: Kysely<DB>,
  actor: Actor,
  activityId: string,
  registrationId: string,
  staff: boolean,
) {
  const registration = isId(registrationId) ? await repo.findRegistration(db, registrationId) : undefined;
  if (!registration || registration.activity_id !== activityId) throw notFound(REGISTRATION);
  const beneficiary = await findBeneficiaryForService(db, registration.beneficiary_id);
  const own = registration.registered_by === actor.id || !!beneficiary?.representativeIds.includes(actor.id);
  if (!staff && !own) throw notFound(REGISTRATION);
  return { registration, beneficiary, own };
}

export async function getRegistration(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  registrationId: string,
) {
  requireActor(actor);
  const { row, staff } = await loadActivity(db, actor, activityId);
  const { registration } = await loadRegistration(db, actor, row.id, registrationId, staff);
  return presentRegistration(registration);
}

export async function listRegistrations(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  query: { status?: RegistrationStatus; limit: number; cursor?: string },
) {
  requireActor(actor);
  const { row, staff } = await loadActivity(db, actor, activityId);
  if (!staff && !actor.roles.includes('member')) throw forbidden();
  const rows = await repo.selectRegistrationPage(db, {
    activityId: row.id,
    status: query.status,
    visibleTo: staff ? undefined : actor.id,
    limit: query.limit,
    afterQueue: decodeQueueCursor(query.cursor),
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentRegistration),
    nextCursor:
      rows.length > query.limit && last ? Buffer.from(String(last.queue)).toString('base64url') : null,
  };
}

/**
 * The caller's registrations across the programme: a member's own and its beneficiaries';
 * staff see their centres' (admins all), optionally for one beneficiary.
 */
export async function listMyRegistrations(
  db: Kysely<DB>,
  actor: Actor | null,
  query: {
    beneficiaryId?: string;
    status?: RegistrationStatus;
    upcoming?: boolean;
    limit: number;
    cursor?: string;
  },
  now = new Date(),
) {
  requireActor(actor);
  const admin = actor.roles.includes('admin');
  const coordinator = actor.roles.includes('coordinator');
  if (!admin && !coordinator && !actor.roles.includes('member')) throw forbidden();
  if (query.beneficiaryId !== undefined && !isId(query.beneficiaryId)) return { items: [], nextCursor: null };
  const scope = admin ? {} : coordinator ? { centerIds: actor.centerIds } : { visibleTo: actor.id };
  const rows = await repo.selectRegistrationsAcross(db, {
    ...scope,
    beneficiaryId: query.beneficiaryId,
    status: query.status,
    upcomingFrom: query.upcoming ? now : undefined,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({ at: row.created_at, id: row.id }),
    (row) => ({
      ...presentRegistration(row),
      activity: {
        id: row.activity_id,
        title: row.activity_title,
        kind: row.activity_kind,
        centerId: row.activity_center_id,
        start: row.activity_start,
        end: row.activity_end,
        status: row.activity_status,
        recurrence: row.activity_rrule ? { rrule: row.activity_rrule } : null,
      },
    }),
  );
}

function decodeQueueCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const value = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalidCursor();
  }
  return value;
}

// Attendance: per session, registered participants plus walk-ins; the rest are no-shows

export type CheckIn = {
  activityId: string;
  title: string;
  session: Session;
  registrations: {
    registrationId: string;
    beneficiaryId: string;
    beneficiaryName: string;
    seats: number;
    status: RegistrationStatus;
    position: number | null;
    /** Seats attended at this session; null while attendance was not taken for it. */
    attendedSeats: number | null;
    noShow: boolean;
  }[];
  totals: {
    registeredSeats: number;
    attendedSeats: number;
    walkIns: number;
    participants: number;
    noShows: number;
  };
};

async function loadForAttendance(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  sessionId?: string,
  now = new Date(),
  sessionIn: 'body' | 'query' = 'body',
) {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, activityId);
  authorize(actor, 'activity.manage', { centerId: row.center_id });
  const sessions = await repo.selectSessions(db, row.id);
  let session: repo.SessionRow | undefined;
  if (sessionId !== undefined) {
    session = sessions.find((each) => each.id === sessionId);
    if (!session && sessionIn === 'query') throw notFound(msg('Session', 'spotkanie'));
    if (!session) {
      throw invalidField(
        'sessionId',
        msg('no such session of this activity', 'nie ma takiego spotkania tych zajęć'),
      );
    }
  } else {
    // The session under way or next; after the last one, the last one.
    session = sessions.find((each) => each.end_at > now) ?? sessions.at(-1);
  }
  return { row, session: session as repo.SessionRow, sessions };
}

async function checkInView(db: Kysely<DB>, row: repo.ActivityRow, sessionId: string): Promise<CheckIn> {
  const session = (await repo.selectSessions(db, row.id)).find(
    (each) => each.id === sessionId,
  ) as repo.SessionRow;
  const recorded = session.attendance_recorded_at !== null;
  const rows = await repo.selectCheckIn(db, row.id, session.id);
  const registrations = rows.map((each) => ({
    registrationId: each.id,
    beneficiaryId: each.beneficiary_id,
    beneficiaryName: each.beneficiary_name,
    seats: each.seats,
    status: each.status,
    position: each.position,
    attendedSeats: each.session_seats ?? (recorded && each.status === 'registered' ? 0 : null),
    noShow: recorded && each.status === 'registered' && (each.session_seats ?? 0) === 0,
  }));
  const registered = registrations.filter((each) => each.status === 'registered');
  const attendedSeats = registrations.reduce((sum, each) => sum + (each.attendedSeats ?? 0), 0);
  return {
    activityId: row.id,
    title: row.title,
    session: presentSession(session),
    registrations,
    totals: {
      registeredSeats: registered.reduce((sum, each) => sum + each.seats, 0),
      attendedSeats,
      walkIns: session.walk_ins,
      participants: attendedSeats + session.walk_ins,
      noShows: registrations.filter((each) => each.noShow).length,
    },
  };
}

export async function getCheckIn(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  sessionId?: string,
) {
  const { row, session } = await loadForAttendance(db, actor, activityId, sessionId, new Date(), 'query');
  return checkInView(db, row, session.id);
}

function assertAttendanceOpen(row: repo.ActivityRow, session: repo.SessionRow, now: Date) {
  assertScheduled(row, 'attendance');
  if (session.start_at.getTime() - ATTENDANCE_OPENS_BEFORE > now.getTime()) {
    throw conflict(
      msg(
        'Attendance can be taken from an hour before the session starts.',
        'Obecność można odnotować najwcześniej godzinę przed rozpoczęciem spotkania.',
      ),
      { status: row.status, action: 'attendance', start: session.start_at },
    );
  }
}

/** Checks the attendance entries against the registrations: registered ones of this activity, seats within theirs. */
async function validateAttended(
  db: Kysely<DB>,
  activityId: string,
  attended: { registrationId: string; seats: number }[],
) {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const [index, entry] of attended.entries()) {
    const registration = isId(entry.registrationId)
      ? await repo.findRegistration(db, entry.registrationId)
      : undefined;
    const path = `attended.${index}`;
    if (seen.has(entry.registrationId)) {
      errors.push({ path: `${path}.registrationId`, message: 'listed twice', messagePl: 'podano dwa razy' });
    } else if (
      !registration ||
      registration.activity_id !== activityId ||
      registration.status !== 'registered'
    ) {
      errors.push({
        path: `${path}.registrationId`,
        message: 'not a registered participant of this activity (count others as walk-ins)',
        messagePl: 'to nie jest zapisany uczestnik tych zajęć (pozostałych licz jako osoby bez zapisu)',
      });
    } else if (entry.seats > registration.seats) {
      errors.push({
        path: `${path}.seats`,
        message: `at most the ${registration.seats} seats registered (count the rest as walk-ins)`,
        messagePl: `najwyżej ${registration.seats} zapisanych miejsc (pozostałych licz jako osoby bez zapisu)`,
      });
    }
    seen.add(entry.registrationId);
  }
  if (errors.length > 0) {
    const first = errors[0] as FieldError;
    throw new AppError(
      'validation_failed',
      msg(`Invalid ${first.path}: ${first.message}`, `Błędne pole ${first.path}: ${first.messagePl}`),
      errors,
    );
  }
}

/** The attendance of one session as a whole: listed registrations came; registered ones not listed did not. */
export async function recordAttendance(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  input: { sessionId?: string; attended: { registrationId: string; seats: number }[]; walkIns?: number },
  now = new Date(),
): Promise<CheckIn> {
  const { row, session, sessions } = await loadForAttendance(db, actor, activityId, input.sessionId, now);
  if (input.sessionId === undefined && sessions.length > 1) {
    throw invalidField('sessionId', msg('say which session of the series', 'wskaż spotkanie z serii'));
  }
  assertAttendanceOpen(row, session, now);
  await validateAttended(db, row.id, input.attended);
  return db.transaction().execute(async (trx) => {
    await repo.lockActivity(trx, row.id);
    await repo.replaceSessionAttendance(trx, session.id, input.attended, actor?.id as string);
    await repo.updateSession(trx, session.id, {
      walkIns: input.walkIns ?? session.walk_ins,
      attendanceRecordedAt: now,
    });
    await recordAudit(trx, {
      actorId: actor?.id ?? null,
      action: 'attendance',
      entity: 'activity',
      entityId: row.id,
      fields: ['attended', ...(input.walkIns !== undefined ? ['walkIns'] : [])],
    });
    return checkInView(trx, row, session.id);
  });
}

/** Checks one registration in at the door (seats 0 undoes it). */
export async function checkIn(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  input: { sessionId?: string; registrationId: string; seats?: number },
  now = new Date(),
): Promise<CheckIn> {
  const { row, session } = await loadForAttendance(db, actor, activityId, input.sessionId, now);
  assertAttendanceOpen(row, session, now);
  const registration = isId(input.registrationId)
    ? await repo.findRegistration(db, input.registrationId)
    : undefined;
  const seats = input.seats ?? registration?.seats ?? 1;
  await validateAttended(db, row.id, [{ registrationId: input.registrationId, seats }]);
  return db.transaction().execute(async (trx) => {
    await repo.lockActivity(trx, row.id);
    await repo.upsertAttendance(trx, {
      sessionId: session.id,
      registrationId: input.registrationId,
      seats,
      recordedBy: actor?.id as string,
    });
    await repo.updateSession(trx, session.id, { attendanceRecordedAt: now });
    await recordAudit(trx, {
      actorId: actor?.id ?? null,
      action: 'check_in',
      entity: 'activity_registration',
      entityId: input.registrationId,
      fields: ['attended'],
    });
    return checkInView(trx, row, session.id);
  });
}

/** The paper list participants sign (PDF, in Polish): registered participants, seats, a signature column. */
export async function attendanceListPdf(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  sessionId?: string,
) {
  const { row, session, sessions } = await loadForAttendance(
    db,
    actor,
    activityId,
    sessionId,
    new Date(),
    'query',
  );
  const center = (await findCenter(db, row.center_id)) as Center;
  const room = row.room_id ? await findRoom(db, row.room_id) : undefined;
  const participants = await repo.selectRegistered(db, row.id);
  return renderAttendanceList({
    title: row.title,
    kind: row.kind,
    center: center.name,
    address: center.address,
    room: room?.name ?? null,
    timezone: center.timezone,
    start: session.start_at,
    end: session.end_at,
    session: sessions.length > 1 ? { number: session.ordinal + 1, of: sessions.length } : null,
    participants: participants.map((each) => ({ name: each.beneficiary_name, seats: each.seats })),
  });
}

// Feedback: once per attended registration, by a representative of the beneficiary

export async function giveActivityFeedback(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  input: { registrationId: string; rating: number; comment?: string },
  now = new Date(),
) {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, activityId);
  const registration = isId(input.registrationId)
    ? await repo.findRegistration(db, input.registrationId)
    : undefined;
  if (!registration || registration.activity_id !== row.id) {
    throw invalidField(
      'registrationId',
      msg('no such registration of this activity', 'nie ma takiego zapisu na te zajęcia'),
    );
  }
  const beneficiary = await findBeneficiaryForService(db, registration.beneficiary_id);
  authorize(actor, 'activity.feedback', { representativeIds: beneficiary?.representativeIds ?? [] });
  if (row.start_at > now) {
    throw rule(
      'not_held_yet',
      'registrationId',
      msg('The activity has not taken place yet.', 'Zajęcia jeszcze się nie odbyły.'),
    );
  }
  if (
    registration.status !== 'registered' ||
    !(registration.attended_seats && registration.attended_seats > 0)
  ) {
    throw rule(
      'not_attended',
      'registrationId',
      msg(
        'Only participants who attended may rate the activity.',
        'Ocenić zajęcia mogą tylko obecni na nich uczestnicy.',
      ),
    );
  }
  const given = () =>
    conflict(msg('Feedback for this registration was already given.', 'Ten zapis ma już ocenę.'), {
      registrationId: registration.id,
    });
  try {
    const feedback = await db.transaction().execute(async (trx) => {
      if (await repo.findFeedbackOfRegistration(trx, registration.id)) throw given();
      const created = await repo.insertActivityFeedback(trx, {
        activityId: row.id,
        registrationId: registration.id,
        rating: input.rating,
        comment: blankToNull(input.comment) ?? null,
        givenBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'activity_feedback',
        entityId: created.id,
        fields: ['rating', ...(input.comment ? ['comment'] : [])],
      });
      return created;
    });
    return {
      id: feedback.id,
      activityId: feedback.activity_id,
      registrationId: feedback.registration_id,
      rating: feedback.rating,
      comment: feedback.comment,
      createdAt: feedback.created_at,
    };
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw given();
    throw error;
  }
}

type Average = { count: number; average: number | null };

function summarize<K extends string>(
  kinds: readonly K[],
  rows: { kind: string; count: number; average: number }[],
) {
  const byKind = Object.fromEntries(
    kinds.map((kind) => [kind, { count: 0, average: null } as Average]),
  ) as Record<K, Average>;
  let count = 0;
  let sum = 0;
  for (const row of rows) {
    byKind[row.kind as K] = { count: row.count, average: round(row.average) };
    count += row.count;
    sum += row.average * row.count;
  }
  return { count, average: count ? round(sum / count) : null, byKind };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Average ratings of activities and appointments that started in the local days from..to,
 * per kind (staff: admins all centres, coordinators theirs).
 */
export async function feedbackSummary(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { centerId?: string; from: CalendarDate; to: CalendarDate },
) {
  requireActor(actor);
  if (!isStaffActor(actor)) throw forbidden();
  let center: Center | undefined;
  if (query.centerId !== undefined) {
    center = isId(query.centerId) ? await findCenter(db, query.centerId) : undefined;
    if (!center) throw notFound(msg('Centre', 'centrum'));
    authorize(actor, 'feedback.summary', { centerId: center.id });
  }
  if (daysBetween(query.from, query.to) < 0) {
    throw new AppError('bad_request', msg('to must be on or after from.', 'to nie może być przed from.'), [
      { path: 'querystring.to', message: 'before from' },
    ]);
  }
  const zone = center?.timezone ?? DEFAULT_TIMEZONE;
  const from = zonedInstant(query.from, '00:00', zone);
  const to = zonedInstant(query.to, '24:00', zone);
  const centerIds = center ? [center.id] : can(actor, 'center.create') ? undefined : actor.centerIds;
  const activities = await repo.selectFeedbackByKind(db, { centerIds, from, to });
  const advice = await summarizeAppointmentFeedback(db, { centerIds, from, to });
  return {
    period: { from: query.from, to: query.to },
    centerIds: centerIds ?? null,
    activities: summarize(ACTIVITY_KINDS, activities),
    advice: summarize(['consulting', 'coaching', 'mentoring'] as const, advice),
  };
}

// Mail

type RegistrationMailKind =
  | 'registration_confirmed'
  | 'registration_waitlisted'
  | 'registration_promoted'
  | 'activity_reminder'
  | 'activity_cancelled';

/**
 * Tells a registration's people: the beneficiary's address, and the member who registered it
 * when that member represents the beneficiary (staff registering for someone are not mailed).
 */
async function mailRegistration(
  db: Kysely<DB>,
  kind: RegistrationMailKind,
  registration: repo.RegistrationRow,
  activity: repo.ActivityRow,
  sessions?: { start: Date; end: Date }[],
) {
  const beneficiary = await findBeneficiaryForService(db, registration.beneficiary_id);
  const recipients = new Map<string, 'pl' | 'en'>();
  if (registration.registered_by && beneficiary?.representativeIds.includes(registration.registered_by)) {
    const contact = await findUserContact(db, registration.registered_by);
    if (contact) recipients.set(contact.email, contact.language);
  }
  if (beneficiary?.email && !beneficiary.erased && !recipients.has(beneficiary.email))
    recipients.set(beneficiary.email, 'pl');
  if (recipients.size === 0) return;
  const center = (await findCenter(db, activity.center_id)) as Center;
  const room = activity.room_id ? await findRoom(db, activity.room_id) : undefined;
  const times =
    sessions ??
    (await repo.selectSessions(db, activity.id)).map((each) => ({ start: each.start_at, end: each.end_at }));
  for (const [to, language] of recipients) {
    await enqueueMail(db, {
      to,
      kind,
      language,
      data: {
        title: activity.title,
        center: center.name,
        address: center.address,
        room: room?.name ?? null,
        timezone: center.timezone,
        sessions: times,
        seats: registration.seats,
        beneficiary: registration.beneficiary_name,
        position: registration.position,
        reason: activity.cancel_reason,
      },
    });
  }
}

/**
 * The reminder the day before: claims the sessions of scheduled activities starting in the
 * next 24 hours that had none yet and mails every registered participant. Safe to run from
 * every server process (run it from the jobs, like the booking reminders).
 */
export async function sendDueActivityReminders(db: Kysely<DB>, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await repo.claimDueSessionReminders(trx, now, new Date(now.getTime() + 24 * HOUR));
    for (const session of due) {
      const activity = (await repo.findActivity(trx, session.activity_id)) as repo.ActivityRow;
      for (const registration of await repo.selectRegistered(trx, activity.id)) {
        await mailRegistration(trx, 'activity_reminder', registration, activity, [
          { start: session.start_at, end: session.end_at },
        ]);
      }
    }
    return due.length;
  });
}
