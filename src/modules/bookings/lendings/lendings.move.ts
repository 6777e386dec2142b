import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isExclusionViolation } from '../../../lib/db-errors.ts';
import { conflict, invalidField, msg } from '../../../lib/errors.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { type Center, findCenter, findRoom } from '../../centers/index.ts';
import * as bookingsRepo from '../bookings.repo.ts';
import { type Booking, toBooking } from '../bookings.schema.ts';
import { checkRoomUseRules, loadBookingRules } from '../rules/rules.service.ts';
import { notifyMany } from './lendings.mail.ts';
import type { MoveInput } from './lendings.schema.ts';
import { conflictError, eventData, loadVisibleBooking } from './lendings.service.ts';

/**
 * Moves a pending or approved lending to another time (and room of the same centre): staff of
 * the centre only, checked like a new booking (opening hours, closures, capacity unless
 * overridden; an overlap is refused by the database with the clashes listed). The requester is
 * told, with the .ics at its higher SEQUENCE so calendars move the event.
 */
export async function moveBooking(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: MoveInput,
  now = new Date(),
): Promise<Booking> {
  if (input.end <= input.start) {
    throw invalidField('end', msg('the end must be after the start', 'koniec musi być po początku'), {
      rule: 'end_before_start',
    });
  }
  let roomId = '';
  try {
    return await db.transaction().execute(async (trx) => {
      const { row, target, beneficiary } = await loadVisibleBooking(trx, actor, id, { forUpdate: true });
      authorize(actor, 'booking.decide', target);
      if (input.override) authorize(actor, 'booking.override', target);
      if (row.status !== 'pending' && row.status !== 'approved') {
        throw conflict(
          msg(
            `A ${row.status} booking cannot be moved.`,
            `Rezerwacji o statusie ${row.status} nie można przenieść.`,
          ),
          { status: row.status, action: 'move', allowedFrom: ['pending', 'approved'] },
        );
      }
      const room = await findRoom(trx, input.roomId ?? row.room_id);
      if (!room?.active || room.centerId !== row.center_id) {
        throw invalidField('roomId', msg('no such room in this centre', 'nie ma takiej sali w tym centrum'));
      }
      roomId = room.id;
      const [center, rules] = await Promise.all([
        findCenter(trx, room.centerId) as Promise<Center>,
        loadBookingRules(trx, room.centerId),
      ]);
      const occurrence = { start: input.start, end: input.end };
      await checkRoomUseRules(trx, {
        staff: true,
        room,
        center,
        rules,
        input: {
          ...occurrence,
          override: input.override,
          expectedAttendees: row.expected_attendees ?? undefined,
        },
        occurrences: [occurrence],
        now,
      });
      // booking.moved carries the room it is in now; it goes out in the statement that moves it.
      const event = { type: 'booking.moved' as const, data: eventData({ ...row, room_id: room.id }) };
      const moved = toBooking(
        await bookingsRepo.updateTime(trx, row.id, { roomId: room.id, ...occurrence }, [event]),
      );
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'move',
        entity: 'booking',
        entityId: row.id,
        fields: [
          'time',
          ...(room.id !== row.room_id ? ['room'] : []),
          ...(input.override ? ['override'] : []),
        ],
      });
      if (moved.status === 'approved') {
        await notifyMany(trx, [moved], 'booking_approved', beneficiary?.email ?? null, row.requested_by);
      }
      return moved;
    });
  } catch (error) {
    if (isExclusionViolation(error))
      throw await conflictError(db, roomId, [{ start: input.start, end: input.end }]);
    throw error;
  }
}
