import { type Kysely, sql } from 'kysely';
import type { AppointmentKind, AppointmentStatus, DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import type { VisibleScope } from '../../../lib/policy.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';
export const idsOrNone = (ids: string[]) => (ids.length ? ids : [NO_ID]);

/**
 * What a list shows: everything when `scope.all`, otherwise the rows of the scope's centres,
 * of the viewer's own advisor profile and of the beneficiaries the viewer represents.
 */
export type AdviceVisibility = { scope: VisibleScope; ownAdvisorId: string | null };

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

/** Reads the appointment under its row lock, held for the rest of the transaction. */
export async function lockAndFindAppointment(db: Kysely<DB>, id: string, viewerId: string) {
  return (await selectAppointments(db, viewerId)
    .where('appointments.id', '=', id)
    .forUpdate('appointments')
    .executeTakeFirst()) as AppointmentRow;
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

export type AppointmentFilter = {
  advisorId?: string;
  beneficiaryId?: string;
  centerId?: string;
  engagementId?: string;
  status?: AppointmentStatus;
  from?: Date;
  to?: Date;
  /** Unset: every appointment (an engagement's sessions are shown to whoever sees the engagement). */
  visible?: AdviceVisibility;
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
  if (visible && !visible.scope.all) {
    const { scope, ownAdvisorId } = visible;
    query = query.where((eb) => {
      const anyOf = [eb('appointments.center_id', 'in', idsOrNone(scope.centerIds))];
      if (ownAdvisorId) anyOf.push(eb('appointments.advisor_id', '=', ownAdvisorId));
      if (scope.representedBy) {
        const userId = scope.representedBy;
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
