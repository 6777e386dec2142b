import { z } from 'zod';

/**
 * The one place for zone math and Polish public holidays. Calendar dates are 'YYYY-MM-DD'
 * strings and clock times 'HH:MM' strings, both local to a centre; instants are Dates.
 * Only Intl is used: the zone rules come with Node's ICU data.
 */

/** A calendar date, 'YYYY-MM-DD', read in some centre's time zone. */
export type CalendarDate = string;
/** A local wall-clock time, 'HH:MM'; '24:00' only as the end of a day. */
export type ClockTime = string;

export const DEFAULT_TIMEZONE = 'Europe/Warsaw';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
// Dates outside these years are typing mistakes, and year 0 or 5 digits would break the arithmetic.
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

// Calendar dates

/** The parts of a valid calendar date, or undefined (wrong shape, 2026-02-30, year out of range). */
function dateParts(value: string): { year: number; month: number; day: number } | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}

export function isCalendarDate(value: string): boolean {
  return dateParts(value) !== undefined;
}

/** Parses a calendar date of the API; throws on anything else (validate with isCalendarDate first). */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  return value;
}

/** A calendar date in request schemas: 'YYYY-MM-DD', a real day, years 1900..2999. */
export const calendarDateSchema = z
  .string()
  .regex(DATE_PATTERN, 'expected a date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a valid date (YYYY-MM-DD, years 1900..2999)')
  .meta({ format: 'date', example: '2026-11-11' });

/** An RFC 3339 instant with an offset, read as a Date; years outside 1900..2999 are typing mistakes. */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .refine((date) => date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2999, 'years 1900..2999 only');

/**
 * The bounds of a list filter (?from=&to=): an instant, or a local date (Europe/Warsaw) that
 * stands for its whole day, so ?from=2026-03-01&to=2026-03-31 covers both days.
 */
// Each union gets its own copy of a shared branch: the OpenAPI conversion drops a branch it has
// already met in the same document part (the second of ?from=&to= would lose its instant form).
export const fromBoundSchema = z.union([
  instantSchema.clone(),
  calendarDateSchema.transform((date) => zonedInstant(date, '00:00', DEFAULT_TIMEZONE)),
]);
export const toBoundSchema = z.union([
  instantSchema.clone(),
  calendarDateSchema.transform((date) => zonedInstant(addDays(date, 1), '00:00', DEFAULT_TIMEZONE)),
]);
/** A local day (Europe/Warsaw), given as a date or as an instant on that day. */
export const dayBoundSchema = z.union([
  calendarDateSchema.clone(),
  instantSchema.transform((instant) => localDate(instant, DEFAULT_TIMEZONE)),
]);

/** Milliseconds of the date's midnight on the UTC time line: plain day arithmetic, no zone. */
function utcMidnight(date: CalendarDate): number {
  const parts = dateParts(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

function formatUtcDate(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return formatUtcDate(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (0 for the same day, negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Every date from `from` to `to`, both included. */
export function eachDate(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(from, index));
}

export function weekdayKey(date: CalendarDate): WeekdayKey {
  // getUTCDay counts from Sunday; the week here starts on Monday, as in Poland.
  return WEEKDAYS[(new Date(utcMidnight(date)).getUTCDay() + 6) % 7] as WeekdayKey;
}

// Clock times

export function isClockTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** Minutes since local midnight: '08:30' -> 510, '24:00' -> 1440. */
export function minutesOfDay(time: ClockTime): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`not a clock time: ${time}`);
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

// Time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The IANA name Intl knows this zone by ('europe/warsaw' -> 'Europe/Warsaw'), or undefined. */
export function canonicalTimeZone(zone: string): string | undefined {
  // Offsets like '+01:00' are accepted by Intl but have no DST rules: a centre needs a named zone.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}

/** The zone's wall clock at this instant, as if it were UTC (milliseconds), seconds dropped. */
function wallClockMs(instant: Date, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/** How far the zone's clock is ahead of UTC at this instant, in minutes (Warsaw: 60 or 120). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const whole = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return Math.round((wallClockMs(whole, zone) - whole.getTime()) / MINUTE_MS);
}

/** The local calendar date of an instant in a zone. */
export function localDate(instant: Date, zone: string): CalendarDate {
  return formatUtcDate(wallClockMs(instant, zone));
}

/** The local wall-clock time of an instant in a zone, 'HH:MM' (seconds dropped). */
export function localTime(instant: Date, zone: string): ClockTime {
  return new Date(wallClockMs(instant, zone)).toISOString().slice(11, 16);
}

/**
 * The instant when the zone's clocks show `time` on `date`. '24:00' is the next day's midnight.
 * On a spring-forward day a time that does not exist (02:30 in Warsaw on the last Sunday of
 * March) moves forward by the gap (03:30). On a fall-back day a time that happens twice
 * (02:30 on the last Sunday of October) is its first occurrence, at the earlier (summer) offset.
 */
export function zonedInstant(date: CalendarDate, time: ClockTime, zone: string): Date {
  const wall = utcMidnight(date) + minutesOfDay(time) * MINUTE_MS;
  // Zones change their offset at most once within a day either side, so these two offsets
  // are the only candidates.
  const before = zoneOffsetMinutes(new Date(wall - DAY_MS), zone);
  const after = zoneOffsetMinutes(new Date(wall + DAY_MS), zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((ms) => wallClockMs(new Date(ms), zone) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // In the gap: read the wall time with the offset from before the change, which lands
  // after the change by exactly the length of the gap.
  return new Date(wall - before * MINUTE_MS);
}

// Polish public holidays (ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy)

/** A public holiday: its Polish name, and the English one. */
export type Holiday = { date: CalendarDate; name: string; nameEn: string };

/** Easter Sunday in the Gregorian calendar (the anonymous Meeus/Jones/Butcher algorithm). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatUtcDate(Date.UTC(year, month - 1, day));
}

const pad = (value: number) => String(value).padStart(2, '0');

const holidayCache = new Map<number, Holiday[]>();

/** The statutory non-working days of a year in Poland, in date order, with their Polish names. */
export function polishHolidays(year: number): Holiday[] {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const fixed = (month: number, day: number, name: string, nameEn: string): Holiday => ({
    date: `${year}-${pad(month)}-${pad(day)}`,
    name,
    nameEn,
  });
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    fixed(1, 1, 'Nowy Rok', 'New Year’s Day'),
    // Restored as a day off in 2011.
    ...(year >= 2011 ? [fixed(1, 6, 'Święto Trzech Króli', 'Epiphany')] : []),
    { date: easter, name: 'Wielkanoc', nameEn: 'Easter Sunday' },
    { date: addDays(easter, 1), name: 'Poniedziałek Wielkanocny', nameEn: 'Easter Monday' },
    fixed(5, 1, 'Święto Pracy', 'Labour Day'),
    fixed(5, 3, 'Święto Konstytucji 3 Maja', 'Constitution Day (3 May)'),
    { date: addDays(easter, 49), name: 'Zielone Świątki', nameEn: 'Pentecost Sunday' },
    { date: addDays(easter, 60), name: 'Boże Ciało', nameEn: 'Corpus Christi' },
    fixed(8, 15, 'Wniebowzięcie Najświętszej Maryi Panny', 'Assumption of Mary'),
    fixed(11, 1, 'Wszystkich Świętych', 'All Saints’ Day'),
    fixed(11, 11, 'Narodowe Święto Niepodległości', 'National Independence Day'),
    // A day off since the amendment of 2024, first observed in 2025.
    ...(year >= 2025 ? [fixed(12, 24, 'Wigilia Bożego Narodzenia', 'Christmas Eve')] : []),
    fixed(12, 25, 'Boże Narodzenie (pierwszy dzień)', 'Christmas Day'),
    fixed(12, 26, 'Boże Narodzenie (drugi dzień)', 'Second Day of Christmas'),
  ].sort((x, y) => x.date.localeCompare(y.date));
  holidayCache.set(year, holidays);
  return holidays;
}

/** The public holiday on this date, or undefined on an ordinary day. */
export function holidayOn(date: CalendarDate): Holiday | undefined {
  return polishHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

/** The Polish name of the public holiday on this date, or undefined on an ordinary day. */
export function polishHoliday(date: CalendarDate): string | undefined {
  return holidayOn(date)?.name;
}

export function isPolishHoliday(date: CalendarDate): boolean {
  return polishHoliday(date) !== undefined;
}

// Formatting for people. Every date or time a person reads (mail, PDF, narrative, spreadsheet)
// is formatted here, in the zone it belongs to; modules never call Intl.DateTimeFormat.

export type Language = 'pl' | 'en';
const LOCALES: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };

/** A calendar date is a day, not an instant: it is formatted at noon UTC so no zone moves it. */
const dateAsNoon = (date: CalendarDate) => new Date(`${date}T12:00:00Z`);

/** '2026-03-05' -> '5 marca 2026 r.' (Polish documents mark the year with "r.") or '5 March 2026'. */
export function formatCalendarDate(date: CalendarDate, language: Language): string {
  const formatted = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dateAsNoon(date));
  return language === 'pl' ? `${formatted} r.` : formatted;
}

/** '2026-03' or '2026-03-05' -> 'marzec 2026' / 'March 2026'. */
export function formatMonth(month: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dateAsNoon(`${month.slice(0, 7)}-01`));
}

/** The day of an instant in a zone, with its weekday: 'wtorek, 17 marca 2026' / 'Tuesday 17 March 2026'. */
export function formatLongDay(instant: Date, zone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
}

/** The wall-clock time of an instant in a zone: '18:00'. */
export function formatClock(instant: Date, zone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}

/** An instant as a person reads it in a zone: '2 grudnia 2026 10:15' / '2 December 2026 at 10:15'. */
export function formatInstant(instant: Date, zone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zone,
  }).format(instant);
}
