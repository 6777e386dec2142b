import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { msg, notFound, type RuleViolation, ruleViolations } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import type { Occurrence } from '../../../lib/recurrence.ts';
import { addDays, localDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  type Center,
  type CenterCalendar,
  type Closure,
  centerCalendar,
  loadCenterCalendar,
  type Room,
} from '../../centers/index.ts';
import * as repo from './rules.repo.ts';
import type { BookingRules, BookingRulesChanges } from './rules.schema.ts';

const HOUR = 3600_000;

export async function getBookingRules(db: Kysely<DB>, centerId: string): Promise<BookingRules> {
  const rules = isId(centerId) ? await repo.selectBookingRules(db, centerId) : undefined;
  if (!rules) throw notFound(msg('Centre', 'centrum'));
  return rules;
}

/** The rules of a centre that exists (for a room just read). */
export async function loadBookingRules(db: Kysely<DB>, centerId: string): Promise<BookingRules> {
  return (await repo.selectBookingRules(db, centerId)) as BookingRules;
}

export async function updateBookingRules(
  db: Kysely<DB>,
  actor: Actor | null,
  centerId: string,
  changes: BookingRulesChanges,
): Promise<BookingRules> {
  await getBookingRules(db, centerId);
  authorize(actor, 'bookingRules.manage', { centerId });
  return db.transaction().execute(async (trx) => {
    await repo.updateBookingRules(trx, centerId, changes);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'booking_rules',
      entityId: centerId,
      fields: Object.keys(changes),
    });
    return (await repo.selectBookingRules(trx, centerId)) as BookingRules;
  });
}

export type RoomUseRequest = {
  start: Date;
  end: Date;
  expectedAttendees?: number;
  purpose?: string;
  termsAccepted?: boolean;
  override?: boolean;
};

type RoomUseContext = {
  /** Staff of the centre (booking.decide). */
  staff: boolean;
  room: Room;
  center: Center;
  rules: BookingRules;
  input: RoomUseRequest;
  occurrences: Occurrence[];
  now: Date;
};

/** The local days the opening checks look at: the first day to the day after the last. */
function checkedDays({ center, input, occurrences }: RoomUseContext) {
  const lastDay = localDate(occurrences.at(-1)?.end ?? input.end, center.timezone);
  return { from: localDate(input.start, center.timezone), to: addDays(lastDay, 1) };
}

/** checkRoomUseRulesWith, reading the centre's closures itself. */
export async function checkRoomUseRules(db: Kysely<DB>, context: RoomUseContext) {
  const { from, to } = checkedDays(context);
  throwRoomUseViolations(context, await loadCenterCalendar(db, context.center, from, to));
}

/**
 * Every room-use rule a request breaks, in one 422: capacity and opening hours for all (staff
 * may override them), notice, length, purpose and terms for members' requests only (staff
 * record what the centre decided, also after the fact). The centre's closures from the first
 * day on (later ones change nothing) come from the caller, read with the room.
 */
export function checkRoomUseRulesWith(context: RoomUseContext & { closures: Closure[] }) {
  const { from, to } = checkedDays(context);
  throwRoomUseViolations(context, centerCalendar(context.center, context.closures, from, to));
}

function throwRoomUseViolations(context: RoomUseContext, calendar: CenterCalendar) {
  const { staff, room, rules, input, occurrences, now } = context;
  const violations: RuleViolation[] = [];
  const series = occurrences.length > 1;
  const at = (index: number, occurrence: Occurrence) =>
    series ? { occurrence: index, start: occurrence.start } : {};
  const override = staff && input.override === true;

  if (input.expectedAttendees !== undefined && input.expectedAttendees > room.capacity && !override) {
    violations.push({
      rule: 'capacity',
      path: 'expectedAttendees',
      text: msg(
        `The room holds ${room.capacity} people; ${input.expectedAttendees} expected.`,
        `Sala mieści ${room.capacity} osób; zgłoszono ${input.expectedAttendees}.`,
      ),
    });
  }
  if (!staff) {
    if (!input.purpose?.trim()) {
      violations.push({
        rule: 'purpose_required',
        path: 'purpose',
        text: msg('State the purpose of the meeting.', 'Podaj cel spotkania.'),
      });
    }
    if (input.termsAccepted !== true) {
      violations.push({
        rule: 'terms_not_accepted',
        path: 'termsAccepted',
        text: msg(
          'Accept the room-use terms of the centre.',
          'Zaakceptuj regulamin korzystania z sal centrum.',
        ),
      });
    }
    const length = (input.end.getTime() - input.start.getTime()) / HOUR;
    if (length > rules.maxHours) {
      violations.push({
        rule: 'max_length',
        path: 'end',
        text: msg(
          `A booking may last at most ${rules.maxHours} hours.`,
          `Rezerwacja może trwać najwyżej ${rules.maxHours} godz.`,
        ),
      });
    }
  }
  occurrences.forEach((occurrence, index) => {
    if (!staff) {
      if (occurrence.start < now) {
        violations.push({
          rule: 'in_past',
          path: 'start',
          text: msg('The start is in the past.', 'Początek rezerwacji jest w przeszłości.'),
          ...at(index, occurrence),
        });
      } else if (occurrence.start.getTime() < now.getTime() + rules.minNoticeHours * HOUR) {
        violations.push({
          rule: 'min_notice',
          path: 'start',
          text: msg(
            `Book at least ${rules.minNoticeHours} hours ahead.`,
            `Rezerwuj co najmniej ${rules.minNoticeHours} godz. wcześniej.`,
          ),
          ...at(index, occurrence),
        });
      } else if (occurrence.start.getTime() > now.getTime() + rules.maxAdvanceDays * 24 * HOUR) {
        violations.push({
          rule: 'max_advance',
          path: 'start',
          text: msg(
            `Rooms can be booked at most ${rules.maxAdvanceDays} days ahead.`,
            `Sale można rezerwować najwyżej ${rules.maxAdvanceDays} dni naprzód.`,
          ),
          ...at(index, occurrence),
        });
      }
    }
    if (!override) {
      const check = calendar.check(occurrence.start, occurrence.end);
      if (!check.ok)
        violations.push({ rule: check.rule, path: 'start', text: check.message, ...at(index, occurrence) });
    }
  });
  if (violations.length > 0) throw ruleViolations(violations);
}
