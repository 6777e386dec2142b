import { type Kysely, sql } from 'kysely';
import type { ActivityKind, ActivityStatus, DB } from '../../../db/schema.ts';

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

/**
 * Activities with their seat counts, registered seats and the length of the waitlist (columns a
 * trigger keeps, migration 2026120601).
 */
function selectActivities(db: Kysely<DB>) {
  return db
    .selectFrom('activities')
    .select([...activityColumns, 'activities.seats_taken', 'activities.waitlisted']);
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
