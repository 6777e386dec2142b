/** Free times an advisor can be booked for: its windows minus what is booked, from now on. */
export type Interval = { start: string; end: string };
export type Slot = { start: string; end: string };

const STEP_MS = 30 * 60_000;

/**
 * Slots of `minutes` starting every half hour inside each window, not before `now` and not
 * overlapping a busy time; at most `limit` of them, earliest first.
 */
export function freeSlots(
  windows: Interval[],
  busy: Interval[],
  minutes: number,
  now: Date,
  limit = 120,
): Slot[] {
  const length = minutes * 60_000;
  const taken = busy.map((each) => [Date.parse(each.start), Date.parse(each.end)] as const);
  const slots: Slot[] = [];
  const sorted = [...windows].sort((a, b) => a.start.localeCompare(b.start));
  for (const window of sorted) {
    const windowEnd = Date.parse(window.end);
    for (let start = Date.parse(window.start); start + length <= windowEnd; start += STEP_MS) {
      if (start < now.getTime()) continue;
      const end = start + length;
      if (taken.some(([from, to]) => from < end && to > start)) continue;
      slots.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString() });
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}
