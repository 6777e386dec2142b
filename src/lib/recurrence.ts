import rrule from 'rrule';
import { type Message, msg } from './errors.ts';
import {
  type CalendarDate,
  type ClockTime,
  localDate,
  localTime,
  zonedInstant,
  zoneOffsetMinutes,
} from './time.ts';

const { RRule, Frequency } = rrule;

export const MAX_OCCURRENCES = 200;
const MAX_SPAN_DAYS = 2 * 366;
const ALLOWED = new Set([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);

export type Occurrence = { start: Date; end: Date };
export type Expansion = { ok: true; occurrences: Occurrence[] } | { ok: false; message: Message };

/**
 * Expands an RFC 5545 rule (without DTSTART) from the first occurrence `start..end`, in the
 * centre's local time: every occurrence starts at the same wall-clock time as the first
 * (18:00 stays 18:00 across DST changes) and lasts exactly as long as the first.
 */
export function expandRecurrence(rule: string, start: Date, end: Date, zone: string): Expansion {
  const firstDate = localDate(start, zone);
  const startTime = localTime(start, zone);
  // RFC 5545 (3.8.5.3): with DTEND, every instance has the first one's exact duration.
  const duration = end.getTime() - start.getTime();

  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(rule.replace(/^RRULE:/i, '').trim());
  } catch (error) {
    return invalid(`not a valid RRULE (${(error as Error).message})`, 'niepoprawna reguła RRULE');
  }
  if (options.dtstart)
    return invalid(
      'give the first occurrence as start/end, not DTSTART',
      'pierwsze wystąpienie podaj w start/end, nie w DTSTART',
    );
  if (options.freq === undefined || !ALLOWED.has(options.freq)) {
    return invalid(
      'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY',
      'FREQ musi być DAILY, WEEKLY, MONTHLY lub YEARLY',
    );
  }
  if (options.count == null && options.until == null) {
    return invalid('the rule needs COUNT or UNTIL', 'reguła musi mieć COUNT lub UNTIL');
  }
  if (options.count != null && options.count > MAX_OCCURRENCES) {
    return invalid(`at most ${MAX_OCCURRENCES} occurrences`, `najwyżej ${MAX_OCCURRENCES} wystąpień`);
  }

  if (options.byeaster != null) {
    return invalid('BYEASTER is not part of RFC 5545', 'BYEASTER nie należy do RFC 5545');
  }
  if (options.byhour != null || options.byminute != null || options.bysecond != null) {
    return invalid(
      'the time comes from start and end: leave out BYHOUR, BYMINUTE and BYSECOND',
      'godzinę wyznaczają start i koniec: pomiń BYHOUR, BYMINUTE i BYSECOND',
    );
  }

  // rrule computes in "floating" time: UTC fields stand for the local wall clock.
  const [year, month, day] = firstDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = startTime.split(':').map(Number) as [number, number];
  const floatingStart = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const horizon = new Date(floatingStart.getTime() + MAX_SPAN_DAYS * 86_400_000);
  const until = floatingUntil(rule, options.until ?? undefined, zone);
  // rrule searches for the next occurrence until its last year (9999), so a rule that never
  // matches (BYMONTHDAY=31 in February) took seconds of CPU whatever its UNTIL. The work is
  // bounded by expanding on a twin of these years near 9999 (same weekdays, same leap years) and
  // moving the occurrences back: the search then ends within a few decades of calendar.
  const shift = Date.UTC(calendarTwin(year), 0, 1) - Date.UTC(year, 0, 1);
  let recurrence: InstanceType<typeof RRule>;
  try {
    recurrence = new RRule({
      ...options,
      dtstart: new Date(floatingStart.getTime() + shift),
      until: new Date((until && until < horizon ? until : horizon).getTime() + shift),
      tzid: null,
    });
  } catch (error) {
    return invalid(`not a valid RRULE (${(error as Error).message})`, 'niepoprawna reguła RRULE');
  }
  const dates = recurrence
    .all((_date, index) => index < MAX_OCCURRENCES + 1)
    .map((date) => new Date(date.getTime() - shift));
  if (dates.length === 0)
    return invalid('the rule gives no occurrence', 'reguła nie daje żadnego wystąpienia');
  if (dates.length > MAX_OCCURRENCES) {
    return invalid(`at most ${MAX_OCCURRENCES} occurrences`, `najwyżej ${MAX_OCCURRENCES} wystąpień`);
  }
  const occurrences = dates.map((date) => {
    const local: CalendarDate = date.toISOString().slice(0, 10);
    // A start in the spring gap (02:30 on the last Sunday of March) is read with the offset before
    // the gap, as RFC 5545 says: 03:30 summer time.
    const occurrenceStart = zonedInstant(local, startTime as ClockTime, zone);
    return { start: occurrenceStart, end: new Date(occurrenceStart.getTime() + duration) };
  });
  // The first occurrence must be the one asked for (a rule like BYDAY=TU starting on a Monday
  // would otherwise silently move it).
  if (occurrences[0]?.start.getTime() !== start.getTime()) {
    return invalid(
      'start must itself be an occurrence of the rule (check BYDAY)',
      'start musi być jednym z wystąpień reguły (sprawdź BYDAY)',
    );
  }
  return { ok: true, occurrences };
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
/** Four years' calendars: the weekday each starts on and whether it is a leap year. */
const calendarOf = (year: number) =>
  [0, 1, 2, 3].map((i) => `${new Date(Date.UTC(year + i, 0, 1)).getUTCDay()}${isLeapYear(year + i)}`).join();

/**
 * The latest year before rrule's last year whose next four years have the same calendar as
 * `year`'s (the Gregorian calendar repeats within 400 years, within 28 inside a century).
 */
function calendarTwin(year: number): number {
  const calendar = calendarOf(year);
  for (let twin = 9996; twin > 9996 - 400; twin--) if (calendarOf(twin) === calendar) return twin;
  return year;
}

/**
 * UNTIL as the floating wall-clock bound rrule compares occurrences with (RFC 5545 3.3.10):
 * a date (`UNTIL=20261025`) includes that whole local day; a UTC date-time
 * (`UNTIL=20261025T160000Z`) is an instant, inclusive, so it is moved to the zone's wall clock
 * at that instant; a date-time without `Z` is already local wall-clock time.
 */
function floatingUntil(rule: string, until: Date | undefined, zone: string): Date | undefined {
  if (!until) return undefined;
  const written = /UNTIL=(\d{8})(T\d{6}(Z?))?/i.exec(rule);
  if (written && !written[2]) return new Date(until.getTime() + 86_399_000);
  if (written?.[3]) return new Date(until.getTime() + zoneOffsetMinutes(until, zone) * 60_000);
  return until;
}

function invalid(en: string, pl: string): Expansion {
  return { ok: false, message: msg(en, pl) };
}
