/**
 * Zone math for the console: calendar dates ('YYYY-MM-DD') and clock times ('HH:MM') are local
 * to the centres (Europe/Warsaw), whatever zone the browser runs in. Only Intl is used.
 */
export const ZONE = 'Europe/Warsaw';
const DAY_MS = 86_400_000;

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function zoneParts(instant: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes the zone is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: Date): number {
  const p = zoneParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar date of an instant. */
export function localDate(instant: Date | string): string {
  const p = zoneParts(new Date(instant));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The local clock time of an instant, 'HH:MM'. */
export function localTime(instant: Date | string): string {
  const p = zoneParts(new Date(instant));
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The local hour (0..23) of an instant. */
export function localHour(instant: Date | string): number {
  return zoneParts(new Date(instant)).hour;
}

/** The instant of a local date and time, as RFC 3339 with the zone's offset. */
export function zonedIso(date: string, time = '00:00'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset also next to a change of the clocks.
  let offset = zoneOffsetMinutes(new Date(wall));
  offset = zoneOffsetMinutes(new Date(wall - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function today(): string {
  return localDate(new Date());
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday .. 6 for Sunday. */
export function weekdayIndex(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

export function startOfYear(date: string): string {
  return `${date.slice(0, 4)}-01-01`;
}

/** The instants that bound local days from..to (both included). */
export function dayRange(from: string, to: string): { from: string; to: string } {
  return { from: zonedIso(from), to: zonedIso(addDays(to, 1)) };
}

/** Do two intervals overlap (touching does not count)? */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return new Date(aStart) < new Date(bEnd) && new Date(bStart) < new Date(aEnd);
}
