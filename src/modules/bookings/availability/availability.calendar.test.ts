import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

/**
 * The feeds and invitations read by an independent iCalendar parser (Mozilla's ical.js, the one
 * Thunderbird uses), built in server processes set to different zones: the instants must be the
 * same whatever the server's own zone (RFC 5545: UTC times carry a Z; stamps are UTC).
 */
const CALENDAR = join(import.meta.dirname, 'availability.calendar.ts');
const NODE = join(import.meta.dirname, '..', '..', '..', '..', 'node_modules', '.bin', 'node');

// A 10:00–12:00 Warsaw meeting in winter (CET, 09:00Z) and the same in summer (CEST, 08:00Z).
const WINTER = { start: '2026-01-15T09:00:00.000Z', end: '2026-01-15T11:00:00.000Z' };
const SUMMER = { start: '2026-07-16T08:00:00.000Z', end: '2026-07-16T10:00:00.000Z' };

const SCRIPT = `
  const { occupationFeed, bookingInvite } = await import(${JSON.stringify(CALENDAR)});
  const center = { id: 'c', name: 'Centrum Obywatelskie', address: 'ul. Reymonta 20, Kraków', timezone: 'Europe/Warsaw' };
  const room = { id: 'r', name: 'Sala konferencyjna' };
  const occupations = ${JSON.stringify([WINTER, SUMMER])}.map((o, i) => ({
    id: 'b' + i, title: 'Zajęte', start: new Date(o.start), end: new Date(o.end), status: 'approved',
    updatedAt: new Date('2026-01-10T12:34:56Z'),
  }));
  process.stdout.write(JSON.stringify({
    feed: occupationFeed('Sala', center, occupations),
    invite: bookingInvite(occupations, room, center),
  }));
`;

function calendarsIn(zone: string): { feed: string; invite: string } {
  const run = spawnSync(NODE, ['--input-type=module', '-e', SCRIPT], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`calendar script failed in ${zone}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid,
      stampZone: stamp.zone?.tzid,
    };
  });
}

describe('iCalendar read back by ical.js, whatever the server zone', () => {
  for (const zone of ['UTC', 'Europe/Warsaw', 'America/New_York', 'Asia/Tokyo']) {
    it(`gives the true instants and UTC stamps with the server in ${zone}`, () => {
      const { feed, invite } = calendarsIn(zone);
      for (const text of [feed, invite]) {
        const read = events(text);
        expect(read.map(({ start, end }) => ({ start, end }))).toEqual([WINTER, SUMMER]);
        for (const event of read) {
          expect(event.startZone).toBe('UTC');
          expect(event.stampZone).toBe('UTC');
        }
      }
    });
  }
});
