import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { AppError, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, may } from '../../../lib/policy.ts';
import { addDays, zonedInstant } from '../../../lib/time.ts';
import { actorFromFeedSecret, issueFeedSecret } from '../../accounts/index.ts';
import { type Center, findCenter, findRoom, listRoomIds, loadCenterCalendar } from '../../centers/index.ts';
import { occupationFeed } from './availability.calendar.ts';
import * as repo from './availability.repo.ts';
import type { Availability, AvailabilityQuery, Interval } from './availability.schema.ts';

// Public: times and titles only, never who booked.

const HOUR = 3600_000;
const MAX_AVAILABILITY_DAYS = 62;

export async function roomAvailability(
  db: Kysely<DB>,
  roomId: string,
  query: AvailabilityQuery,
): Promise<Availability> {
  const room = isId(roomId) ? await findRoom(db, roomId) : undefined;
  if (!room) throw notFound(msg('Room', 'sala'));
  const center = (await findCenter(db, room.centerId)) as Center;
  const { from, to } = query;
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  if (!(span >= 1 && span <= MAX_AVAILABILITY_DAYS)) {
    throw new AppError(
      'bad_request',
      msg(
        `Ask for 1 to ${MAX_AVAILABILITY_DAYS} days, with to on or after from.`,
        `Podaj od 1 do ${MAX_AVAILABILITY_DAYS} dni, z to nie wcześniejszym niż from.`,
      ),
      [{ path: 'querystring.to', message: `from..to must span 1 to ${MAX_AVAILABILITY_DAYS} days` }],
    );
  }
  const calendar = await loadCenterCalendar(db, center, from, to);
  const open: Interval[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = calendar.day(date);
    for (const [start, end] of day.hours) {
      open.push({
        start: zonedInstant(date, start, center.timezone),
        end: zonedInstant(date, end, center.timezone),
      });
    }
  }
  const windowStart = open[0]?.start ?? new Date(Date.parse(from));
  const windowEnd = open.at(-1)?.end ?? new Date(Date.parse(to));
  const holds = await repo.selectRoomHolds(db, { roomIds: [room.id], from: windowStart, to: windowEnd });
  const busy = holds.map((hold) => ({ start: hold.start_at, end: hold.end_at }));
  return { roomId: room.id, timezone: center.timezone, free: subtract(open, busy), busy };
}

/** The parts of `open` intervals not covered by any `busy` interval (both sorted by start). */
function subtract(open: Interval[], busy: Interval[]) {
  const free: Interval[] = [];
  for (const interval of open) {
    let cursor = interval.start;
    for (const taken of busy) {
      if (taken.end <= cursor || taken.start >= interval.end) continue;
      if (taken.start > cursor) free.push({ start: cursor, end: taken.start });
      if (taken.end > cursor) cursor = taken.end;
    }
    if (cursor < interval.end) free.push({ start: cursor, end: interval.end });
  }
  return free;
}

const FEED_PAST_DAYS = 31;
/** The feeds speak Polish, as the centre's calendar does (the iCalendar LANGUAGE is PL). */
const LENT = 'Zajęte (wypożyczenie sali)';
const FEED_FUTURE_DAYS = 366;

export async function roomFeed(db: Kysely<DB>, roomId: string, now = new Date()) {
  const room = isId(roomId) ? await findRoom(db, roomId) : undefined;
  if (!room) throw notFound(msg('Room', 'sala'));
  const center = (await findCenter(db, room.centerId)) as Center;
  return feedOf(db, `${room.name} (${center.name})`, center, [room.id], now);
}

export async function centerFeed(db: Kysely<DB>, centerId: string, now = new Date()) {
  const center = isId(centerId) ? await findCenter(db, centerId) : undefined;
  if (!center) throw notFound(msg('Centre', 'centrum'));
  const rooms = await listRoomIds(db, center.id);
  return feedOf(db, center.name, center, rooms, now);
}

async function feedOf(db: Kysely<DB>, name: string, center: Center, roomIds: string[], now: Date) {
  const holds =
    roomIds.length === 0
      ? []
      : await repo.selectRoomHolds(db, {
          roomIds,
          // A public feed shows what is decided: requests still waiting are nobody's business yet.
          statuses: ['approved', 'completed'],
          // What was published and then cancelled is sent as cancelled, for calendars to drop it.
          withCancelled: true,
          from: new Date(now.getTime() - FEED_PAST_DAYS * 24 * HOUR),
          to: new Date(now.getTime() + FEED_FUTURE_DAYS * 24 * HOUR),
        });
  return occupationFeed(
    name,
    center,
    holds.map((hold) => ({
      id: hold.id,
      // The programme is public; a lending is busy time, its title the organizer's own unless
      // the organizer marked the meeting public.
      title: hold.kind === 'activity' || hold.title_public ? hold.title : LENT,
      start: hold.start_at,
      end: hold.end_at,
      status: hold.status,
      roomName: hold.room_name,
      updatedAt: hold.updated_at,
      revision: hold.revision,
    })),
  );
}

/** A new secret address of the actor's private feed; the previous one stops working. */
export async function issueStaffFeed(db: Kysely<DB>, actor: Actor | null, publicUrl: string) {
  const secret = await issueFeedSecret(db, actor);
  return { url: `${publicUrl.replace(/\/$/, '')}/api/feeds/${secret}/calendar.ics` };
}

/** Requests still waiting carry this before their title in the private feed. */
const PENDING_MARK = '[prośba] ';

/**
 * A staff member's private feed at its secret address: every booking of its centres (an
 * admin's: of all), requests waiting included (TENTATIVE), with the organizers' own titles.
 * An unknown or revoked secret, or an account no longer staff, is 404.
 */
export async function staffFeed(db: Kysely<DB>, secret: string, now = new Date()) {
  const actor = await actorFromFeedSecret(db, secret);
  if (!actor || !may(actor, 'calendar.privateFeed')) throw notFound(msg('Calendar feed', 'kalendarz'));
  const centerIds = may(actor, 'booking.readAllCenters') ? 'all' : actor.centerIds;
  const holds =
    centerIds !== 'all' && centerIds.length === 0
      ? []
      : await repo.selectRoomHolds(db, {
          centerIds,
          withCancelled: true,
          from: new Date(now.getTime() - FEED_PAST_DAYS * 24 * HOUR),
          to: new Date(now.getTime() + FEED_FUTURE_DAYS * 24 * HOUR),
        });
  return occupationFeed(
    `Civitas: ${actor.name}`,
    { name: 'Civitas' },
    holds.map((hold) => ({
      id: hold.id,
      title: hold.status === 'pending' ? `${PENDING_MARK}${hold.title}` : hold.title,
      start: hold.start_at,
      end: hold.end_at,
      status: hold.status,
      location: `${hold.room_name}, ${hold.center_name}`,
      updatedAt: hold.updated_at,
      revision: hold.revision,
    })),
  );
}
