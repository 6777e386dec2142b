import type { OpeningHours } from '../../../db/schema.ts';
import { AppError, type FieldError, invalidField, msg } from '../../../lib/errors.ts';
import {
  type CalendarDate,
  canonicalTimeZone,
  minutesOfDay,
  polishHoliday,
  WEEKDAYS,
} from '../../../lib/time.ts';

// What a centre is given as its zone, weekly hours and open holidays, checked before it is kept.

export const DEFAULT_OPENING_HOURS: OpeningHours = {
  mon: [['08:00', '20:00']],
  tue: [['08:00', '20:00']],
  wed: [['08:00', '20:00']],
  thu: [['08:00', '20:00']],
  fri: [['08:00', '20:00']],
  sat: [['08:00', '20:00']],
  sun: [['08:00', '20:00']],
};

export function assertTimeZone(zone: string): string {
  const canonical = canonicalTimeZone(zone);
  if (!canonical) {
    throw invalidField(
      'timezone',
      msg(
        'not a known IANA time zone (e.g. Europe/Warsaw)',
        'nieznana strefa czasowa IANA (np. Europe/Warsaw)',
      ),
    );
  }
  return canonical;
}

/** Each day's intervals must be real (start before end) and in order, apart from each other. */
export function assertOpeningHours(hours: OpeningHours) {
  const errors: FieldError[] = [];
  for (const day of WEEKDAYS) {
    let previousEnd = -1;
    hours[day].forEach(([start, end], index) => {
      const path = `openingHours.${day}.${index}`;
      const from = minutesOfDay(start);
      const to = minutesOfDay(end);
      if (from >= to) {
        errors.push({
          path,
          message: `the interval must start before it ends (${start}-${end})`,
          messagePl: `przedział musi zaczynać się przed końcem (${start}-${end})`,
        });
      } else if (from <= previousEnd) {
        // Touching intervals would be one interval; a booking across the seam would be refused.
        errors.push({
          path,
          message: 'intervals must be in order and must not overlap or touch (join them into one)',
          messagePl: 'przedziały muszą być uporządkowane, rozłączne i nie mogą się stykać (połącz je)',
        });
      }
      previousEnd = Math.max(previousEnd, to);
    });
  }
  if (errors.length > 0) {
    const first = errors[0] as FieldError;
    throw new AppError(
      'validation_failed',
      msg(`Invalid ${first.path}: ${first.message}`, `Błędne pole ${first.path}: ${first.messagePl}`),
      errors,
    );
  }
}

/** Open holidays must be Polish public holidays; they come back sorted and without repeats. */
export function normalizeOpenHolidays(dates: CalendarDate[]): CalendarDate[] {
  dates.forEach((date, index) => {
    if (!polishHoliday(date)) {
      throw invalidField(
        `openHolidays.${index}`,
        msg(`${date} is not a Polish public holiday`, `${date} nie jest dniem ustawowo wolnym od pracy`),
      );
    }
  });
  return [...new Set(dates)].sort();
}
