import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isExclusionViolation } from '../../../lib/db-errors.ts';
import { conflict, forbidden, invalidField, msg, ruleViolations } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, toPage } from '../../../lib/pagination.ts';
import { type Actor, allowed, authorize, requireActor, type Target } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { findAdvisor, findCoveringCenter } from '../advisors/advisors.repo.ts';
import { findEngagement } from '../engagements/engagements.repo.ts';
import { adviceVisibility, loadAppointment, toAppointment } from './appointments.access.ts';

import { mailAppointment } from './appointments.mail.ts';
import * as repo from './appointments.repo.ts';
import type {
  Appointment,
  AppointmentChanges,
  AppointmentInput,
  AppointmentQuery,
} from './appointments.schema.ts';
import { assertTransition } from './workflow.service.ts';

// Appointments: booked inside the advisor's availability, never overlapping (a constraint decides)

function checkOrder(start: Date, end: Date) {
  if (end <= start) {
    throw ruleViolations([
      {
        rule: 'end_before_start',
        path: 'end',
        text: msg('the end must be after the start', 'koniec musi być po początku'),
      },
    ]);
  }
}

/** The centre whose availability covers start..end, or 422. */
async function coveringCenter(db: Kysely<DB>, advisorId: string, start: Date, end: Date) {
  const centerId = await findCoveringCenter(db, advisorId, start, end);
  if (!centerId) {
    throw ruleViolations([
      {
        rule: 'outside_availability',
        path: 'start',
        text: msg('The advisor is not available at that time.', 'Doradca nie jest dostępny w tym czasie.'),
      },
    ]);
  }
  return centerId;
}

/** Staff of the centre and the advisor may record appointments that already happened; members book ahead. */
function checkNotPast(actor: Actor, target: Target, start: Date, now: Date) {
  if (!allowed(actor, 'appointment.backdate', target) && start < now) {
    throw ruleViolations([
      {
        rule: 'in_past',
        path: 'start',
        text: msg('The start is in the past.', 'Początek spotkania jest w przeszłości.'),
      },
    ]);
  }
}

async function doubleBooking(db: Kysely<DB>, advisorId: string, start: Date, end: Date, exceptId?: string) {
  const rows = await repo.selectAdvisorConflicts(db, advisorId, start, end, exceptId);
  return conflict(
    msg('The advisor already has an appointment at that time.', 'Doradca ma już spotkanie w tym czasie.'),
    {
      conflicts: rows.map((row) => ({
        appointmentId: row.id,
        start: row.start_at,
        end: row.end_at,
        status: row.status,
      })),
    },
  );
}

export async function createAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  input: AppointmentInput,
  now = new Date(),
): Promise<Appointment> {
  requireActor(actor);
  const advisor = isId(input.advisorId) ? await findAdvisor(db, input.advisorId) : undefined;
  if (!advisor?.active) throw invalidField('advisorId', msg('no such advisor', 'nie ma takiego doradcy'));
  const beneficiary = isId(input.beneficiaryId)
    ? await findBeneficiaryForService(db, input.beneficiaryId)
    : undefined;
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  const target: Target = { ownerId: advisor.user_id, representativeIds: beneficiary.representativeIds };
  if (!allowed(actor, 'appointment.request', target)) throw forbidden();
  checkOrder(input.start, input.end);
  const centerId = await coveringCenter(db, advisor.id, input.start, input.end);
  authorize(actor, 'appointment.book', { ...target, centerId });
  checkNotPast(actor, { ...target, centerId }, input.start, now);
  if (input.engagementId !== undefined) {
    const engagement = isId(input.engagementId) ? await findEngagement(db, input.engagementId) : undefined;
    if (
      !engagement ||
      engagement.advisor_id !== advisor.id ||
      engagement.beneficiary_id !== beneficiary.id ||
      engagement.kind !== input.kind ||
      engagement.status !== 'active'
    ) {
      throw invalidField(
        'engagementId',
        msg(
          'no active engagement of this kind between this advisor and beneficiary',
          'brak aktywnego procesu tego rodzaju między tym doradcą a beneficjentem',
        ),
      );
    }
  }
  let id: string;
  try {
    id = await db.transaction().execute(async (trx) => {
      const appointmentId = await repo.insertAppointment(trx, {
        advisorId: advisor.id,
        beneficiaryId: beneficiary.id,
        centerId,
        engagementId: input.engagementId ?? null,
        kind: input.kind,
        topic: input.topic,
        start: input.start,
        end: input.end,
        bookedBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'book',
        entity: 'appointment',
        entityId: appointmentId,
        fields: ['advisor', 'beneficiary', 'kind', 'topic', 'time'],
      });
      await mailAppointment(
        trx,
        'appointment_booked',
        (await repo.findAppointment(trx, appointmentId, actor.id)) as repo.AppointmentRow,
      );
      return appointmentId;
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw await doubleBooking(db, advisor.id, input.start, input.end);
    throw error;
  }
  return toAppointment((await repo.findAppointment(db, id, actor.id)) as repo.AppointmentRow, actor);
}

export async function getAppointment(db: Kysely<DB>, actor: Actor | null, id: string): Promise<Appointment> {
  const { row } = await loadAppointment(db, actor, id);
  return toAppointment(row, actor as Actor);
}

export async function listAppointments(db: Kysely<DB>, actor: Actor | null, query: AppointmentQuery) {
  requireActor(actor);
  const ids = [query.advisorId, query.beneficiaryId, query.centerId, query.engagementId].filter(
    (id): id is string => id !== undefined,
  );
  const visible = await adviceVisibility(db, actor, 'appointment.list');
  if (ids.some((id) => !isId(id))) return { items: [], nextCursor: null };
  const rows = await repo.selectAppointmentPage(db, actor.id, {
    advisorId: query.advisorId,
    beneficiaryId: query.beneficiaryId,
    centerId: query.centerId,
    engagementId: query.engagementId,
    status: query.status,
    from: query.from,
    to: query.to,
    visible,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({ at: row.start_at, id: row.id }),
    (row) => toAppointment(row, actor),
  );
}

/**
 * Changes an appointment: its time or topic while booked (who may cancel it may move it; the
 * new time must be inside the advisor's availability and free: 422 / 409), and its notes
 * (the advisor only, also after it is completed).
 */
export async function updateAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: AppointmentChanges,
  now = new Date(),
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  requireActor(actor);
  const moving = changes.start !== undefined || changes.end !== undefined;
  if (moving || changes.topic !== undefined) {
    if (row.booked_by !== actor.id && !allowed(actor, 'appointment.cancel', target)) throw forbidden();
  }
  if (changes.notes !== undefined) authorize(actor, 'appointment.writeNotes', target);
  const start = changes.start ?? row.start_at;
  const end = changes.end ?? row.end_at;
  let centerId = row.center_id;
  if (moving) {
    checkOrder(start, end);
    centerId = await coveringCenter(db, row.advisor_id, start, end);
    checkNotPast(actor, { centerId, ownerId: row.advisor_user_id }, start, now);
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await repo.lockAndFindAppointment(trx, row.id, actor.id);
      if (moving || changes.topic !== undefined) assertTransition(current, 'move');
      await repo.updateAppointment(trx, row.id, {
        ...(moving && { start, end, centerId }),
        ...(changes.topic !== undefined && { topic: changes.topic }),
        ...(changes.notes !== undefined && { notes: blankToNull(changes.notes) ?? null }),
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'appointment',
        entityId: row.id,
        fields: Object.keys(changes),
      });
      const updated = (await repo.findAppointment(trx, row.id, actor.id)) as repo.AppointmentRow;
      if (
        moving &&
        (start.getTime() !== current.start_at.getTime() || end.getTime() !== current.end_at.getTime())
      ) {
        await mailAppointment(trx, 'appointment_moved', updated, {
          start: current.start_at,
          end: current.end_at,
        });
      }
      return toAppointment(updated, actor);
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw await doubleBooking(db, row.advisor_id, start, end, row.id);
    throw error;
  }
}
