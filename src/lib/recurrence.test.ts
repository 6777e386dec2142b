import fc from 'fast-check';
import rrule from 'rrule';
import { describe, expect, it } from 'vitest';
import { expandRecurrence } from './recurrence.ts';
import { localDate } from './time.ts';

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

describe('the changes of clock inside an occurrence', () => {
  const expand = (rule: string, start: string, end: string) => {
    const result = expandRecurrence(rule, new Date(start), new Date(end), zone);
    if (!result.ok) throw new Error(result.message.en);
    return result.occurrences.map((o) => ({ start: o.start.toISOString(), end: o.end.toISOString() }));
  };

  it('reads a start in the spring gap with the offset before it, keeping the exact duration', () => {
    // 02:30 does not exist on 29 March 2026 in Warsaw: RFC 5545 reads it as 02:30+01:00 = 03:30 CEST.
    expect(expand('FREQ=DAILY;COUNT=3', '2026-03-28T02:30:00+01:00', '2026-03-28T03:30:00+01:00')).toEqual([
      { start: '2026-03-28T01:30:00.000Z', end: '2026-03-28T02:30:00.000Z' },
      { start: '2026-03-29T01:30:00.000Z', end: '2026-03-29T02:30:00.000Z' },
      { start: '2026-03-30T00:30:00.000Z', end: '2026-03-30T01:30:00.000Z' },
    ]);
  });

  it('gives an overnight occurrence across the October change its exact duration', () => {
    // 22:00 to 06:00 (8 h); the night of 24/25 October 2026 has an hour more on the wall clock.
    expect(expand('FREQ=DAILY;COUNT=2', '2026-10-24T22:00:00+02:00', '2026-10-25T06:00:00+02:00')).toEqual([
      { start: '2026-10-24T20:00:00.000Z', end: '2026-10-25T04:00:00.000Z' },
      { start: '2026-10-25T21:00:00.000Z', end: '2026-10-26T05:00:00.000Z' },
    ]);
  });
});

describe('UNTIL per RFC 5545', () => {
  const starts = (rule: string, start: string, end: string) => {
    const result = expandRecurrence(rule, new Date(start), new Date(end), zone);
    if (!result.ok) throw new Error(result.message.en);
    return result.occurrences.map((o) => o.start.toISOString());
  };

  it('takes a UTC UNTIL as an instant, inclusive: 16:00Z is 18:00 in Warsaw in summer', () => {
    // Sundays 18:00 CEST from 2026-06-07; the fourth is 2026-06-28 18:00 = 16:00Z.
    expect(
      starts('FREQ=WEEKLY;UNTIL=20260628T160000Z', '2026-06-07T18:00:00+02:00', '2026-06-07T19:00:00+02:00'),
    ).toEqual([
      '2026-06-07T16:00:00.000Z',
      '2026-06-14T16:00:00.000Z',
      '2026-06-21T16:00:00.000Z',
      '2026-06-28T16:00:00.000Z',
    ]);
    // One second earlier leaves the fourth out.
    expect(
      starts('FREQ=WEEKLY;UNTIL=20260628T155959Z', '2026-06-07T18:00:00+02:00', '2026-06-07T19:00:00+02:00'),
    ).toHaveLength(3);
  });

  it('takes a date-only UNTIL as the whole local day', () => {
    expect(
      starts('FREQ=WEEKLY;UNTIL=20260628', '2026-06-07T23:00:00+02:00', '2026-06-07T23:30:00+02:00'),
    ).toHaveLength(4);
  });

  it('takes a UTC UNTIL across the October change in the zone of the last occurrence', () => {
    // Daily 18:00 from 2026-10-23 (CEST); 2026-10-26 18:00 is CET, 17:00Z.
    expect(
      starts('FREQ=DAILY;UNTIL=20261026T170000Z', '2026-10-23T18:00:00+02:00', '2026-10-23T19:00:00+02:00'),
    ).toEqual([
      '2026-10-23T16:00:00.000Z',
      '2026-10-24T16:00:00.000Z',
      '2026-10-25T17:00:00.000Z',
      '2026-10-26T17:00:00.000Z',
    ]);
  });
});

describe('bounded work', () => {
  it('stops at its horizon when the rule never matches, however far its UNTIL', () => {
    // 31 February does not exist: without a bound this searched every year until 2999.
    const result = expandRecurrence(
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31;UNTIL=29991231T000000Z',
      new Date('2026-03-17T18:00:00+01:00'),
      new Date('2026-03-17T20:00:00+01:00'),
      zone,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toMatch(/no occurrence|start must itself/);
  });

  it('refuses times in the rule: they come from start and end', () => {
    const result = expandRecurrence(
      'FREQ=DAILY;BYHOUR=8,9,10;BYMINUTE=0,30;COUNT=10',
      new Date('2026-03-17T18:00:00+01:00'),
      new Date('2026-03-17T20:00:00+01:00'),
      zone,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.pl).toMatch(/BYHOUR/);
  });
});

describe('expansion on a twin calendar', () => {
  it('gives the same days as rrule expanding the rule where it stands', () => {
    const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const rules = fc.record({
      freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
      interval: fc.integer({ min: 1, max: 3 }),
      byday: fc.subarray(weekdays, { maxLength: 3 }),
      // An ordinal BYDAY (the 2nd Monday, the last Friday) where RFC 5545 allows it.
      ordinal: fc.constantFrom('', '1', '2', '-1', '-2'),
      bymonthday: fc.option(
        fc.integer({ min: -3, max: 31 }).filter((d) => d !== 0),
        { nil: undefined },
      ),
      count: fc.integer({ min: 1, max: 40 }),
      date: fc.date({
        min: new Date('2026-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
    });
    fc.assert(
      fc.property(rules, ({ freq, interval, byday, ordinal, bymonthday, count, date }) => {
        const parts = [`FREQ=${freq}`, `INTERVAL=${interval}`, `COUNT=${count}`];
        const prefix = freq === 'MONTHLY' ? ordinal : '';
        if (byday.length) parts.push(`BYDAY=${byday.map((day) => `${prefix}${day}`).join(',')}`);
        // (With an ordinal, no BYMONTHDAY: most such pairs never match, and rrule, the reference,
        // then searches for seconds.)
        if (bymonthday !== undefined && !prefix) parts.push(`BYMONTHDAY=${bymonthday}`);
        const rule = parts.join(';');
        const day = date.toISOString().slice(0, 10);
        const start = new Date(`${day}T12:00:00Z`);
        const result = expandRecurrence(rule, start, new Date(start.getTime() + 3600_000), zone);
        // The reference: rrule on the real dates, floating 12:00 UTC standing for the wall clock.
        const floatingStart = new Date(`${localDate(start, zone)}T${start.toISOString().slice(11, 16)}:00Z`);
        const horizon = floatingStart.getTime() + 2 * 366 * 86_400_000;
        // COUNT applied to rrule's occurrences up to the horizon: the same set, and rrule stops
        // at the horizon instead of searching to the end of time for a match that never comes.
        const expected = new rrule.RRule({
          ...rrule.RRule.parseString(rule),
          count: null,
          dtstart: floatingStart,
          tzid: null,
        })
          .between(floatingStart, new Date(horizon), true)
          .slice(0, Math.min(count, 201))
          .map((d) => d.toISOString().slice(0, 10));
        if (result.ok) expect(result.occurrences.map((o) => localDate(o.start, zone))).toEqual(expected);
        else expect(expected[0] !== localDate(start, zone) || expected.length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
