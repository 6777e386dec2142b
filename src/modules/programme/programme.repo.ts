import { type Kysely, sql } from 'kysely';
import type { ActivityKind, ActivityStatus, DB, RegistrationStatus } from '../../db/schema.ts';

// Activities

const activityColumns = [
  'activities.id',
  'activities.center_id',
  'activities.kind',
  'activities.title',
  'activities.description',
  'activities.audience',
  'activities.room_id',
  'activities.capacity',
  'activities.start_at',
  'activities.end_at',
  'activities.rrule',
  'activities.registration_opens_at',
  'activities.registration_closes_at',
  'activities.published',
  'activities.status',
  'activities.cancel_reason',
  'activities.cancelled_at',
  'activities.created_by',
  'activities.created_at',
  'activities.updated_at',
] as const;

/** Activities with their seat counts: registered seats and the length of the waitlist. */
function selectActivities(db: Kysely<DB>) {
  return db
    .selectFrom('activities')
    .select(activityColumns)
    .select([
      sql<number>`(select coalesce(sum(r.seats), 0)::int from activity_registrations r
                    where r.activity_id = activities.id and r.status = 'registered')`.as('seats_taken'),
      sql<number>`(select count(*)::int from activity_registrations r
                    where r.activity_id = activities.id and r.status = 'waitlisted')`.as('waitlisted'),
    ]);
}

export type ActivityRow = Awaited<ReturnType<typeof findActivity>> & {};

export function findActivity(db: Kysely<DB>, id: string) {
  return selectActivities(db).where('activities.id', '=', id).executeTakeFirst();
}

/**
 * Takes the activity's row lock for the rest of the transaction: every change to its seats
 * (registering, cancelling, promoting, changing the capacity) queues here, one at a time.
 */
export async function lockActivity(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('activities')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export type NewActivity = {
  centerId: string;
  kind: ActivityKind;
  title: string;
  description: string | null;
  audience: string | null;
  roomId: string | null;
  capacity: number | null;
  start: Date;
  end: Date;
  rrule: string | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  published: boolean;
  createdBy: string;
};

export async function insertActivity(db: Kysely<DB>, activity: NewActivity): Promise<string> {
  const { id } = await db
    .insertInto('activities')
    .values({
      center_id: activity.centerId,
      kind: activity.kind,
      title: activity.title,
      description: activity.description,
      audience: activity.audience,
      room_id: activity.roomId,
      capacity: activity.capacity,
      start_at: activity.start,
      end_at: activity.end,
      rrule: activity.rrule,
      registration_opens_at: activity.registrationOpensAt,
      registration_closes_at: activity.registrationClosesAt,
      published: activity.published,
      created_by: activity.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export type ActivityChanges = Partial<{
  title: string;
  description: string | null;
  audience: string | null;
  roomId: string | null;
  capacity: number | null;
  start: Date;
  end: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  published: boolean;
  status: ActivityStatus;
  cancelReason: string | null;
  cancelledAt: Date | null;
}>;

export async function updateActivity(db: Kysely<DB>, id: string, changes: ActivityChanges) {
  await db
    .updateTable('activities')
    .set({
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.audience !== undefined && { audience: changes.audience }),
      ...(changes.roomId !== undefined && { room_id: changes.roomId }),
      ...(changes.capacity !== undefined && { capacity: changes.capacity }),
      ...(changes.start !== undefined && { start_at: changes.start }),
      ...(changes.end !== undefined && { end_at: changes.end }),
      ...(changes.registrationOpensAt !== undefined && {
        registration_opens_at: changes.registrationOpensAt,
      }),
      ...(changes.registrationClosesAt !== undefined && {
        registration_closes_at: changes.registrationClosesAt,
      }),
      ...(changes.published !== undefined && { published: changes.published }),
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.cancelReason !== undefined && { cancel_reason: changes.cancelReason }),
      ...(changes.cancelledAt !== undefined && { cancelled_at: changes.cancelledAt }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export type ActivityFilter = {
  centerId?: string;
  kind?: ActivityKind;
  status?: ActivityStatus;
  from?: Date;
  to?: Date;
  /** Who sees unpublished activities: everything (admin), these centres' (coordinators), none. */
  unpublished: 'all' | { centerIds: string[] } | 'none';
  order: 'asc' | 'desc';
  limit: number;
  after?: { at: Date; id: string };
};

export function selectActivityPage(db: Kysely<DB>, filter: ActivityFilter) {
  let query = selectActivities(db)
    .orderBy('activities.start_at', filter.order)
    .orderBy('activities.id', filter.order)
    .limit(filter.limit + 1);
  if (filter.centerId) query = query.where('activities.center_id', '=', filter.centerId);
  if (filter.kind) query = query.where('activities.kind', '=', filter.kind);
  if (filter.status) query = query.where('activities.status', '=', filter.status);
  if (filter.from) query = query.where('activities.end_at', '>', filter.from);
  if (filter.to) query = query.where('activities.start_at', '<', filter.to);
  const { unpublished } = filter;
  if (unpublished === 'none') query = query.where('activities.published', '=', true);
  else if (unpublished !== 'all') {
    const centerIds = unpublished.centerIds;
    query = query.where((eb) =>
      eb.or([
        eb('activities.published', '=', true),
        ...(centerIds.length ? [eb('activities.center_id', 'in', centerIds)] : []),
      ]),
    );
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(
      filter.order === 'asc'
        ? sql<boolean>`(activities.start_at, activities.id) > (${at}, ${id}::uuid)`
        : sql<boolean>`(activities.start_at, activities.id) < (${at}, ${id}::uuid)`,
    );
  }
  return query.execute();
}

// Sessions

export type SessionRow = Awaited<ReturnType<typeof selectSessions>>[number];

export function selectSessions(db: Kysely<DB>, activityId: string) {
  return db
    .selectFrom('activity_sessions')
    .select([
      'id',
      'activity_id',
      'ordinal',
      'start_at',
      'end_at',
      'booking_id',
      'walk_ins',
      'attendance_recorded_at',
    ])
    .where('activity_id', '=', activityId)
    .orderBy('ordinal')
    .execute();
}

export async function insertSessions(
  db: Kysely<DB>,
  activityId: string,
  sessions: { start: Date; end: Date; bookingId: string | null }[],
) {
  await db
    .insertInto('activity_sessions')
    .values(
      sessions.map((session, ordinal) => ({
        activity_id: activityId,
        ordinal,
        start_at: session.start,
        end_at: session.end,
        booking_id: session.bookingId,
      })),
    )
    .execute();
}

export async function updateSession(
  db: Kysely<DB>,
  id: string,
  changes: Partial<{
    start: Date;
    end: Date;
    bookingId: string | null;
    walkIns: number;
    attendanceRecordedAt: Date;
  }>,
) {
  await db
    .updateTable('activity_sessions')
    .set({
      ...(changes.start !== undefined && { start_at: changes.start }),
      ...(changes.end !== undefined && { end_at: changes.end }),
      ...(changes.bookingId !== undefined && { booking_id: changes.bookingId }),
      ...(changes.walkIns !== undefined && { walk_ins: changes.walkIns }),
      ...(changes.attendanceRecordedAt !== undefined && {
        attendance_recorded_at: changes.attendanceRecordedAt,
      }),
    })
    .where('id', '=', id)
    .execute();
}

/** Which activities hold these bookings (room holds), for naming them in a conflict. */
export function selectActivitiesByBookings(db: Kysely<DB>, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('activity_sessions')
    .innerJoin('activities', 'activities.id', 'activity_sessions.activity_id')
    .select(['activity_sessions.booking_id', 'activities.id as activity_id', 'activities.title'])
    .where('activity_sessions.booking_id', 'in', bookingIds)
    .execute();
}

// Registrations

const registrationColumns = [
  'activity_registrations.id',
  'activity_registrations.queue',
  'activity_registrations.activity_id',
  'activity_registrations.beneficiary_id',
  'activity_registrations.seats',
  'activity_registrations.status',
  'activity_registrations.registered_by',
  'activity_registrations.promoted_at',
  'activity_registrations.cancelled_at',
  'activity_registrations.cancel_reason',
  'activity_registrations.created_at',
  'activity_registrations.updated_at',
  'beneficiaries.name as beneficiary_name',
] as const;

/**
 * Registrations with the beneficiary's name, the waitlist position (1 = next in line, first
 * in, first out) and the seats attended over all sessions (null before any attendance).
 */
function selectRegistrations(db: Kysely<DB>) {
  return db
    .selectFrom('activity_registrations')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'activity_registrations.beneficiary_id')
    .select(registrationColumns)
    .select([
      sql<number | null>`case when activity_registrations.status = 'waitlisted' then (
        select count(*)::int from activity_registrations w
         where w.activity_id = activity_registrations.activity_id and w.status = 'waitlisted'
           and w.queue <= activity_registrations.queue) end`.as('position'),
      sql<number | null>`(select max(a.seats)::int from activity_attendance a
                           where a.registration_id = activity_registrations.id)`.as('attended_seats'),
    ]);
}

export type RegistrationRow = Awaited<ReturnType<typeof findRegistration>> & {};

export function findRegistration(db: Kysely<DB>, id: string) {
  return selectRegistrations(db).where('activity_registrations.id', '=', id).executeTakeFirst();
}

/** The registration of a beneficiary for an activity that still counts (not cancelled). */
export function findLiveRegistration(db: Kysely<DB>, activityId: string, beneficiaryId: string) {
  return db
    .selectFrom('activity_registrations')
    .select(['id', 'status'])
    .where('activity_id', '=', activityId)
    .where('beneficiary_id', '=', beneficiaryId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
}

export async function insertRegistration(
  db: Kysely<DB>,
  registration: {
    activityId: string;
    beneficiaryId: string;
    seats: number;
    status: RegistrationStatus;
    registeredBy: string;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('activity_registrations')
    .values({
      activity_id: registration.activityId,
      beneficiary_id: registration.beneficiaryId,
      seats: registration.seats,
      status: registration.status,
      registered_by: registration.registeredBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateRegistration(
  db: Kysely<DB>,
  id: string,
  changes: {
    status: RegistrationStatus;
    promotedAt?: Date;
    cancelledAt?: Date;
    cancelledBy?: string;
    reason?: string | null;
  },
) {
  await db
    .updateTable('activity_registrations')
    .set({
      status: changes.status,
      updated_at: new Date(),
      ...(changes.promotedAt && { promoted_at: changes.promotedAt }),
      ...(changes.cancelledAt && { cancelled_at: changes.cancelledAt }),
      ...(changes.cancelledBy && { cancelled_by: changes.cancelledBy }),
      ...(changes.reason !== undefined && { cancel_reason: changes.reason }),
    })
    .where('id', '=', id)
    .execute();
}

/** Seats registered for an activity now. Call under the activity's lock to act on it. */
export async function countRegisteredSeats(db: Kysely<DB>, activityId: string): Promise<number> {
  const row = await db
    .selectFrom('activity_registrations')
    .select(sql<number>`coalesce(sum(seats), 0)::int`.as('seats'))
    .where('activity_id', '=', activityId)
    .where('status', '=', 'registered')
    .executeTakeFirstOrThrow();
  return row.seats;
}

/** The waitlist in its order, first in line first. */
export function selectWaitlist(db: Kysely<DB>, activityId: string) {
  return db
    .selectFrom('activity_registrations')
    .select(['id', 'seats', 'queue'])
    .where('activity_id', '=', activityId)
    .where('status', '=', 'waitlisted')
    .orderBy('queue')
    .execute();
}

export type RegistrationFilter = {
  activityId: string;
  status?: RegistrationStatus;
  /** Members: registrations they made or of beneficiaries they represent. */
  visibleTo?: string;
  limit: number;
  afterQueue?: number;
};

/** Registrations in the order they came (the waitlist's order too). */
export function selectRegistrationPage(db: Kysely<DB>, filter: RegistrationFilter) {
  let query = selectRegistrations(db)
    .where('activity_registrations.activity_id', '=', filter.activityId)
    .orderBy('activity_registrations.queue')
    .limit(filter.limit + 1);
  if (filter.status) query = query.where('activity_registrations.status', '=', filter.status);
  if (filter.afterQueue !== undefined)
    query = query.where('activity_registrations.queue', '>', filter.afterQueue);
  if (filter.visibleTo) {
    const userId = filter.visibleTo;
    query = query.where((eb) =>
      eb.or([
        eb('activity_registrations.registered_by', '=', userId),
        eb(
          'activity_registrations.beneficiary_id',
          'in',
          eb.selectFrom('beneficiary_representatives').select('beneficiary_id').where('user_id', '=', userId),
        ),
      ]),
    );
  }
  return query.execute();
}

/**
 * Registrations across activities, newest first, with their activity: a member's own (and its
 * beneficiaries'), a beneficiary's, or those of some centres' activities.
 */
export function selectRegistrationsAcross(
  db: Kysely<DB>,
  filter: {
    visibleTo?: string;
    centerIds?: string[];
    beneficiaryId?: string;
    status?: string;
    upcomingFrom?: Date;
    limit: number;
    after?: { at: Date; id: string };
  },
) {
  let query = selectRegistrations(db)
    .innerJoin('activities', 'activities.id', 'activity_registrations.activity_id')
    .select([
      'activities.title as activity_title',
      'activities.kind as activity_kind',
      'activities.center_id as activity_center_id',
      'activities.start_at as activity_start',
      'activities.end_at as activity_end',
      'activities.status as activity_status',
      'activities.rrule as activity_rrule',
    ])
    .orderBy('activity_registrations.created_at', 'desc')
    .orderBy('activity_registrations.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.beneficiaryId)
    query = query.where('activity_registrations.beneficiary_id', '=', filter.beneficiaryId);
  if (filter.status) query = query.where('activity_registrations.status', '=', filter.status as 'registered');
  if (filter.upcomingFrom) query = query.where('activities.end_at', '>', filter.upcomingFrom);
  if (filter.centerIds) {
    const ids = filter.centerIds.length ? filter.centerIds : ['00000000-0000-0000-0000-000000000000'];
    query = query.where('activities.center_id', 'in', ids);
  }
  if (filter.visibleTo) {
    const userId = filter.visibleTo;
    query = query.where((eb) =>
      eb.or([
        eb('activity_registrations.registered_by', '=', userId),
        eb(
          'activity_registrations.beneficiary_id',
          'in',
          eb.selectFrom('beneficiary_representatives').select('beneficiary_id').where('user_id', '=', userId),
        ),
      ]),
    );
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(
      sql<boolean>`(activity_registrations.created_at, activity_registrations.id) < (${at}, ${id}::uuid)`,
    );
  }
  return query.execute();
}

/** Registered and waitlisted registrations with the seats attended at one session. */
export function selectCheckIn(db: Kysely<DB>, activityId: string, sessionId: string) {
  return selectRegistrations(db)
    .leftJoin('activity_attendance as here', (join) =>
      join
        .onRef('here.registration_id', '=', 'activity_registrations.id')
        .on('here.session_id', '=', sessionId),
    )
    .select('here.seats as session_seats')
    .where('activity_registrations.activity_id', '=', activityId)
    .where('activity_registrations.status', 'in', ['registered', 'waitlisted'])
    .orderBy('activity_registrations.status')
    .orderBy('activity_registrations.queue')
    .execute();
}

/** The registered participants of an activity, for the attendance list and the mail. */
export function selectRegistered(db: Kysely<DB>, activityId: string) {
  return selectRegistrations(db)
    .where('activity_registrations.activity_id', '=', activityId)
    .where('activity_registrations.status', '=', 'registered')
    .orderBy('beneficiaries.name')
    .orderBy('activity_registrations.queue')
    .execute();
}

// Attendance

export async function replaceSessionAttendance(
  db: Kysely<DB>,
  sessionId: string,
  attended: { registrationId: string; seats: number }[],
  recordedBy: string,
) {
  await db.deleteFrom('activity_attendance').where('session_id', '=', sessionId).execute();
  if (attended.length === 0) return;
  await db
    .insertInto('activity_attendance')
    .values(
      attended.map((each) => ({
        session_id: sessionId,
        registration_id: each.registrationId,
        seats: each.seats,
        recorded_by: recordedBy,
      })),
    )
    .execute();
}

export async function upsertAttendance(
  db: Kysely<DB>,
  entry: { sessionId: string; registrationId: string; seats: number; recordedBy: string },
) {
  await db
    .insertInto('activity_attendance')
    .values({
      session_id: entry.sessionId,
      registration_id: entry.registrationId,
      seats: entry.seats,
      recorded_by: entry.recordedBy,
    })
    .onConflict((conflict) =>
      conflict.columns(['session_id', 'registration_id']).doUpdateSet({
        seats: entry.seats,
        recorded_by: entry.recordedBy,
        recorded_at: new Date(),
      }),
    )
    .execute();
}

// Feedback

export async function insertActivityFeedback(
  db: Kysely<DB>,
  feedback: {
    activityId: string;
    registrationId: string;
    rating: number;
    comment: string | null;
    givenBy: string;
  },
) {
  return db
    .insertInto('activity_feedback')
    .values({
      activity_id: feedback.activityId,
      registration_id: feedback.registrationId,
      rating: feedback.rating,
      comment: feedback.comment,
      given_by: feedback.givenBy,
    })
    .returning(['id', 'activity_id', 'registration_id', 'rating', 'comment', 'created_at'])
    .executeTakeFirstOrThrow();
}

export function findFeedbackOfRegistration(db: Kysely<DB>, registrationId: string) {
  return db
    .selectFrom('activity_feedback')
    .select(['id'])
    .where('registration_id', '=', registrationId)
    .executeTakeFirst();
}

export function selectActivityFeedbackStats(db: Kysely<DB>, activityId: string) {
  return db
    .selectFrom('activity_feedback')
    .select([sql<number>`count(*)::int`.as('count'), sql<number | null>`avg(rating)::float8`.as('average')])
    .where('activity_id', '=', activityId)
    .executeTakeFirstOrThrow();
}

/** Feedback on activities starting in the period, per kind. */
export async function selectFeedbackByKind(
  db: Kysely<DB>,
  filter: { centerIds?: string[]; from: Date; to: Date },
) {
  let query = db
    .selectFrom('activity_feedback')
    .innerJoin('activities', 'activities.id', 'activity_feedback.activity_id')
    .select([
      'activities.kind',
      sql<number>`count(*)::int`.as('count'),
      sql<number>`avg(activity_feedback.rating)::float8`.as('average'),
    ])
    .where('activities.start_at', '>=', filter.from)
    .where('activities.start_at', '<', filter.to)
    .groupBy('activities.kind');
  if (filter.centerIds) {
    query = query.where('activities.center_id', 'in', filter.centerIds.length ? filter.centerIds : [NO_ID]);
  }
  return query.execute();
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

// Reminders

/**
 * Marks the sessions of scheduled activities starting within the window as reminded and
 * returns them: the update claims each session once, however many processes run the job.
 */
export async function claimDueSessionReminders(db: Kysely<DB>, from: Date, to: Date) {
  const { rows } = await sql<{ id: string; activity_id: string; start_at: Date; end_at: Date }>`
    update activity_sessions set reminder_sent_at = now()
     where id in (
       select s.id from activity_sessions s join activities a on a.id = s.activity_id
        where a.status = 'scheduled' and s.reminder_sent_at is null
          and s.start_at > ${from} and s.start_at <= ${to}
        for update of s skip locked)
    returning id, activity_id, start_at, end_at
  `.execute(db);
  return rows;
}
