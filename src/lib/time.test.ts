import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateSchema,
  canonicalTimeZone,
  daysBetween,
  eachDate,
  easterSunday,
  isCalendarDate,
  isClockTime,
  isPolishHoliday,
  localDate,
  localTime,
  minutesOfDay,
  polishHoliday,
  polishHolidays,
  weekdayKey,
  zonedInstant,
  zoneOffsetMinutes,
} from './time.ts';

const WARSAW = 'Europe/Warsaw';

describe('Easter and the holidays that follow it', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('puts Easter Monday, Pentecost and Corpus Christi after Easter', () => {
    expect(polishHoliday('2026-04-05')).toBe('Wielkanoc');
    expect(polishHoliday('2026-04-06')).toBe('Poniedziałek Wielkanocny');
    expect(polishHoliday('2026-05-24')).toBe('Zielone Świątki');
    expect(polishHoliday('2026-06-04')).toBe('Boże Ciało');
    expect(polishHoliday('2025-06-19')).toBe('Boże Ciało');
  });
});

describe('Polish public holidays', () => {
  it('lists the fourteen days off of 2026 in date order', () => {
    const holidays = polishHolidays(2026);
    expect(holidays.map((holiday) => holiday.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-03',
      '2026-05-24',
      '2026-06-04',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(holidays.find((holiday) => holiday.date === '2026-11-11')?.name).toBe(
      'Narodowe Święto Niepodległości',
    );
  });

  it('makes Christmas Eve a holiday from 2025 on', () => {
    expect(isPolishHoliday('2024-12-24')).toBe(false);
    expect(isPolishHoliday('2025-12-24')).toBe(true);
    expect(polishHoliday('2025-12-24')).toBe('Wigilia Bożego Narodzenia');
    expect(polishHolidays(2024)).toHaveLength(13);
  });

  it('knows ordinary days and Epiphany only from 2011', () => {
    expect(isPolishHoliday('2026-11-12')).toBe(false);
    expect(polishHoliday('2026-01-06')).toBe('Święto Trzech Króli');
    expect(isPolishHoliday('2010-01-06')).toBe(false);
  });
});

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('2026-11-11T00:00')).toBe(false);
    expect(calendarDateSchema.safeParse('2026-04-31').success).toBe(false);
    expect(calendarDateSchema.safeParse('2026-04-30').success).toBe(true);
  });

  it('counts days across month, year and DST boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
    expect(eachDate('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('names weekdays from Monday', () => {
    expect(weekdayKey('2026-11-23')).toBe('mon');
    expect(weekdayKey('2026-11-11')).toBe('wed');
    expect(weekdayKey('2026-11-29')).toBe('sun');
  });

  it('reads clock times up to 24:00', () => {
    expect(isClockTime('08:00')).toBe(true);
    expect(isClockTime('24:00')).toBe(true);
    expect(isClockTime('24:01')).toBe(false);
    expect(isClockTime('25:00')).toBe(false);
    expect(isClockTime('8:00')).toBe(false);
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('24:00')).toBe(1440);
  });
});

describe('zones', () => {
  it('knows IANA zones and refuses the rest', () => {
    expect(canonicalTimeZone('Europe/Warsaw')).toBe('Europe/Warsaw');
    expect(canonicalTimeZone('europe/warsaw')).toBe('Europe/Warsaw');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('+01:00')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });

  it('reads local dates and times of instants in Warsaw, winter and summer', () => {
    const winter = new Date('2026-01-15T23:30:00Z');
    expect(localDate(winter, WARSAW)).toBe('2026-01-16');
    expect(localTime(winter, WARSAW)).toBe('00:30');
    const summer = new Date('2026-07-01T16:00:00Z');
    expect(localTime(summer, WARSAW)).toBe('18:00');
    expect(zoneOffsetMinutes(winter, WARSAW)).toBe(60);
    expect(zoneOffsetMinutes(summer, WARSAW)).toBe(120);
  });

  it('turns local times into instants on both sides of the spring change (2026-03-29)', () => {
    expect(zonedInstant('2026-03-29', '01:30', WARSAW).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInstant('2026-03-29', '03:00', WARSAW).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedInstant('2026-03-29', '18:00', WARSAW).toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(zonedInstant('2026-03-28', '18:00', WARSAW).toISOString()).toBe('2026-03-28T17:00:00.000Z');
    // 02:30 does not exist that night: it moves forward by the hour the clocks skip.
    const gap = zonedInstant('2026-03-29', '02:30', WARSAW);
    expect(gap.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localTime(gap, WARSAW)).toBe('03:30');
  });

  it('turns local times into instants on both sides of the autumn change (2026-10-25)', () => {
    expect(zonedInstant('2026-10-24', '18:00', WARSAW).toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(zonedInstant('2026-10-25', '18:00', WARSAW).toISOString()).toBe('2026-10-25T17:00:00.000Z');
    expect(zonedInstant('2026-10-25', '03:00', WARSAW).toISOString()).toBe('2026-10-25T02:00:00.000Z');
    // 02:30 happens twice that night: the first one, still at summer time, is meant.
    const twice = zonedInstant('2026-10-25', '02:30', WARSAW);
    expect(twice.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zoneOffsetMinutes(twice, WARSAW)).toBe(120);
    expect(localTime(new Date('2026-10-25T01:30:00Z'), WARSAW)).toBe('02:30');
  });

  it('takes 24:00 as the next midnight and round-trips every quarter hour of the DST days', () => {
    expect(zonedInstant('2026-10-25', '24:00', WARSAW).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(zonedInstant('2026-03-29', '00:00', WARSAW).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    for (const date of ['2026-03-29', '2026-10-25', '2026-06-01']) {
      for (let minutes = 0; minutes < 1440; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        if (date === '2026-03-29' && time >= '02:00' && time < '03:00') continue;
        const instant = zonedInstant(date, time, WARSAW);
        expect([localDate(instant, WARSAW), localTime(instant, WARSAW)]).toEqual([date, time]);
      }
    }
  });

  it('works in other zones too (New York changes on other days)', () => {
    expect(zonedInstant('2026-03-08', '12:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T16:00:00.000Z',
    );
    expect(zonedInstant('2026-03-07', '12:00', 'America/New_York').toISOString()).toBe(
      '2026-03-07T17:00:00.000Z',
    );
    expect(zonedInstant('2026-06-01', '09:00', 'UTC').toISOString()).toBe('2026-06-01T09:00:00.000Z');
  });
});
