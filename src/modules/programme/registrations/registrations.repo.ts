import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { PREPARED } from '../../../db/prepared.ts';
import type { DB, RegistrationStatus } from '../../../db/schema.ts';
import type { VisibleScope } from '../../../lib/policy.ts';
import { type AuditEntry, buildAuditInsert } from '../../audit/index.ts';
import { buildMailInsert } from '../../mail/index.ts';
import { buildEventInsert, type WebhookEvent, withEventDeliveries } from '../../webhooks/index.ts';
import type { ActivityRow } from '../activities/activities.repo.ts';

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
  else await withEventDeliveries(db, events, update).execute(db);
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

/** Everything a registration is decided on, read in the statement that locks the activity. */
export type RegistrationContext = {
  activity: ActivityRow;
  center: { name: string; address: string; timezone: string };
  roomName: string | null;
  sessions: { start: Date; end: Date }[];
  beneficiary:
    | { id: string; name: string; email: string | null; erased: boolean; representativeIds: string[] }
    | undefined;
  /** The registering user's address and language (undefined for a disabled account). */
  registrant: { email: string; language: 'pl' | 'en' } | undefined;
  /** The beneficiary's registration for the activity that still counts, if any. */
  live: { id: string; status: RegistrationStatus } | undefined;
};

type ContextRow = ActivityRow & {
  center_name: string;
  center_address: string;
  center_timezone: string;
  room_name: string | null;
  session_times: { start: number; end: number }[];
  beneficiary_id: string | null;
  beneficiary_name: string | null;
  beneficiary_email: string | null;
  beneficiary_erased: boolean | null;
  representative_ids: string[];
  registrant_email: string | null;
  registrant_language: 'pl' | 'en' | null;
  live_id: string | null;
  live_status: RegistrationStatus | null;
};

/**
 * Takes the activity's row lock for the rest of the transaction and reads, in the same
 * statement, all a registration is decided on. A row locked after waiting is read at its newest
 * version, so its seat counts (kept by a trigger) include every registration committed before;
 * undefined when there is no such activity.
 */
export async function lockForRegistration(
  db: Kysely<DB>,
  keys: { activityId: string; beneficiaryId: string | null; registrantId: string },
): Promise<RegistrationContext | undefined> {
  const { rows } = await sql<ContextRow>`${PREPARED}
    select a.*, c.name as center_name, c.address as center_address, c.timezone as center_timezone,
           rm.name as room_name,
           coalesce((select json_agg(json_build_object(
                               'start', extract(epoch from s.start_at) * 1000,
                               'end', extract(epoch from s.end_at) * 1000) order by s.ordinal)
                       from activity_sessions s where s.activity_id = a.id), '[]'::json) as session_times,
           b.id as beneficiary_id, b.name as beneficiary_name, b.email as beneficiary_email,
           b.erased_at is not null as beneficiary_erased,
           coalesce((select array_agg(r.user_id::text order by r.user_id)
                       from beneficiary_representatives r where r.beneficiary_id = b.id),
                    '{}'::text[]) as representative_ids,
           u.email as registrant_email, u.language as registrant_language,
           live.id as live_id, live.status as live_status
      from activities a
      join centers c on c.id = a.center_id
      left join rooms rm on rm.id = a.room_id
      left join beneficiaries b on b.id = ${keys.beneficiaryId}::uuid
      left join users u on u.id = ${keys.registrantId}::uuid and not u.disabled
      left join lateral (
        select x.id, x.status from activity_registrations x
         where x.activity_id = a.id and x.beneficiary_id = b.id and x.status <> 'cancelled'
         limit 1) live on true
     where a.id = ${keys.activityId}::uuid
       for update of a`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const {
    center_name,
    center_address,
    center_timezone,
    room_name,
    session_times,
    beneficiary_id,
    beneficiary_name,
    beneficiary_email,
    beneficiary_erased,
    representative_ids,
    registrant_email,
    registrant_language,
    live_id,
    live_status,
    ...activity
  } = row;
  return {
    activity,
    center: { name: center_name, address: center_address, timezone: center_timezone },
    roomName: room_name,
    sessions: session_times.map((each) => ({ start: new Date(each.start), end: new Date(each.end) })),
    beneficiary: beneficiary_id
      ? {
          id: beneficiary_id,
          name: beneficiary_name ?? '',
          email: beneficiary_email,
          erased: beneficiary_erased === true,
          representativeIds: representative_ids,
        }
      : undefined,
    registrant: registrant_email
      ? { email: registrant_email, language: registrant_language ?? 'pl' }
      : undefined,
    live: live_id && live_status ? { id: live_id, status: live_status } : undefined,
  };
}

/**
 * A new registration with its audit entry, its mail and its webhook deliveries, in one
 * statement (each a data-modifying WITH): all of it or, on the unique index's refusal, none.
 */
export async function insertRegistrationWithRecords(
  db: Kysely<DB>,
  write: {
    registration: {
      id: string;
      activityId: string;
      beneficiaryId: string;
      seats: number;
      status: RegistrationStatus;
      registeredBy: string;
    };
    audit: AuditEntry & { centerId: string };
    mail: Parameters<typeof buildMailInsert>[1];
    events: WebhookEvent[];
    at: Date;
  },
) {
  const { registration } = write;
  const insert = db.insertInto('activity_registrations').values({
    id: registration.id,
    activity_id: registration.activityId,
    beneficiary_id: registration.beneficiaryId,
    seats: registration.seats,
    status: registration.status,
    registered_by: registration.registeredBy,
  });
  const parts = [
    sql`new_registration as (${insert.returning(['queue', 'created_at', 'updated_at'])})`,
    sql`new_audit as (${buildAuditInsert(db, [write.audit])})`,
    ...(write.mail.length > 0 ? [sql`new_mail as (${buildMailInsert(db, write.mail)})`] : []),
    ...(write.events.length > 0
      ? [sql`new_deliveries as (${buildEventInsert(db, write.events, write.at)})`]
      : []),
  ];
  const { rows } = await sql<{ queue: number; created_at: Date; updated_at: Date }>`${PREPARED}
    with ${sql.join(parts)} select * from new_registration`.execute(db);
  return rows[0] as { queue: number; created_at: Date; updated_at: Date };
}
