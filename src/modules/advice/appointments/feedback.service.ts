import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { conflict, msg, ruleViolations } from '../../../lib/errors.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { loadAppointment } from './appointments.access.ts';
import * as repo from './appointments.repo.ts';
import type { Feedback, FeedbackInput } from './appointments.schema.ts';

// Feedback: once, after a completed appointment, by a representative of the beneficiary

type FeedbackRow = Awaited<ReturnType<typeof repo.insertAppointmentFeedback>>;

const toFeedback = (row: FeedbackRow): Feedback => ({
  id: row.id,
  appointmentId: row.appointment_id,
  rating: row.rating,
  comment: row.comment,
  createdAt: row.created_at,
});

export async function giveAppointmentFeedback(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: FeedbackInput,
): Promise<Feedback> {
  const { row, target } = await loadAppointment(db, actor, id);
  authorize(actor, 'appointment.feedback', target);
  if (row.status !== 'completed') {
    throw ruleViolations([
      {
        rule: 'not_completed',
        path: 'appointmentId',
        text: msg('Only a completed appointment can be rated.', 'Ocenić można tylko odbyte spotkanie.'),
      },
    ]);
  }
  const given = () =>
    conflict(msg('This appointment was already rated.', 'To spotkanie ma już ocenę.'), {
      appointmentId: row.id,
    });
  try {
    return await db.transaction().execute(async (trx) => {
      if (await repo.findAppointmentFeedback(trx, row.id)) throw given();
      const created = await repo.insertAppointmentFeedback(trx, {
        appointmentId: row.id,
        rating: input.rating,
        comment: blankToNull(input.comment) ?? null,
        givenBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'appointment_feedback',
        entityId: created.id,
        fields: ['rating', ...(input.comment ? ['comment'] : [])],
      });
      return toFeedback(created);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw given();
    throw error;
  }
}
