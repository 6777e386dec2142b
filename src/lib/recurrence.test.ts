import { describe, expect, it } from 'vitest';
import { expandRecurrence } from './recurrence.ts';

const zone = 'Europe/Warsaw';

describe('recurrence in local time', () => {
  it('keeps 18:00 at 18:00 across the last Sunday of March', () => {
    // Tuesdays from 2026-03-17 (CET, +01:00) past 2026-03-29 into CEST (+02:00).
    const result = expandRecurrence(
      'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
      new Date('2026-03-17T18:00:00+01:00'),
      new Date('2026-03-17T20:00:00+01:00'),
      zone,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-03-17T17:00:00.000Z',
      '2026-03-24T17:00:00.000Z',
      '2026-03-31T16:00:00.000Z',
      '2026-04-07T16:00:00.000Z',
    ]);
    expect(result.occurrences.map((o) => o.end.getTime() - o.start.getTime())).toEqual(
      Array(4).fill(2 * 3600_000),
    );
  });

  it('keeps 18:00 at 18:00 across the last Sunday of October', () => {
    const result = expandRecurrence(
      'FREQ=DAILY;UNTIL=20261027',
      new Date('2026-10-24T18:00:00+02:00'),
      new Date('2026-10-24T19:30:00+02:00'),
      zone,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-10-24T16:00:00.000Z',
      '2026-10-25T17:00:00.000Z',
      '2026-10-26T17:00:00.000Z',
      '2026-10-27T17:00:00.000Z',
    ]);
  });

  it.each([
    ['FREQ=WEEKLY', /COUNT or UNTIL/],
    ['FREQ=HOURLY;COUNT=3', /FREQ must be/],
    ['FREQ=WEEKLY;COUNT=500', /at most 200/],
    ['nonsense', /RRULE|FREQ/],
    ['FREQ=WEEKLY;BYDAY=WE;COUNT=3', /start must itself be an occurrence/],
  ])('refuses %s', (rule, message) => {
    const result = expandRecurrence(
      rule,
      new Date('2026-03-17T18:00:00+01:00'),
      new Date('2026-03-17T20:00:00+01:00'),
      zone,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toMatch(message);
  });
});
