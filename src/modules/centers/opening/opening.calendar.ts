import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { type Message, msg } from '../../../lib/errors.ts';
import { type CalendarDate, holidayOn, localDate, weekdayKey, zonedInstant } from '../../../lib/time.ts';
import type { Center } from '../centers/centers.schema.ts';
import { getCenter } from '../centers/centers.service.ts';
import * as repo from './opening.repo.ts';
import type { CenterDay, Closure, Interval } from './opening.schema.ts';

// The calendar: which local days a centre is open, and when; the opening checks bookings,
// activities and appointments use.

/** The one mapping of a center_closures row to a Closure. */
export function toClosure(row: repo.ClosureRow): Closure {
  return { id: row.id, centerId: row.center_id, from: row.from_date, to: row.to_date, reason: row.reason };
}

/**
 * One day of a centre. A closure wins over everything; a Polish public holiday closes the
 * centre unless it is in openHolidays; otherwise the weekly hours decide.
 */
export function describeDay(center: Center, closures: Closure[], date: CalendarDate): CenterDay {
  const weekday = weekdayKey(date);
  const holiday = holidayOn(date);
  const base = { date, weekday, ...(holiday ? { holiday: holiday.name, holidayEn: holiday.nameEn } : {}) };
  const closure = closures.find((each) => each.from <= date && date <= each.to);
  if (closure) return { ...base, open: false, hours: [], reason: 'closure', closureReason: closure.reason };
  if (holiday && !center.openHolidays.includes(date)) {
    return { ...base, open: false, hours: [], reason: 'holiday' };
  }
  const hours = center.openingHours[weekday];
  if (hours.length === 0) return { ...base, open: false, hours: [], reason: 'weekly' };
  return { ...base, open: true, hours };
}

export type OpeningRule = 'closed_day' | 'outside_hours' | 'holiday' | 'closure';

export type OpeningCheck =
  | { ok: true }
  | { ok: false; rule: OpeningRule; date: CalendarDate; message: Message; hours: Interval[] };

const formatHours = (hours: Interval[]) => hours.map(([start, end]) => `${start}-${end}`).join(', ');

function closedDayCheck(day: CenterDay): OpeningCheck {
  const { date } = day;
  switch (day.reason) {
    case 'closure':
      return {
        ok: false,
        rule: 'closure',
        date,
        hours: [],
        message: msg(
          `The centre is closed on ${date}: ${day.closureReason}.`,
          `Centrum jest zamknięte ${date}: ${day.closureReason}.`,
        ),
      };
    case 'holiday':
      return {
        ok: false,
        rule: 'holiday',
        date,
        hours: [],
        message: msg(
          `The centre is closed on ${date}, a public holiday (${day.holidayEn ?? day.holiday}).`,
          `Centrum jest nieczynne ${date}, w dzień ustawowo wolny od pracy (${day.holiday}).`,
        ),
      };
    default:
      return {
        ok: false,
        rule: 'closed_day',
        date,
        hours: [],
        message: msg(
          `The centre is not open on this day of the week (${date}).`,
          `Centrum jest nieczynne w ten dzień tygodnia (${date}).`,
        ),
      };
  }
}

/**
 * Whether start..end (an instant range, start before end) lies inside one opening interval
 * of the local day it starts on. Intervals become instants on that very day, so a booking
 * across a DST change is measured in real time, and '24:00' is the next midnight.
 */
export function checkDay(center: Center, day: CenterDay, start: Date, end: Date): OpeningCheck {
  if (!day.open) return closedDayCheck(day);
  const fits = day.hours.some(
    ([open, close]) =>
      zonedInstant(day.date, open, center.timezone) <= start &&
      end <= zonedInstant(day.date, close, center.timezone),
  );
  if (fits) return { ok: true };
  return {
    ok: false,
    rule: 'outside_hours',
    date: day.date,
    hours: day.hours,
    message: msg(
      `Outside opening hours: on ${day.date} the centre is open ${formatHours(day.hours)} (${center.timezone}).`,
      `Poza godzinami otwarcia: ${day.date} centrum jest czynne ${formatHours(day.hours)} (${center.timezone}).`,
    ),
  };
}

/** A centre's days from..to, loaded once: for checking many occurrences of a series. */
export type CenterCalendar = {
  center: Center;
  from: CalendarDate;
  to: CalendarDate;
  /** One local day; throws RangeError outside from..to. */
  day(date: CalendarDate): CenterDay;
  /** checkDay on the local day of `start`; throws RangeError when that day is outside from..to. */
  check(start: Date, end: Date): OpeningCheck;
};

export async function loadCenterCalendar(
  db: Kysely<DB>,
  centerOrId: Center | string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<CenterCalendar> {
  const center = typeof centerOrId === 'string' ? await getCenter(db, centerOrId) : centerOrId;
  const closures = (await repo.selectClosures(db, { centerId: center.id, from, to })).map(toClosure);
  return centerCalendar(center, closures, from, to);
}

/**
 * The calendar from closures the caller read itself (with other things, in one query), in
 * date order; closures outside from..to may be among them.
 */
export function centerCalendar(
  center: Center,
  closures: Closure[],
  from: CalendarDate,
  to: CalendarDate,
): CenterCalendar {
  const day = (date: CalendarDate) => {
    if (date < from || date > to) throw new RangeError(`${date} is outside the loaded ${from}..${to}`);
    return describeDay(center, closures, date);
  };
  return {
    center,
    from,
    to,
    day,
    check: (start, end) => checkDay(center, day(localDate(start, center.timezone)), start, end),
  };
}

/**
 * Whether a booking from start to end fits the centre's opening hours: {ok: true}, or the
 * rule it breaks with a message in both languages. Unknown centre: 404.
 */
export async function checkWithinOpeningHours(
  db: Kysely<DB>,
  centerOrId: Center | string,
  start: Date,
  end: Date,
): Promise<OpeningCheck> {
  const center = typeof centerOrId === 'string' ? await getCenter(db, centerOrId) : centerOrId;
  const date = localDate(start, center.timezone);
  const calendar = await loadCenterCalendar(db, center, date, date);
  return calendar.check(start, end);
}
