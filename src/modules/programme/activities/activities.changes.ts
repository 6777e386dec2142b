import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isExclusionViolation } from '../../../lib/db-errors.ts';
import { msg } from '../../../lib/errors.ts';
import { type Actor, authorize, requireActor } from '../../../lib/policy.ts';
import type { Occurrence } from '../../../lib/recurrence.ts';
import { blankToNull } from '../../../lib/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { holdRoomForActivity, releaseActivityHolds } from '../../bookings/index.ts';
import { type Center, findCenter, findRoom, type Room } from '../../centers/index.ts';
import { mailRegistration } from '../registrations/registrations.mail.ts';
import { selectRegistrationPage } from '../registrations/registrations.repo.ts';
import { promoteWaitlisted } from '../registrations/registrations.waitlist.ts';
import * as repo from './activities.repo.ts';
import { assertScheduled, checkActivityRules, roomConflict, roomOfCenter, rule } from './activities.rules.ts';
import type { ActivityChanges, ActivityDetail } from './activities.schema.ts';
import { detailOf, loadActivity } from './activities.service.ts';

/**
 * Changes an activity (staff of its centre). Times change only for a one-off activity; a new
 * room, new times or a new title renew the room holds under the same constraint (409 on overlap).
 * A larger capacity promotes from the waitlist; a capacity below the seats taken is refused.
 */
export async function updateActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: ActivityChanges,
): Promise<ActivityDetail> {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, id);
  authorize(actor, 'activity.manage', { centerId: row.center_id });
  const center = (await findCenter(db, row.center_id)) as Center;
  const sessions = await repo.selectSessions(db, row.id);
  const timesChange = changes.start !== undefined || changes.end !== undefined;
  if (timesChange && sessions.length > 1) {
    throw rule(
      'series_times',
      'start',
      msg(
        'The times of a series cannot be changed; cancel it and create a new one.',
        'Nie można zmienić terminów serii; odwołaj ją i utwórz nową.',
      ),
    );
  }
  const start = changes.start ?? row.start_at;
  const end = changes.end ?? row.end_at;
  if (end <= start)
    throw rule(
      'end_before_start',
      'end',
      msg('the end must be after the start', 'koniec musi być po początku'),
    );
  const roomChange = changes.roomId !== undefined && changes.roomId !== row.room_id;
  const room =
    changes.roomId === undefined
      ? row.room_id
        ? ((await findRoom(db, row.room_id)) as Room)
        : undefined
      : changes.roomId === null
        ? undefined
        : await roomOfCenter(db, changes.roomId, center);
  const occurrences: Occurrence[] = timesChange
    ? [{ start, end }]
    : sessions.map((session) => ({ start: session.start_at, end: session.end_at }));
  const capacity = changes.capacity !== undefined ? changes.capacity : row.capacity;
  await checkActivityRules(db, {
    center,
    room,
    capacity,
    occurrences,
    opensAt:
      changes.registrationOpensAt !== undefined ? changes.registrationOpensAt : row.registration_opens_at,
    closesAt:
      changes.registrationClosesAt !== undefined ? changes.registrationClosesAt : row.registration_closes_at,
    override: changes.override === true,
    checkHours: roomChange || timesChange,
  });
  const rehold =
    roomChange || timesChange || (changes.title !== undefined && changes.title !== row.title && !!room);
  try {
    await db.transaction().execute(async (trx) => {
      await repo.lockActivity(trx, row.id);
      const current = (await repo.findActivity(trx, row.id)) as repo.ActivityRow;
      assertScheduled(current, 'update');
      if (capacity !== null && capacity < current.seats_taken) {
        throw rule(
          'capacity_below_registered',
          'capacity',
          msg(
            `${current.seats_taken} seats are already registered; cancel registrations first.`,
            `Zapisano już ${current.seats_taken} miejsc; najpierw odwołaj zapisy.`,
          ),
        );
      }
      if (rehold) {
        await releaseActivityHolds(
          trx,
          sessions.map((session) => session.booking_id).filter((each): each is string => each !== null),
          actor.id,
        );
        const bookingIds = room
          ? await holdRoomForActivity(trx, {
              roomId: room.id,
              centerId: center.id,
              title: changes.title ?? row.title,
              occurrences,
              requestedBy: actor.id,
            })
          : [];
        for (const [index, session] of sessions.entries()) {
          const occurrence = occurrences[index] as Occurrence;
          await repo.updateSession(trx, session.id, {
            bookingId: bookingIds[index] ?? null,
            ...(timesChange && { start: occurrence.start, end: occurrence.end }),
          });
        }
      }
      await repo.updateActivity(trx, row.id, {
        title: changes.title,
        description: blankToNull(changes.description),
        audience: blankToNull(changes.audience),
        roomId: changes.roomId,
        capacity: changes.capacity,
        start: timesChange ? start : undefined,
        end: timesChange ? end : undefined,
        registrationOpensAt: changes.registrationOpensAt,
        registrationClosesAt: changes.registrationClosesAt,
        published: changes.published,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'activity',
        entityId: row.id,
        fields: Object.keys(changes).filter((key) => key !== 'override'),
      });
      if (capacity === null || (row.capacity !== null && capacity > row.capacity)) {
        await promoteWaitlisted(trx, row.id, actor.id);
      }
    });
  } catch (error) {
    if (isExclusionViolation(error) && room) throw await roomConflict(db, room.id, occurrences, row.id);
    throw error;
  }
  return detailOf(db, row.id, true);
}

/** Cancels an activity: frees its room, keeps the registrations on record and tells everyone registered or waiting. */
export async function cancelActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { reason?: string },
  now = new Date(),
): Promise<ActivityDetail> {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, id);
  authorize(actor, 'activity.manage', { centerId: row.center_id });
  await db.transaction().execute(async (trx) => {
    await repo.lockActivity(trx, row.id);
    const current = (await repo.findActivity(trx, row.id)) as repo.ActivityRow;
    assertScheduled(current, 'cancel');
    const sessions = await repo.selectSessions(trx, row.id);
    await releaseActivityHolds(
      trx,
      sessions.map((session) => session.booking_id).filter((each): each is string => each !== null),
      actor.id,
    );
    await repo.updateActivity(trx, row.id, {
      status: 'cancelled',
      cancelReason: input.reason ?? null,
      cancelledAt: now,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'cancel',
      entity: 'activity',
      entityId: row.id,
      fields: ['status'],
      reason: input.reason ?? null,
    });
    const page = await selectRegistrationPage(trx, { activityId: row.id, limit: 100_000 });
    for (const registration of page.filter((each) => each.status !== 'cancelled')) {
      await mailRegistration(trx, 'activity_cancelled', registration, {
        ...current,
        cancel_reason: input.reason ?? null,
      });
    }
  });
  return detailOf(db, row.id, true);
}
