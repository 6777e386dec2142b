import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import {
  type Actor,
  allowed,
  authorize,
  requireActor,
  type Target,
  visibleScope,
} from '../../../lib/policy.ts';
import { findAdvisorByUser } from '../advisors/advisors.repo.ts';
import * as repo from './appointments.repo.ts';
import type { Appointment } from './appointments.schema.ts';

/** Who sees which appointment, and what of it. */

const APPOINTMENT = msg('Appointment', 'spotkanie doradcze');

export const targetOf = (row: repo.AppointmentRow, actor: Actor): Target => ({
  centerId: row.center_id,
  ownerId: row.advisor_user_id,
  representativeIds: row.viewer_represents ? [actor.id] : [],
});

/** The one mapper of an appointment row; the notes only for whom `appointment.readNotes` allows. */
export function toAppointment(row: repo.AppointmentRow, actor: Actor): Appointment {
  const appointment: Appointment = {
    id: row.id,
    advisorId: row.advisor_id,
    advisorName: row.advisor_name,
    beneficiaryId: row.beneficiary_id,
    beneficiaryName: row.beneficiary_name,
    centerId: row.center_id,
    engagementId: row.engagement_id,
    kind: row.kind,
    topic: row.topic,
    start: row.start_at,
    end: row.end_at,
    status: row.status,
    cancelReason: row.cancel_reason,
    bookedBy: row.booked_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (allowed(actor, 'appointment.readNotes', targetOf(row, actor))) appointment.notes = row.notes;
  return appointment;
}

/**
 * The appointment if the actor may see it: staff of its centre, its advisor, the
 * beneficiary's representatives and whoever booked it. Anyone else gets 404.
 */
export async function loadAppointment(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  const row = isId(id) ? await repo.findAppointment(db, id, actor.id) : undefined;
  if (!row) throw notFound(APPOINTMENT);
  const target = targetOf(row, actor);
  if (row.booked_by !== actor.id && !allowed(actor, 'appointment.read', target)) throw notFound(APPOINTMENT);
  return { row, target };
}

/**
 * What an actor may list (appointments or engagements): admins everything; others their
 * centres, the advice they give (by their advisor profile), their beneficiaries'. Others: 403.
 */
export async function adviceVisibility(
  db: Kysely<DB>,
  actor: Actor,
  action: 'appointment.list' | 'engagement.list',
): Promise<repo.AdviceVisibility> {
  const scope = visibleScope(actor);
  if (scope.all) return { scope, ownAdvisorId: null };
  const own = await findAdvisorByUser(db, actor.id);
  authorize(actor, action, { ownerId: own?.user_id ?? null });
  return { scope, ownAdvisorId: own?.id ?? null };
}
