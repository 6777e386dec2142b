import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import { type BookingsWorld, setupBookings } from '../bookings.test-support.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let member: TestUser;
let centerId: string;
let room: { id: string };
let smallRoom: { id: string };
let day: string;
let book: BookingsWorld['book'];

beforeAll(async () => {
  ({ ctx, admin, coordinator, otherCoordinator, member, centerId, room, smallRoom, day, book } =
    await setupBookings());
  // The feeds show what is decided: a member's request waits; a staff booking is approved at once.
  expect((await book(member)).status).toBe(201);
  expect(
    (
      await book(coordinator, {
        title: 'Zarząd Fundacji Sąsiedzkiej',
        start: at(addDays(day, 1), '10:00'),
        end: at(addDays(day, 1), '11:00'),
      })
    ).status,
  ).toBe(201);
});

describe('availability and calendar feeds', () => {
  it('gives free and busy times within opening hours', async () => {
    const freeDay = addDays(day, 8);
    await book(coordinator, {
      roomId: smallRoom.id,
      expectedAttendees: 4,
      start: at(freeDay, '10:00'),
      end: at(freeDay, '12:00'),
    });
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/rooms/${smallRoom.id}/availability?from=${freeDay}&to=${freeDay}`,
    });
    expect(status).toBe(200);
    expect(body.busy).toEqual([{ start: at(freeDay, '10:00'), end: at(freeDay, '12:00') }]);
    expect(body.free).toEqual([
      { start: at(freeDay, '08:00'), end: at(freeDay, '10:00') },
      { start: at(freeDay, '12:00'), end: at(freeDay, '22:00') },
    ]);
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/rooms/${smallRoom.id}/availability?from=${freeDay}&to=${addDays(freeDay, 100)}`,
        })
      ).status,
    ).toBe(400);
    // The same day given as instants, and bookings filtered by local dates.
    const asInstants = await call(ctx, {
      method: 'GET',
      url: `/api/rooms/${smallRoom.id}/availability?from=${encodeURIComponent(at(freeDay, '09:00'))}&to=${encodeURIComponent(at(freeDay, '21:00'))}`,
    });
    expect(asInstants.body.busy).toEqual(body.busy);
    const byDate = await call(ctx, {
      method: 'GET',
      url: `/api/bookings?roomId=${smallRoom.id}&from=${freeDay}&to=${freeDay}`,
      as: coordinator,
    });
    expect(byDate.body.items.map((b: { start: string }) => b.start)).toEqual([at(freeDay, '10:00')]);
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/rooms/${UNKNOWN_ID}/availability?from=${freeDay}&to=${freeDay}`,
        })
      ).status,
    ).toBe(404);
  });

  it('publishes iCalendar feeds of decided bookings as busy time, with no titles or personal data', async () => {
    for (const url of [`/api/rooms/${room.id}/calendar.ics`, `/api/centers/${centerId}/calendar.ics`]) {
      const { status, response } = await call(ctx, { method: 'GET', url });
      expect(status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.body).toContain('BEGIN:VCALENDAR');
      const summaries = response.body.match(/^SUMMARY:.*$/gm) ?? [];
      expect(summaries.length).toBeGreaterThan(0);
      expect(new Set(summaries)).toEqual(new Set(['SUMMARY:Zajęte (wypożyczenie sali)']));
      expect(response.body).not.toContain('Spotkanie zarządu');
      expect(response.body).not.toContain('Zarząd Fundacji');
      expect(response.body).not.toContain('Fundacja Sąsiedzka');
      expect(response.body).not.toContain(member.email);
    }
  });
});

/** The events of an iCalendar text as Mozilla's ical.js (Thunderbird's parser) reads them. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => ({
      uid: String(vevent.getFirstPropertyValue('uid')),
      status: vevent.getFirstPropertyValue('status'),
      sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
      start: new ICAL.Event(vevent).startDate.toJSDate().toISOString(),
      organizer: vevent.getFirstPropertyValue('organizer'),
    })),
  };
}

describe('cancelled bookings in feeds and mails', () => {
  const feedEvents = async () => {
    const { response } = await call(ctx, { method: 'GET', url: `/api/rooms/${smallRoom.id}/calendar.ics` });
    return readCalendar(response.body).events;
  };
  const attachmentOf = async (kind: string, to: string) => {
    const row = await ctx.db
      .selectFrom('outbox')
      .select('attachments')
      .where('kind', '=', kind)
      .where('to_address', '=', to)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const [file] = row.attachments as { filename: string; content: string; contentType: string }[];
    return file && { ...file, text: Buffer.from(file.content, 'base64').toString('utf8') };
  };

  it('keeps a cancelled lending in the feed as CANCELLED at a higher SEQUENCE, and mails a CANCEL', async () => {
    const when = addDays(day, 3);
    const requested = await book(member, {
      roomId: smallRoom.id,
      expectedAttendees: 6,
      start: at(when, '17:00'),
      end: at(when, '18:00'),
    });
    expect(requested.body).toMatchObject({ status: 'pending', revision: 0 });
    const booked = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${requested.body.id}/approve`,
      as: coordinator,
      payload: {},
    });
    expect(booked.body).toMatchObject({ status: 'approved', revision: 1 });
    const uid = `${booked.body.id}@civitas`;
    expect((await feedEvents()).find((event) => event.uid === uid)).toMatchObject({
      status: 'CONFIRMED',
      sequence: 1,
      start: at(when, '17:00'),
    });
    const invite = await attachmentOf('booking_approved', member.email);
    expect(readCalendar(invite?.text ?? '').events.find((event) => event.uid === uid)?.sequence).toBe(1);

    const cancelled = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${booked.body.id}/cancel`,
      as: coordinator,
      payload: { reason: 'Awaria ogrzewania' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.revision).toBe(2);
    expect((await feedEvents()).find((event) => event.uid === uid)).toMatchObject({
      status: 'CANCELLED',
      sequence: 2,
      start: at(when, '17:00'),
    });

    const notice = await attachmentOf('booking_cancelled', member.email);
    expect(notice?.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    const read = readCalendar(notice?.text ?? '');
    expect(read.method).toBe('CANCEL');
    expect(read.events).toEqual([
      expect.objectContaining({ uid, status: 'CANCELLED', sequence: 2, start: at(when, '17:00') }),
    ]);
    const outbox = await call(ctx, { method: 'GET', url: `/api/outbox?to=${member.email}`, as: admin });
    expect(outbox.body.items[0]).toMatchObject({
      kind: 'booking_cancelled',
      attachments: [expect.objectContaining({ filename: 'odwolanie.ics' })],
    });
  });

  it('never publishes a request withdrawn before any decision', async () => {
    const when = addDays(day, 4);
    const request = await book(member, {
      roomId: smallRoom.id,
      expectedAttendees: 6,
      start: at(when, '17:00'),
      end: at(when, '18:00'),
    });
    expect(request.status).toBe(201);
    const withdrawn = await call(ctx, {
      method: 'POST',
      url: `/api/bookings/${request.body.id}/cancel`,
      as: member,
      payload: {},
    });
    expect(withdrawn.status).toBe(200);
    expect((await feedEvents()).map((event) => event.uid)).not.toContain(`${request.body.id}@civitas`);
    expect(await attachmentOf('booking_cancelled', member.email)).toBeUndefined();
  });
});

describe("organizers' public titles and the staff's private feed", () => {
  const read = async (url: string) => {
    const { status, response } = await call(ctx, { method: 'GET', url });
    return { status, events: status === 200 ? readCalendar(response.body).events : [], response };
  };
  const summaries = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: vevent.getFirstPropertyValue('summary'),
    }));

  it('shows a lending title in the public feed only when the organizer marked it public', async () => {
    const when = addDays(day, 5);
    const open = await book(coordinator, {
      roomId: smallRoom.id,
      expectedAttendees: 6,
      title: 'Otwarte spotkanie rady osiedla',
      titlePublic: true,
      start: at(when, '17:00'),
      end: at(when, '18:00'),
    });
    expect(open.body).toMatchObject({ titlePublic: true, status: 'approved' });
    const { response } = await read(`/api/rooms/${smallRoom.id}/calendar.ics`);
    const byUid = new Map(summaries(response.body).map((event) => [event.uid, event.summary]));
    expect(byUid.get(`${open.body.id}@civitas`)).toBe('Otwarte spotkanie rady osiedla');
    expect([...byUid.values()]).not.toContain('Zarząd Fundacji Sąsiedzkiej');
  });

  it("gives a coordinator a private feed of its centre at a secret address, requests and organizers' titles included", async () => {
    const when = addDays(day, 6);
    const request = await book(member, {
      roomId: smallRoom.id,
      expectedAttendees: 6,
      title: 'Warsztaty dla seniorów',
      start: at(when, '17:00'),
      end: at(when, '18:00'),
    });
    expect(request.body.status).toBe('pending');
    const issued = await call(ctx, { method: 'POST', url: '/api/calendar-feed', as: coordinator });
    expect(issued.status).toBe(201);
    const path = new URL(issued.body.url).pathname;
    const feed = await read(path);
    expect(feed.status).toBe(200);
    expect(feed.response.headers['cache-control']).toBe('private, no-store');
    const mine = feed.events.find((event) => event.uid === `${request.body.id}@civitas`);
    expect(mine).toMatchObject({ status: 'TENTATIVE', start: at(when, '17:00') });
    const titles = summaries(feed.response.body).map((event) => event.summary);
    expect(titles).toContain('[prośba] Warsztaty dla seniorów');
    expect(titles).toContain('Zarząd Fundacji Sąsiedzkiej');
    // Another centre's coordinator's feed has none of it.
    const other = await call(ctx, { method: 'POST', url: '/api/calendar-feed', as: otherCoordinator });
    const theirs = await read(new URL(other.body.url).pathname);
    expect(theirs.status).toBe(200);
    expect(theirs.events).toEqual([]);
    // A new address ends the old one; ending the feed ends the new one.
    const again = await call(ctx, { method: 'POST', url: '/api/calendar-feed', as: coordinator });
    expect((await read(path)).status).toBe(404);
    const newPath = new URL(again.body.url).pathname;
    expect((await read(newPath)).status).toBe(200);
    expect((await call(ctx, { method: 'DELETE', url: '/api/calendar-feed', as: coordinator })).status).toBe(
      204,
    );
    expect((await read(newPath)).status).toBe(404);
  });
});
