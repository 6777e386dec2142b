/**
 * Local days and wall-clock times in the centres' zone (Europe/Warsaw), whatever the browser's
 * own zone is. Display goes through formatDateTime (app/i18n.ts); this file only turns a local
 * day and time into an instant and back, for forms and for grouping free slots by day.
 */
export const ZONE = 'Europe/Warsaw';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function localParts(instant: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    utcMillis: Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  };
}

/** The local day (YYYY-MM-DD) of an instant. */
export const localDate = (instant: string | Date) => localParts(new Date(instant)).date;

/** The local wall-clock time (HH:MM) of an instant. */
export const localTime = (instant: string | Date) => localParts(new Date(instant)).time;

/** Today in the centres' zone. */
export const today = () => localDate(new Date());

/** A calendar day plus n days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** The days from..to, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Midday of a local day: an instant that formats as that day in the centres' zone. */
export const middayOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** The instant at which the wall clock in the centres' zone shows this day and time. */
export function localToInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  // The zone's offset at the guess, then again at the result (the guess may sit across a DST change).
  let instant = wall - (localParts(new Date(wall)).utcMillis - wall);
  instant = wall - (localParts(new Date(instant)).utcMillis - instant);
  return new Date(instant);
}

/** A valid YYYY-MM-DD and HH:MM. */
export const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
export const isTime = (value: string) => /^\d{2}:\d{2}$/.test(value);

/** Free times from now on: those already over are left out, one under way starts at the next quarter hour. */
export function fromNow<T extends { start: string; end: string }>(slots: T[], now = Date.now()): T[] {
  const quarter = 15 * 60_000;
  const from = Math.ceil(now / quarter) * quarter;
  return slots
    .filter((slot) => new Date(slot.end).getTime() > from)
    .map((slot) =>
      new Date(slot.start).getTime() < from ? { ...slot, start: new Date(from).toISOString() } : slot,
    );
}

/** A centre's room-use rules for members, as GET /api/centers/:id/booking-rules gives them. */
export type MemberRules = { minNoticeHours: number; maxAdvanceDays: number; maxHours: number };

/**
 * The free times a member can actually request: from the notice period on, within the advance
 * window, each at most the longest booking allowed (a longer free stretch becomes several), and
 * none shorter than half an hour. Without rules, the free times from now on.
 */
export function bookableSlots<T extends { start: string; end: string }>(
  slots: T[],
  rules: MemberRules | undefined,
  now = Date.now(),
): { start: string; end: string }[] {
  if (!rules) return fromNow(slots, now);
  const step = 30 * 60_000;
  const earliest = Math.ceil((now + rules.minNoticeHours * 3_600_000) / step) * step;
  const latest = now + rules.maxAdvanceDays * 86_400_000;
  const longest = Math.max(step, rules.maxHours * 3_600_000);
  const result: { start: string; end: string }[] = [];
  for (const slot of slots) {
    let start = Math.max(Date.parse(slot.start), earliest);
    const end = Math.min(Date.parse(slot.end), latest);
    while (end - start >= step) {
      const until = Math.min(end, start + longest);
      result.push({ start: new Date(start).toISOString(), end: new Date(until).toISOString() });
      start = until;
    }
  }
  return result;
}
