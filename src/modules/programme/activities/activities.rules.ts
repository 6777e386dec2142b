import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import {
  conflict,
  invalidField,
  type Message,
  msg,
  type RuleViolation,
  ruleViolations,
} from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import type { Occurrence } from '../../../lib/recurrence.ts';
import { addDays, localDate } from '../../../lib/time.ts';
import { findRoomConflicts } from '../../bookings/index.ts';
import { type Center, findRoom, loadCenterCalendar, type Room } from '../../centers/index.ts';
import * as repo from './activities.repo.ts';

/** One broken rule as a 422. */
export const rule = (ruleName: string, path: string, text: Message) =>
  ruleViolations([{ rule: ruleName, path, text }]);

export function assertScheduled(row: repo.ActivityRow, action: string) {
  if (row.status !== 'scheduled') {
    throw conflict(
      msg(
        `A ${row.status} activity cannot be given this action (${action}).`,
        `Zajęć o statusie ${row.status} nie można: ${action}.`,
      ),
      { status: row.status, action, allowedFrom: ['scheduled'] },
    );
  }
}

export async function roomOfCenter(db: Kysely<DB>, roomId: string, center: Center): Promise<Room> {
  const room = isId(roomId) ? await findRoom(db, roomId) : undefined;
  if (!room?.active || room.centerId !== center.id) {
    throw invalidField('roomId', msg('no such room in this centre', 'nie ma takiej sali w tym centrum'));
  }
  return room;
}

/** The 409 of a room hold: every session that overlaps a lending or another activity. */
export async function roomConflict(
  db: Kysely<DB>,
  roomId: string,
  occurrences: Occurrence[],
  ownActivityId?: string,
) {
  const found = await findRoomConflicts(db, roomId, occurrences);
  const activityHolds = found.filter((each) => each.kind === 'activity').map((each) => each.bookingId);
  const owners = new Map(
    (await repo.selectActivitiesByBookings(db, activityHolds)).map((row) => [
      row.booking_id,
      row.activity_id,
    ]),
  );
  const conflicts = found
    .map((each) => ({
      occurrence: each.occurrence,
      kind: each.kind,
      bookingId: each.kind === 'lending' ? each.bookingId : null,
      activityId: owners.get(each.bookingId) ?? null,
      start: each.start,
      end: each.end,
      status: each.status,
    }))
    .filter((each) => ownActivityId === undefined || each.activityId !== ownActivityId);
  return conflict(
    msg('The room is already booked at that time.', 'Sala jest już zarezerwowana w tym czasie.'),
    {
      conflicts,
    },
  );
}

export async function checkActivityRules(
  db: Kysely<DB>,
  context: {
    center: Center;
    room: Room | undefined;
    capacity: number | null;
    occurrences: Occurrence[];
    opensAt: Date | null;
    closesAt: Date | null;
    override: boolean;
    checkHours: boolean;
  },
) {
  const { center, room, capacity, occurrences, opensAt, closesAt: closes, override } = context;
  const violations: RuleViolation[] = [];
  if (room && capacity !== null && capacity > room.capacity && !override) {
    violations.push({
      rule: 'room_capacity',
      path: 'capacity',
      text: msg(
        `The room holds ${room.capacity} people; capacity ${capacity} asked for.`,
        `Sala mieści ${room.capacity} osób; podano ${capacity} miejsc.`,
      ),
    });
  }
  const lastEnd = (occurrences.at(-1) as Occurrence).end;
  if (opensAt && closes && closes <= opensAt) {
    violations.push({
      rule: 'registration_window',
      path: 'registrationClosesAt',
      text: msg('Registration must close after it opens.', 'Zapisy muszą się zamykać po otwarciu.'),
    });
  }
  if (closes && closes > lastEnd) {
    violations.push({
      rule: 'registration_window',
      path: 'registrationClosesAt',
      text: msg(
        'Registration must close by the end of the activity.',
        'Zapisy muszą się zamknąć przed końcem zajęć.',
      ),
    });
  }
  if (opensAt && opensAt >= lastEnd) {
    violations.push({
      rule: 'registration_window',
      path: 'registrationOpensAt',
      text: msg(
        'Registration must open before the activity ends.',
        'Zapisy muszą się otworzyć przed końcem zajęć.',
      ),
    });
  }
  // In the centre's own rooms, sessions keep to its opening hours; elsewhere (a study visit) they need not.
  if (room && context.checkHours && !override) {
    const first = localDate((occurrences[0] as Occurrence).start, center.timezone);
    const calendar = await loadCenterCalendar(
      db,
      center,
      first,
      addDays(localDate(lastEnd, center.timezone), 1),
    );
    const series = occurrences.length > 1;
    occurrences.forEach((occurrence, index) => {
      const check = calendar.check(occurrence.start, occurrence.end);
      if (!check.ok) {
        violations.push({
          rule: check.rule,
          path: 'start',
          text: check.message,
          ...(series && { occurrence: index, start: occurrence.start }),
        });
      }
    });
  }
  if (violations.length > 0) throw ruleViolations(violations);
}
