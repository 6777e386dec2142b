import type { Kysely } from 'kysely';
import type { AppointmentStatus, DB } from '../../../db/schema.ts';
import { conflict, forbidden, msg } from '../../../lib/errors.ts';
import { type Actor, allowed, authorize } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { loadAppointment, toAppointment } from './appointments.access.ts';
import { mailAppointment } from './appointments.mail.ts';
import * as repo from './appointments.repo.ts';
import type { Appointment, CancelInput, CompleteInput } from './appointments.schema.ts';

// The workflow: booked -> completed | cancelled | no_show

type Transition = 'complete' | 'cancel' | 'no_show' | 'move';

const ALLOWED_FROM: Record<Transition, AppointmentStatus[]> = {
  complete: ['booked'],
  cancel: ['booked'],
  no_show: ['booked'],
  move: ['booked'],
};

export function assertTransition(row: repo.AppointmentRow, action: Transition) {
  if (!ALLOWED_FROM[action].includes(row.status)) {
    throw conflict(
      msg(
        `A ${row.status} appointment cannot be given this action (${action}).`,
        `Spotkania o statusie ${row.status} nie można: ${action}.`,
      ),
      { status: row.status, action, allowedFrom: ALLOWED_FROM[action] },
    );
  }
}

function assertStarted(row: repo.AppointmentRow, action: Transition, now: Date) {
  if (row.start_at > now) {
    throw conflict(
      msg(
        'This can be recorded once the appointment has started.',
        'Można to odnotować dopiero po rozpoczęciu spotkania.',
      ),
      { status: row.status, action, start: row.start_at },
    );
  }
}

export async function completeAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: CompleteInput,
  now = new Date(),
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  authorize(actor, 'appointment.manage', target);
  // Notes are the advisor's: other staff may close the appointment but not write in it.
  if (input.notes !== undefined) authorize(actor, 'appointment.writeNotes', target);
  return db.transaction().execute(async (trx) => {
    const current = await repo.lockAndFindAppointment(trx, row.id, actor.id);
    assertTransition(current, 'complete');
    assertStarted(current, 'complete', now);
    await repo.updateAppointment(trx, row.id, {
      status: 'completed',
      decidedBy: actor.id,
      ...(input.notes !== undefined && { notes: blankToNull(input.notes) ?? null }),
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'complete',
      entity: 'appointment',
      entityId: row.id,
      fields: ['status', ...(input.notes !== undefined ? ['notes'] : [])],
    });
    return toAppointment((await repo.findAppointment(trx, row.id, actor.id)) as repo.AppointmentRow, actor);
  });
}

export async function markNoShow(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  now = new Date(),
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  authorize(actor, 'appointment.manage', target);
  return db.transaction().execute(async (trx) => {
    const current = await repo.lockAndFindAppointment(trx, row.id, actor.id);
    assertTransition(current, 'no_show');
    assertStarted(current, 'no_show', now);
    await repo.updateAppointment(trx, row.id, { status: 'no_show', decidedBy: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'no_show',
      entity: 'appointment',
      entityId: row.id,
      fields: ['status'],
    });
    return toAppointment((await repo.findAppointment(trx, row.id, actor.id)) as repo.AppointmentRow, actor);
  });
}

/** Cancels a booked appointment: staff, the advisor, the beneficiary's member, or whoever booked it. */
export async function cancelAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: CancelInput,
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  const me = actor as Actor;
  if (row.booked_by !== me.id && !allowed(me, 'appointment.cancel', target)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const current = await repo.lockAndFindAppointment(trx, row.id, me.id);
    assertTransition(current, 'cancel');
    await repo.updateAppointment(trx, row.id, {
      status: 'cancelled',
      decidedBy: me.id,
      reason: input.reason ?? null,
    });
    await recordAudit(trx, {
      actorId: me.id,
      action: 'cancel',
      entity: 'appointment',
      entityId: row.id,
      fields: ['status'],
      reason: input.reason ?? null,
    });
    const updated = (await repo.findAppointment(trx, row.id, me.id)) as repo.AppointmentRow;
    await mailAppointment(trx, 'appointment_cancelled', updated);
    return toAppointment(updated, me);
  });
}
