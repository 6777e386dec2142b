import { type Kysely, sql } from 'kysely';
import type { AppointmentKind, AppointmentStatus, DB, EngagementKind, GoalStatus } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';
const idsOrNone = (ids: string[]) => (ids.length ? ids : [NO_ID]);

// Advisors

function selectAdvisors(db: Kysely<DB>) {
  return db
    .selectFrom('advisors')
    .innerJoin('users', 'users.id', 'advisors.user_id')
    .select([
      'advisors.id',
      'advisors.user_id',
      'users.name',
      'advisors.specialties',
      'advisors.bio',
      'advisors.active',
      'advisors.created_at',
      'advisors.updated_at',
      sql<string[]>`array(select c.center_id::text from advisor_centers c
                           where c.advisor_id = advisors.id order by c.center_id)`.as('center_ids'),
    ]);
}

export type AdvisorRow = Awaited<ReturnType<typeof findAdvisor>> & {};

export function findAdvisor(db: Kysely<DB>, id: string) {
  return selectAdvisors(db).where('advisors.id', '=', id).executeTakeFirst();
}

export function findAdvisorByUser(db: Kysely<DB>, userId: string) {
  return selectAdvisors(db).where('advisors.user_id', '=', userId).executeTakeFirst();
}

export async function insertAdvisor(
  db: Kysely<DB>,
  advisor: { userId: string; specialties: string[]; bio: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto('advisors')
    .values({ user_id: advisor.userId, specialties: advisor.specialties, bio: advisor.bio })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateAdvisor(
  db: Kysely<DB>,
  id: string,
  changes: { specialties?: string[]; bio?: string | null; active?: boolean },
) {
  await db
    .updateTable('advisors')
    .set({
      ...(changes.specialties !== undefined && { specialties: changes.specialties }),
      ...(changes.bio !== undefined && { bio: changes.bio }),
      ...(changes.active !== undefined && { active: changes.active }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function replaceAdvisorCenters(db: Kysely<DB>, advisorId: string, centerIds: string[]) {
  await db.deleteFrom('advisor_centers').where('advisor_id', '=', advisorId).execute();
  if (centerIds.length === 0) return;
  await db
    .insertInto('advisor_centers')
    .values(centerIds.map((centerId) => ({ advisor_id: advisorId, center_id: centerId })))
    .execute();
}

export function selectAdvisorPage(
  db: Kysely<DB>,
  filter: {
    specialty?: string;
    centerId?: string;
    includeInactive: boolean;
    limit: number;
    after?: CursorKey;
  },
) {
  let query = selectAdvisors(db)
    .orderBy('advisors.created_at', 'desc')
    .orderBy('advisors.id', 'desc')
    .limit(filter.limit + 1);
  if (!filter.includeInactive) query = query.where('advisors.active', '=', true);
  if (filter.specialty) query = query.where(sql<boolean>`${filter.specialty} = any(advisors.specialties)`);
  if (filter.centerId) {
    const centerId = filter.centerId;
    query = query.where('advisors.id', 'in', (eb) =>
      eb.selectFrom('advisor_centers').select('advisor_id').where('center_id', '=', centerId),
    );
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(advisors.created_at, advisors.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

// Availability

const windowColumns = ['id', 'advisor_id', 'center_id', 'start_at', 'end_at', 'created_at'] as const;

export type WindowRow = Awaited<ReturnType<typeof findWindow>> & {};

export function findWindow(db: Kysely<DB>, id: string) {
  return db.selectFrom('advisor_availability').select(windowColumns).where('id', '=', id).executeTakeFirst();
}

export function insertWindow(
  db: Kysely<DB>,
  window: { advisorId: string; centerId: string; start: Date; end: Date; createdBy: string },
) {
  return db
    .insertInto('advisor_availability')
    .values({
      advisor_id: window.advisorId,
      center_id: window.centerId,
      start_at: window.start,
      end_at: window.end,
      created_by: window.createdBy,
    })
    .returning(windowColumns)
    .executeTakeFirstOrThrow();
}

export async function deleteWindow(db: Kysely<DB>, id: string) {
  await db.deleteFrom('advisor_availability').where('id', '=', id).execute();
}

export function selectWindows(db: Kysely<DB>, advisorId: string, from: Date, to: Date) {
  return db
    .selectFrom('advisor_availability')
    .select(windowColumns)
    .where('advisor_id', '=', advisorId)
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}

/**
 * The centre of the availability that covers start..end: windows of one centre that touch
 * are read as one (10-12 and 12-14 cover an appointment 11-13).
 */
export async function findCoveringCenter(db: Kysely<DB>, advisorId: string, start: Date, end: Date) {
  const { rows } = await sql<{ center_id: string }>`
    select center_id from (
      select center_id, unnest(range_agg(tstzrange(start_at, end_at, '[)'))) as covered
        from advisor_availability
       where advisor_id = ${advisorId}::uuid
       group by center_id
    ) windows
    where covered @> tstzrange(${start}::timestamptz, ${end}::timestamptz, '[)')
    limit 1
  `.execute(db);
  return rows[0]?.center_id;
}

/** Windows of the advisor overlapping start..end, for the 409 of an overlapping window. */
export function selectOverlappingWindows(db: Kysely<DB>, advisorId: string, start: Date, end: Date) {
  return db
    .selectFrom('advisor_availability')
    .select(windowColumns)
    .where('advisor_id', '=', advisorId)
    .where('start_at', '<', end)
    .where('end_at', '>', start)
    .orderBy('start_at')
    .execute();
}

// Appointments

/**
 * Appointments with the names of the advisor and the beneficiary, the advisor's user id and
 * whether the viewer represents the beneficiary (for deciding who may read the notes).
 */
function selectAppointments(db: Kysely<DB>, viewerId: string) {
  return db
    .selectFrom('appointments')
    .innerJoin('advisors', 'advisors.id', 'appointments.advisor_id')
    .innerJoin('users as advisor_user', 'advisor_user.id', 'advisors.user_id')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'appointments.beneficiary_id')
    .select([
      'appointments.id',
      'appointments.advisor_id',
      'advisors.user_id as advisor_user_id',
      'advisor_user.name as advisor_name',
      'appointments.beneficiary_id',
      'beneficiaries.name as beneficiary_name',
      'appointments.center_id',
      'appointments.engagement_id',
      'appointments.kind',
      'appointments.topic',
      'appointments.start_at',
      'appointments.end_at',
      'appointments.status',
      'appointments.notes',
      'appointments.cancel_reason',
      'appointments.booked_by',
      'appointments.decided_by',
      'appointments.decided_at',
      'appointments.created_at',
      'appointments.updated_at',
      sql<boolean>`exists(select 1 from beneficiary_representatives r
                           where r.beneficiary_id = appointments.beneficiary_id and r.user_id = ${viewerId}::uuid)`.as(
        'viewer_represents',
      ),
    ]);
}

export type AppointmentRow = Awaited<ReturnType<typeof findAppointment>> & {};

export function findAppointment(db: Kysely<DB>, id: string, viewerId: string) {
  return selectAppointments(db, viewerId).where('appointments.id', '=', id).executeTakeFirst();
}

/** Takes the appointment's row lock for the rest of the transaction. */
export async function lockAppointment(db: Kysely<DB>, id: string) {
  await db.selectFrom('appointments').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertAppointment(
  db: Kysely<DB>,
  appointment: {
    advisorId: string;
    beneficiaryId: string;
    centerId: string;
    engagementId: string | null;
    kind: AppointmentKind;
    topic: string;
    start: Date;
    end: Date;
    bookedBy: string;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('appointments')
    .values({
      advisor_id: appointment.advisorId,
      beneficiary_id: appointment.beneficiaryId,
      center_id: appointment.centerId,
      engagement_id: appointment.engagementId,
      kind: appointment.kind,
      topic: appointment.topic,
      start_at: appointment.start,
      end_at: appointment.end,
      booked_by: appointment.bookedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateAppointment(
  db: Kysely<DB>,
  id: string,
  changes: Partial<{
    status: AppointmentStatus;
    notes: string | null;
    reason: string | null;
    decidedBy: string;
    start: Date;
    end: Date;
    centerId: string;
    topic: string;
  }>,
) {
  await db
    .updateTable('appointments')
    .set({
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.notes !== undefined && { notes: changes.notes }),
      ...(changes.reason !== undefined && { cancel_reason: changes.reason }),
      ...(changes.decidedBy !== undefined && { decided_by: changes.decidedBy, decided_at: new Date() }),
      ...(changes.start !== undefined && { start_at: changes.start }),
      ...(changes.end !== undefined && { end_at: changes.end }),
      ...(changes.centerId !== undefined && { center_id: changes.centerId }),
      ...(changes.topic !== undefined && { topic: changes.topic }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** The advisor's booked or completed appointments overlapping start..end, for the 409. */
export function selectAdvisorConflicts(
  db: Kysely<DB>,
  advisorId: string,
  start: Date,
  end: Date,
  exceptId?: string,
) {
  let query = db
    .selectFrom('appointments')
    .select(['id', 'start_at', 'end_at', 'status'])
    .where('advisor_id', '=', advisorId)
    .where('status', 'in', ['booked', 'completed'])
    .where('start_at', '<', end)
    .where('end_at', '>', start)
    .orderBy('start_at');
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.execute();
}

/** Busy times of an advisor (booked appointments), times only. */
export function selectBusy(db: Kysely<DB>, advisorId: string, from: Date, to: Date) {
  return db
    .selectFrom('appointments')
    .select(['start_at', 'end_at'])
    .where('advisor_id', '=', advisorId)
    .where('status', 'in', ['booked', 'completed'])
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}

export type AppointmentFilter = {
  advisorId?: string;
  beneficiaryId?: string;
  centerId?: string;
  engagementId?: string;
  status?: AppointmentStatus;
  from?: Date;
  to?: Date;
  /** Unset: every appointment (admins). Otherwise those matching any of these. */
  visible?: { centerIds: string[]; advisorId: string | null; representedBy: string | null };
  limit: number;
  after?: CursorKey;
};

export function selectAppointmentPage(db: Kysely<DB>, viewerId: string, filter: AppointmentFilter) {
  let query = selectAppointments(db, viewerId)
    .orderBy('appointments.start_at', 'desc')
    .orderBy('appointments.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.advisorId) query = query.where('appointments.advisor_id', '=', filter.advisorId);
  if (filter.beneficiaryId) query = query.where('appointments.beneficiary_id', '=', filter.beneficiaryId);
  if (filter.centerId) query = query.where('appointments.center_id', '=', filter.centerId);
  if (filter.engagementId) query = query.where('appointments.engagement_id', '=', filter.engagementId);
  if (filter.status) query = query.where('appointments.status', '=', filter.status);
  if (filter.from) query = query.where('appointments.end_at', '>', filter.from);
  if (filter.to) query = query.where('appointments.start_at', '<', filter.to);
  const { visible } = filter;
  if (visible) {
    query = query.where((eb) => {
      const anyOf = [eb('appointments.center_id', 'in', idsOrNone(visible.centerIds))];
      if (visible.advisorId) anyOf.push(eb('appointments.advisor_id', '=', visible.advisorId));
      if (visible.representedBy) {
        const userId = visible.representedBy;
        anyOf.push(eb('appointments.booked_by', '=', userId));
        anyOf.push(
          eb(
            'appointments.beneficiary_id',
            'in',
            eb
              .selectFrom('beneficiary_representatives')
              .select('beneficiary_id')
              .where('user_id', '=', userId),
          ),
        );
      }
      return eb.or(anyOf);
    });
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(appointments.start_at, appointments.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

// Engagements

const engagementColumns = [
  'engagements.id',
  'engagements.advisor_id',
  'engagements.beneficiary_id',
  'beneficiaries.name as beneficiary_name',
  'engagements.kind',
  'engagements.title',
  'engagements.status',
  'engagements.created_by',
  'engagements.created_at',
  'engagements.updated_at',
] as const;

export type EngagementRow = Awaited<ReturnType<typeof findEngagement>> & {};

export function findEngagement(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('engagements')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'engagements.beneficiary_id')
    .select(engagementColumns)
    .where('engagements.id', '=', id)
    .executeTakeFirst();
}

export async function insertEngagement(
  db: Kysely<DB>,
  engagement: {
    advisorId: string;
    beneficiaryId: string;
    kind: EngagementKind;
    title: string | null;
    createdBy: string;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('engagements')
    .values({
      advisor_id: engagement.advisorId,
      beneficiary_id: engagement.beneficiaryId,
      kind: engagement.kind,
      title: engagement.title,
      created_by: engagement.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateEngagementStatus(db: Kysely<DB>, id: string, status: 'active' | 'closed') {
  await db.updateTable('engagements').set({ status, updated_at: new Date() }).where('id', '=', id).execute();
}

export function selectEngagementPage(
  db: Kysely<DB>,
  filter: {
    advisorId?: string;
    beneficiaryId?: string;
    visible?: { centerIds: string[]; advisorId: string | null; representedBy: string | null };
    limit: number;
    after?: CursorKey;
  },
) {
  let query = db
    .selectFrom('engagements')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'engagements.beneficiary_id')
    .select(engagementColumns)
    .orderBy('engagements.created_at', 'desc')
    .orderBy('engagements.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.advisorId) query = query.where('engagements.advisor_id', '=', filter.advisorId);
  if (filter.beneficiaryId) query = query.where('engagements.beneficiary_id', '=', filter.beneficiaryId);
  const { visible } = filter;
  if (visible) {
    query = query.where((eb) => {
      const anyOf = [
        eb(
          'engagements.advisor_id',
          'in',
          eb
            .selectFrom('advisor_centers')
            .select('advisor_id')
            .where('center_id', 'in', idsOrNone(visible.centerIds)),
        ),
      ];
      if (visible.advisorId) anyOf.push(eb('engagements.advisor_id', '=', visible.advisorId));
      if (visible.representedBy) {
        const userId = visible.representedBy;
        anyOf.push(
          eb(
            'engagements.beneficiary_id',
            'in',
            eb
              .selectFrom('beneficiary_representatives')
              .select('beneficiary_id')
              .where('user_id', '=', userId),
          ),
        );
      }
      return eb.or(anyOf);
    });
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(engagements.created_at, engagements.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

const goalColumns = [
  'id',
  'engagement_id',
  'ordinal',
  'title',
  'progress',
  'status',
  'created_at',
  'updated_at',
] as const;

export type GoalRow = Awaited<ReturnType<typeof selectGoals>>[number];

export function selectGoals(db: Kysely<DB>, engagementId: string) {
  return db
    .selectFrom('engagement_goals')
    .select(goalColumns)
    .where('engagement_id', '=', engagementId)
    .orderBy('ordinal')
    .execute();
}

export function findGoal(db: Kysely<DB>, id: string) {
  return db.selectFrom('engagement_goals').select(goalColumns).where('id', '=', id).executeTakeFirst();
}

/** Appends goals after the engagement's last one. Call under the engagement's lock. */
export async function insertGoals(db: Kysely<DB>, engagementId: string, titles: string[]) {
  if (titles.length === 0) return;
  const { next } = await db
    .selectFrom('engagement_goals')
    .select(sql<number>`coalesce(max(ordinal) + 1, 0)::int`.as('next'))
    .where('engagement_id', '=', engagementId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('engagement_goals')
    .values(titles.map((title, index) => ({ engagement_id: engagementId, ordinal: next + index, title })))
    .execute();
}

export async function lockEngagement(db: Kysely<DB>, id: string) {
  await db.selectFrom('engagements').select('id').where('id', '=', id).forUpdate().execute();
}

export async function updateGoal(
  db: Kysely<DB>,
  id: string,
  changes: { title?: string; progress?: number; status?: GoalStatus },
) {
  await db
    .updateTable('engagement_goals')
    .set({
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.progress !== undefined && { progress: changes.progress }),
      ...(changes.status !== undefined && { status: changes.status }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

// Feedback

export function findAppointmentFeedback(db: Kysely<DB>, appointmentId: string) {
  return db
    .selectFrom('appointment_feedback')
    .select(['id'])
    .where('appointment_id', '=', appointmentId)
    .executeTakeFirst();
}

export function insertAppointmentFeedback(
  db: Kysely<DB>,
  feedback: { appointmentId: string; rating: number; comment: string | null; givenBy: string },
) {
  return db
    .insertInto('appointment_feedback')
    .values({
      appointment_id: feedback.appointmentId,
      rating: feedback.rating,
      comment: feedback.comment,
      given_by: feedback.givenBy,
    })
    .returning(['id', 'appointment_id', 'rating', 'comment', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** Feedback on appointments starting in the period, per kind. */
export function selectFeedbackByKind(db: Kysely<DB>, filter: { centerIds?: string[]; from: Date; to: Date }) {
  let query = db
    .selectFrom('appointment_feedback')
    .innerJoin('appointments', 'appointments.id', 'appointment_feedback.appointment_id')
    .select([
      'appointments.kind',
      sql<number>`count(*)::int`.as('count'),
      sql<number>`avg(appointment_feedback.rating)::float8`.as('average'),
    ])
    .where('appointments.start_at', '>=', filter.from)
    .where('appointments.start_at', '<', filter.to)
    .groupBy('appointments.kind');
  if (filter.centerIds) query = query.where('appointments.center_id', 'in', idsOrNone(filter.centerIds));
  return query.execute();
}
