import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { DB, RegistrationStatus } from '../../../db/schema.ts';
import type { VisibleScope } from '../../../lib/policy.ts';
import { buildEventInsert, type WebhookEvent } from '../../webhooks/index.ts';

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
export function selectRegistrations(db: Kysely<DB>) {
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

/** A new status; the webhook events about it are queued in the same statement. */
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
  events: WebhookEvent[] = [],
) {
  const update = db
    .updateTable('activity_registrations')
    .set({
      status: changes.status,
      updated_at: new Date(),
      ...(changes.promotedAt && { promoted_at: changes.promotedAt }),
      ...(changes.cancelledAt && { cancelled_at: changes.cancelledAt }),
      ...(changes.cancelledBy && { cancelled_by: changes.cancelledBy }),
      ...(changes.reason !== undefined && { cancel_reason: changes.reason }),
    })
    .where('id', '=', id);
  if (events.length === 0) await update.execute();
  else await sql`with changed as (${update}) ${buildEventInsert(db, events)}`.execute(db);
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
    .select(['id', 'seats', 'queue', 'beneficiary_id'])
    .where('activity_id', '=', activityId)
    .where('status', '=', 'waitlisted')
    .orderBy('queue')
    .execute();
}

/** Registrations the user made, or of beneficiaries the user represents. */
function madeOrRepresentedBy(eb: ExpressionBuilder<DB, 'activity_registrations'>, userId: string) {
  return eb.or([
    eb('activity_registrations.registered_by', '=', userId),
    eb(
      'activity_registrations.beneficiary_id',
      'in',
      eb.selectFrom('beneficiary_representatives').select('beneficiary_id').where('user_id', '=', userId),
    ),
  ]);
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
    query = query.where((eb) => madeOrRepresentedBy(eb, userId));
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
    scope: VisibleScope;
    beneficiaryId?: string;
    status?: RegistrationStatus;
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
  if (filter.status) query = query.where('activity_registrations.status', '=', filter.status);
  if (filter.upcomingFrom) query = query.where('activities.end_at', '>', filter.upcomingFrom);
  const { scope } = filter;
  if (!scope.all) {
    const { centerIds, representedBy } = scope;
    query = query.where((eb) =>
      eb.or([
        ...(centerIds.length ? [eb('activities.center_id', 'in', centerIds)] : []),
        ...(representedBy ? [madeOrRepresentedBy(eb, representedBy)] : []),
        ...(!centerIds.length && !representedBy ? [eb.lit(false)] : []),
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

/** The registered participants of an activity, for the attendance list and the mail. */
export function selectRegistered(db: Kysely<DB>, activityId: string) {
  return selectRegistrations(db)
    .where('activity_registrations.activity_id', '=', activityId)
    .where('activity_registrations.status', '=', 'registered')
    .orderBy('beneficiaries.name')
    .orderBy('activity_registrations.queue')
    .execute();
}
