import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { AppError, conflict, type FieldError, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize, requireActor } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { type Center, findCenter, findRoom } from '../../centers/index.ts';
import {
  type ActivityRow,
  lockActivity,
  type SessionRow,
  selectSessions,
  updateSession,
} from '../activities/activities.repo.ts';
import { assertScheduled } from '../activities/activities.rules.ts';
import { toSession } from '../activities/activities.schema.ts';
import { loadActivity } from '../activities/activities.service.ts';
import { findRegistration, selectRegistered } from '../registrations/registrations.repo.ts';
import { renderAttendanceList } from './attendance.pdf.ts';
import * as repo from './attendance.repo.ts';
import type { AttendanceInput, CheckIn, CheckInInput } from './attendance.schema.ts';

/** Attendance may be taken at the door from an hour before a session starts. */
const ATTENDANCE_OPENS_BEFORE = 3600_000;

// Attendance: per session, registered participants plus walk-ins; the rest are no-shows

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
  const sessions = await selectSessions(db, row.id);
  let session: SessionRow | undefined;
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
  return { row, session: session as SessionRow, sessions };
}

async function checkInView(db: Kysely<DB>, row: ActivityRow, sessionId: string): Promise<CheckIn> {
  const session = (await selectSessions(db, row.id)).find((each) => each.id === sessionId) as SessionRow;
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
    session: toSession(session),
    opensAt: new Date(session.start_at.getTime() - ATTENDANCE_OPENS_BEFORE),
    open: row.status === 'scheduled' && session.start_at.getTime() - ATTENDANCE_OPENS_BEFORE <= Date.now(),
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

function assertAttendanceOpen(row: ActivityRow, session: SessionRow, now: Date) {
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
      ? await findRegistration(db, entry.registrationId)
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
  input: AttendanceInput,
  now = new Date(),
): Promise<CheckIn> {
  const { row, session, sessions } = await loadForAttendance(db, actor, activityId, input.sessionId, now);
  if (input.sessionId === undefined && sessions.length > 1) {
    throw invalidField('sessionId', msg('say which session of the series', 'wskaż spotkanie z serii'));
  }
  assertAttendanceOpen(row, session, now);
  await validateAttended(db, row.id, input.attended);
  return db.transaction().execute(async (trx) => {
    await lockActivity(trx, row.id);
    await repo.replaceSessionAttendance(trx, session.id, input.attended, actor?.id as string);
    await updateSession(trx, session.id, {
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
  input: CheckInInput,
  now = new Date(),
): Promise<CheckIn> {
  const { row, session } = await loadForAttendance(db, actor, activityId, input.sessionId, now);
  assertAttendanceOpen(row, session, now);
  const registration = isId(input.registrationId)
    ? await findRegistration(db, input.registrationId)
    : undefined;
  const seats = input.seats ?? registration?.seats ?? 1;
  await validateAttended(db, row.id, [{ registrationId: input.registrationId, seats }]);
  return db.transaction().execute(async (trx) => {
    await lockActivity(trx, row.id);
    await repo.upsertAttendance(trx, {
      sessionId: session.id,
      registrationId: input.registrationId,
      seats,
      recordedBy: actor?.id as string,
    });
    await updateSession(trx, session.id, { attendanceRecordedAt: now });
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
  const participants = await selectRegistered(db, row.id);
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
