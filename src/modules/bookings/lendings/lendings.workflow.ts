import type { Kysely } from 'kysely';
import type { BookingStatus } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import { conflict, msg } from '../../../lib/errors.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import * as bookingsRepo from '../bookings.repo.ts';
import { type Booking, toBooking } from '../bookings.schema.ts';
import { notifyMany } from './lendings.mail.ts';
import * as repo from './lendings.repo.ts';
import type { CancelInput } from './lendings.schema.ts';
import { eventData, loadVisibleBooking } from './lendings.service.ts';

// The workflow: pending -> approved | rejected | cancelled; approved -> cancelled | completed

type Transition = 'approve' | 'reject' | 'cancel' | 'attendance';

const ALLOWED_FROM: Record<Transition, BookingStatus[]> = {
  approve: ['pending'],
  reject: ['pending'],
  cancel: ['pending', 'approved'],
  attendance: ['approved', 'completed'],
};

function assertTransition(row: bookingsRepo.BookingRow, action: Transition) {
  if (!ALLOWED_FROM[action].includes(row.status)) {
    throw conflict(
      msg(
        `A ${row.status} booking cannot be given this action (${action}).`,
        `Rezerwacji o statusie ${row.status} nie można: ${action}.`,
      ),
      { status: row.status, action, allowedFrom: ALLOWED_FROM[action] },
    );
  }
}

export async function approveBooking(db: Kysely<DB>, actor: Actor | null, id: string, reason?: string) {
  return decide(db, actor, id, 'approve', 'approved', reason ?? null);
}

export async function rejectBooking(db: Kysely<DB>, actor: Actor | null, id: string, reason: string) {
  return decide(db, actor, id, 'reject', 'rejected', reason);
}

async function decide(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  action: 'approve' | 'reject',
  status: 'approved' | 'rejected',
  reason: string | null,
): Promise<Booking> {
  return db.transaction().execute(async (trx) => {
    const { row, target, beneficiary } = await loadVisibleBooking(trx, actor, id, { forUpdate: true });
    authorize(actor, 'booking.decide', target);
    assertTransition(row, action);
    // The event goes out in the same statement as the decision.
    const event = { type: `booking.${status}` as const, data: eventData(row) };
    const updated = await bookingsRepo.updateStatus(trx, row.id, { status, decidedBy: actor.id, reason }, [
      event,
    ]);
    await recordAudit(trx, {
      actorId: actor.id,
      action,
      entity: 'booking',
      entityId: row.id,
      fields: ['status'],
      reason,
    });
    const booking = toBooking(updated);
    await notifyMany(
      trx,
      [booking],
      action === 'approve' ? 'booking_approved' : 'booking_rejected',
      beneficiary?.email ?? null,
      updated.requested_by,
    );
    return booking;
  });
}

/** Cancels one booking, or (scope "following") it and the later occurrences of its series. */
export async function cancelBooking(db: Kysely<DB>, actor: Actor | null, id: string, input: CancelInput) {
  return db.transaction().execute(async (trx) => {
    const { row, target, beneficiary } = await loadVisibleBooking(trx, actor, id, { forUpdate: true });
    authorize(actor, 'booking.cancel', target);
    assertTransition(row, 'cancel');
    const targets =
      input.scope === 'following' && row.series_id
        ? await repo.selectFollowingInSeries(trx, row.series_id, row.start_at)
        : [row];
    const cancelled: Booking[] = [];
    for (const each of targets) {
      const updated = await bookingsRepo.updateStatus(
        trx,
        each.id,
        { status: 'cancelled', decidedBy: actor.id, reason: input.reason ?? null },
        [{ type: 'booking.cancelled', data: eventData(each) }],
      );
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'cancel',
        entity: 'booking',
        entityId: each.id,
        fields: ['status'],
        reason: input.reason ?? null,
      });
      cancelled.push(toBooking(updated));
    }
    const first = cancelled[0] as Booking;
    const wasApproved = new Set(targets.filter((each) => each.was_approved).map((each) => each.id));
    await notifyMany(
      trx,
      cancelled,
      'booking_cancelled',
      beneficiary?.email ?? null,
      row.requested_by,
      cancelled.filter((booking) => wasApproved.has(booking.id)),
    );
    return { ...first, cancelled: cancelled.map((booking) => booking.id) };
  });
}

/** The headcount, once the booking has started: it completes the booking. */
export async function recordAttendance(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  attendees: number,
  now = new Date(),
): Promise<Booking> {
  return db.transaction().execute(async (trx) => {
    const { row, target } = await loadVisibleBooking(trx, actor, id, { forUpdate: true });
    authorize(actor, 'booking.recordAttendance', target);
    assertTransition(row, 'attendance');
    if (row.start_at > now) {
      throw conflict(
        msg(
          'Attendance can be recorded once the booking has started.',
          'Frekwencję można wpisać dopiero po rozpoczęciu rezerwacji.',
        ),
        { status: row.status, action: 'attendance', start: row.start_at },
      );
    }
    const updated = await bookingsRepo.updateStatus(trx, row.id, { status: 'completed', attendees });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'attendance',
      entity: 'booking',
      entityId: row.id,
      fields: ['attendees', 'status'],
    });
    return toBooking(updated);
  });
}
