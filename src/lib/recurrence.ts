import rrule from 'rrule';
import { type Message, msg } from './errors.ts';
import { addDays, type CalendarDate, type ClockTime, localDate, localTime, zonedInstant } from './time.ts';

const { RRule, Frequency } = rrule;

export const MAX_OCCURRENCES = 200;
const MAX_SPAN_DAYS = 2 * 366;
const ALLOWED = new Set([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);

export type Occurrence = { start: Date; end: Date };
export type Expansion = { ok: true; occurrences: Occurrence[] } | { ok: false; message: Message };

/**
 * Expands an RFC 5545 rule (without DTSTART) from the first occurrence `start..end`, in the
 * centre's local time: every occurrence starts at the same wall-clock time as the first
 * (18:00 stays 18:00 across DST changes) and lasts until the same wall-clock end.
 */
export function expandRecurrence(rule: string, start: Date, end: Date, zone: string): Expansion {
  const firstDate = localDate(start, zone);
  const startTime = localTime(start, zone);
  const endTime = localTime(end, zone);
  const endDayOffset = Math.round((Date.parse(localDate(end, zone)) - Date.parse(firstDate)) / 86_400_000);

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

  // rrule computes in "floating" time: UTC fields stand for the local wall clock.
  const [year, month, day] = firstDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = startTime.split(':').map(Number) as [number, number];
  const floatingStart = new Date(Date.UTC(year, month - 1, day, hour, minute));
  let until = options.until ?? undefined;
  if (until) {
    // UNTIL without a time (a date) means the whole day, in local time.
    until = new Date(
      until.getTime() + (until.getUTCHours() === 0 && until.getUTCMinutes() === 0 ? 86_399_000 : 0),
    );
  }
  let recurrence: InstanceType<typeof RRule>;
  try {
    recurrence = new RRule({ ...options, dtstart: floatingStart, until, tzid: null });
  } catch (error) {
    return invalid(`not a valid RRULE (${(error as Error).message})`, 'niepoprawna reguła RRULE');
  }
  const horizon = new Date(floatingStart.getTime() + MAX_SPAN_DAYS * 86_400_000);
  const dates = recurrence.all((date, index) => index < MAX_OCCURRENCES + 1 && date <= horizon);
  if (dates.length === 0)
    return invalid('the rule gives no occurrence', 'reguła nie daje żadnego wystąpienia');
  if (dates.length > MAX_OCCURRENCES) {
    return invalid(`at most ${MAX_OCCURRENCES} occurrences`, `najwyżej ${MAX_OCCURRENCES} wystąpień`);
  }
  const occurrences = dates.map((date) => {
    const local: CalendarDate = date.toISOString().slice(0, 10);
    return {
      start: zonedInstant(local, startTime as ClockTime, zone),
      end: zonedInstant(addDays(local, endDayOffset), endTime as ClockTime, zone),
    };
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

function invalid(en: string, pl: string): Expansion {
  return { ok: false, message: msg(en, pl) };
}
