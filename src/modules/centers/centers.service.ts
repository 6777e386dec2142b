import type { Kysely } from 'kysely';
import type { DB, OpeningHours } from '../../db/schema.ts';
import { AppError, type FieldError, invalidField, type Message, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { invalidCursor, type Page } from '../../lib/pagination.ts';
import { type Actor, authorize, requireActor } from '../../lib/policy/index.ts';
import { blankToNull } from '../../lib/text.ts';
import {
  type CalendarDate,
  type ClockTime,
  canonicalTimeZone,
  DEFAULT_TIMEZONE,
  daysBetween,
  eachDate,
  isCalendarDate,
  localDate,
  minutesOfDay,
  polishHoliday,
  WEEKDAYS,
  type WeekdayKey,
  weekdayKey,
  zonedInstant,
} from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './centers.repo.ts';

export type { OpeningHours };
export type Interval = [ClockTime, ClockTime];

/** The days view covers at most a year (a leap year included). */
export const MAX_CALENDAR_DAYS = 366;

export const DEFAULT_OPENING_HOURS: OpeningHours = {
  mon: [['08:00', '20:00']],
  tue: [['08:00', '20:00']],
  wed: [['08:00', '20:00']],
  thu: [['08:00', '20:00']],
  fri: [['08:00', '20:00']],
  sat: [['08:00', '20:00']],
  sun: [['08:00', '20:00']],
};

const CENTER = msg('Centre', 'centrum');
const ROOM = msg('Room', 'sala');
const CLOSURE = msg('Closure', 'dzień zamknięcia');

// Presentation

export type Center = {
  id: string;
  name: string;
  address: string;
  district: number | null;
  timezone: string;
  openingHours: OpeningHours;
  openHolidays: CalendarDate[];
  email: string | null;
  phone: string | null;
  description: string | null;
  /** The building's accessibility, for the accessibility statement. */
  accessibility: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type Closure = { id: string; centerId: string; from: CalendarDate; to: CalendarDate; reason: string };

export type Room = {
  id: string;
  centerId: string;
  name: string;
  capacity: number;
  amenities: string[];
  accessible: boolean;
  autoApprove: boolean;
  description: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

function presentCenter(row: repo.CenterRow): Center {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    district: row.district,
    timezone: row.timezone,
    openingHours: row.opening_hours,
    openHolidays: row.open_holidays,
    email: row.email,
    phone: row.phone,
    description: row.description,
    accessibility: row.accessibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentClosure(row: repo.ClosureRow): Closure {
  return { id: row.id, centerId: row.center_id, from: row.from_date, to: row.to_date, reason: row.reason };
}

function presentRoom(row: repo.RoomRow): Room {
  return {
    id: row.id,
    centerId: row.center_id,
    name: row.name,
    capacity: row.capacity,
    amenities: row.amenities,
    accessible: row.accessible,
    autoApprove: row.auto_approve,
    description: row.description,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Lists ordered by a text key (a name, a date), continued after (key, id).

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function decodeCursor(
  cursor: string | undefined,
  isKey: (key: string) => boolean = () => true,
): repo.KeyCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof key === 'string' && typeof id === 'string' && isId(id) && isKey(key)) return { key, id };
  } catch {
    // Falls through to the same answer as a well-formed but foreign cursor.
  }
  throw invalidCursor();
}

function toKeyPage<Row extends { id: string }, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => string,
  present: (row: Row) => Item,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last), last.id) : null,
  };
}

type PageQuery = { limit: number; cursor?: string };

// Validation shared by create and update

function assertTimeZone(zone: string): string {
  const canonical = canonicalTimeZone(zone);
  if (!canonical) {
    throw invalidField(
      'timezone',
      msg(
        'not a known IANA time zone (e.g. Europe/Warsaw)',
        'nieznana strefa czasowa IANA (np. Europe/Warsaw)',
      ),
    );
  }
  return canonical;
}

/** Each day's intervals must be real (start before end) and in order, apart from each other. */
function assertOpeningHours(hours: OpeningHours) {
  const errors: FieldError[] = [];
  for (const day of WEEKDAYS) {
    let previousEnd = -1;
    hours[day].forEach(([start, end], index) => {
      const path = `openingHours.${day}.${index}`;
      const from = minutesOfDay(start);
      const to = minutesOfDay(end);
      if (from >= to) {
        errors.push({
          path,
          message: `the interval must start before it ends (${start}-${end})`,
          messagePl: `przedział musi zaczynać się przed końcem (${start}-${end})`,
        });
      } else if (from <= previousEnd) {
        // Touching intervals would be one interval; a booking across the seam would be refused.
        errors.push({
          path,
          message: 'intervals must be in order and must not overlap or touch (join them into one)',
          messagePl: 'przedziały muszą być uporządkowane, rozłączne i nie mogą się stykać (połącz je)',
        });
      }
      previousEnd = Math.max(previousEnd, to);
    });
  }
  if (errors.length > 0) {
    const first = errors[0] as FieldError;
    throw new AppError(
      'validation_failed',
      msg(`Invalid ${first.path}: ${first.message}`, `Błędne pole ${first.path}: ${first.messagePl}`),
      errors,
    );
  }
}

/** Open holidays must be Polish public holidays; they come back sorted and without repeats. */
function normalizeOpenHolidays(dates: CalendarDate[]): CalendarDate[] {
  dates.forEach((date, index) => {
    if (!polishHoliday(date)) {
      throw invalidField(
        `openHolidays.${index}`,
        msg(`${date} is not a Polish public holiday`, `${date} nie jest dniem ustawowo wolnym od pracy`),
      );
    }
  });
  return [...new Set(dates)].sort();
}

/** A row just written in this transaction; its absence would be a bug, not bad input. */
function stored<Row>(row: Row | undefined): Row {
  if (row === undefined) throw new Error('a row written in this transaction is missing');
  return row;
}

function changedFields(changes: Record<string, unknown>): string[] {
  return Object.keys(changes).filter((key) => changes[key] !== undefined);
}

// Centres

export type CenterInput = {
  name: string;
  address: string;
  district?: number | null;
  timezone?: string;
  openingHours?: OpeningHours;
  openHolidays?: CalendarDate[];
  email?: string | null;
  phone?: string | null;
  description?: string | null;
  accessibility?: string | null;
};

export async function createCenter(db: Kysely<DB>, actor: Actor | null, input: CenterInput): Promise<Center> {
  authorize(actor, 'center.create');
  const timezone = assertTimeZone(input.timezone ?? DEFAULT_TIMEZONE);
  const openingHours = input.openingHours ?? DEFAULT_OPENING_HOURS;
  assertOpeningHours(openingHours);
  const openHolidays = normalizeOpenHolidays(input.openHolidays ?? []);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertCenter(trx, {
      name: input.name,
      address: input.address,
      district: input.district ?? null,
      timezone,
      openingHours,
      openHolidays,
      email: input.email ?? null,
      phone: blankToNull(input.phone) ?? null,
      description: blankToNull(input.description) ?? null,
      accessibility: blankToNull(input.accessibility) ?? null,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'center',
      entityId: id,
      fields: changedFields(input),
    });
    return presentCenter(stored(await repo.findCenterById(trx, id)));
  });
}

export async function listCenters(db: Kysely<DB>, query: PageQuery): Promise<Page<Center>> {
  const rows = await repo.selectCenters(db, { limit: query.limit, after: decodeCursor(query.cursor) });
  return toKeyPage(rows, query.limit, (row) => row.name, presentCenter);
}

/** A centre by id for other modules (no permission check), or undefined for unknown ids. */
export async function findCenter(db: Kysely<DB>, id: string): Promise<Center | undefined> {
  const row = isId(id) ? await repo.findCenterById(db, id) : undefined;
  return row ? presentCenter(row) : undefined;
}

export async function getCenter(db: Kysely<DB>, id: string): Promise<Center> {
  const center = await findCenter(db, id);
  if (!center) throw notFound(CENTER);
  return center;
}

export async function updateCenter(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<CenterInput>,
): Promise<Center> {
  requireActor(actor);
  return db.transaction().execute(async (trx) => {
    const existing = isId(id) ? await repo.lockCenterById(trx, id) : undefined;
    if (!existing) throw notFound(CENTER);
    authorize(actor, 'center.update', { centerId: id });
    const timezone = changes.timezone === undefined ? undefined : assertTimeZone(changes.timezone);
    if (changes.openingHours) assertOpeningHours(changes.openingHours);
    const openHolidays = changes.openHolidays && normalizeOpenHolidays(changes.openHolidays);
    await repo.updateCenterRow(trx, id, {
      name: changes.name,
      address: changes.address,
      district: changes.district,
      timezone,
      openingHours: changes.openingHours,
      openHolidays,
      email: changes.email,
      phone: blankToNull(changes.phone),
      description: blankToNull(changes.description),
      accessibility: blankToNull(changes.accessibility),
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'center',
      entityId: id,
      fields: changedFields(changes),
    });
    return presentCenter(stored(await repo.findCenterById(trx, id)));
  });
}

/** The centre for a change by staff: 401 for the anonymous, 404 unknown, 403 not its staff. */
async function centerForStaff(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  action: 'center.manageClosures' | 'room.create',
): Promise<repo.CenterRow> {
  requireActor(actor);
  const center = isId(id) ? await repo.findCenterById(db, id) : undefined;
  if (!center) throw notFound(CENTER);
  authorize(actor, action, { centerId: id });
  return center;
}

// Closures

export async function createClosure(
  db: Kysely<DB>,
  actor: Actor | null,
  centerId: string,
  input: { from: CalendarDate; to: CalendarDate; reason: string },
): Promise<Closure> {
  requireActor(actor);
  return db.transaction().execute(async (trx) => {
    await centerForStaff(trx, actor, centerId, 'center.manageClosures');
    if (input.to < input.from) {
      throw invalidField(
        'to',
        msg('must be the same day as from or later', 'musi być tym samym dniem co from lub późniejszym'),
      );
    }
    const id = await repo.insertClosure(trx, { centerId, ...input, createdBy: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'center_closure',
      entityId: id,
      fields: ['centerId', 'from', 'to', 'reason'],
    });
    return presentClosure(stored(await repo.findClosure(trx, centerId, id)));
  });
}

export async function listClosures(
  db: Kysely<DB>,
  centerId: string,
  query: PageQuery & { from?: CalendarDate; to?: CalendarDate },
): Promise<Page<Closure>> {
  await getCenter(db, centerId);
  const rows = await repo.selectClosures(db, {
    centerId,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: decodeCursor(query.cursor, isCalendarDate),
  });
  return toKeyPage(rows, query.limit, (row) => row.from_date, presentClosure);
}

export async function deleteClosure(
  db: Kysely<DB>,
  actor: Actor | null,
  centerId: string,
  closureId: string,
): Promise<void> {
  requireActor(actor);
  await db.transaction().execute(async (trx) => {
    await centerForStaff(trx, actor, centerId, 'center.manageClosures');
    const closure = isId(closureId) ? await repo.findClosure(trx, centerId, closureId) : undefined;
    if (!closure) throw notFound(CLOSURE);
    await repo.deleteClosureRow(trx, closureId);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'center_closure',
      entityId: closureId,
      fields: ['centerId', 'from', 'to', 'reason'],
    });
  });
}

// The calendar: which local days a centre is open, and when

export type ClosedReason = 'holiday' | 'closure' | 'weekly';

export type CenterDay = {
  date: CalendarDate;
  weekday: WeekdayKey;
  open: boolean;
  /** The opening intervals of this day; empty when closed. */
  hours: Interval[];
  reason?: ClosedReason;
  /** The Polish name of the public holiday on this day, open or not. */
  holiday?: string;
  closureReason?: string;
};

/**
 * One day of a centre. A closure wins over everything; a Polish public holiday closes the
 * centre unless it is in openHolidays; otherwise the weekly hours decide.
 */
export function describeDay(center: Center, closures: Closure[], date: CalendarDate): CenterDay {
  const weekday = weekdayKey(date);
  const holiday = polishHoliday(date);
  const base = { date, weekday, ...(holiday ? { holiday } : {}) };
  const closure = closures.find((each) => each.from <= date && date <= each.to);
  if (closure) return { ...base, open: false, hours: [], reason: 'closure', closureReason: closure.reason };
  if (holiday && !center.openHolidays.includes(date)) {
    return { ...base, open: false, hours: [], reason: 'holiday' };
  }
  const hours = center.openingHours[weekday];
  if (hours.length === 0) return { ...base, open: false, hours: [], reason: 'weekly' };
  return { ...base, open: true, hours };
}

export type OpeningRule = 'closed_day' | 'outside_hours' | 'holiday' | 'closure';

export type OpeningCheck =
  | { ok: true }
  | { ok: false; rule: OpeningRule; date: CalendarDate; message: Message; hours: Interval[] };

const formatHours = (hours: Interval[]) => hours.map(([start, end]) => `${start}-${end}`).join(', ');

function closedDayCheck(day: CenterDay): OpeningCheck {
  const { date } = day;
  switch (day.reason) {
    case 'closure':
      return {
        ok: false,
        rule: 'closure',
        date,
        hours: [],
        message: msg(
          `The centre is closed on ${date}: ${day.closureReason}.`,
          `Centrum jest zamknięte ${date}: ${day.closureReason}.`,
        ),
      };
    case 'holiday':
      return {
        ok: false,
        rule: 'holiday',
        date,
        hours: [],
        message: msg(
          `The centre is closed on ${date}, a public holiday (${day.holiday}).`,
          `Centrum jest nieczynne ${date}, w dzień ustawowo wolny od pracy (${day.holiday}).`,
        ),
      };
    default:
      return {
        ok: false,
        rule: 'closed_day',
        date,
        hours: [],
        message: msg(
          `The centre is not open on this day of the week (${date}).`,
          `Centrum jest nieczynne w ten dzień tygodnia (${date}).`,
        ),
      };
  }
}

/**
 * Whether start..end (an instant range, start before end) lies inside one opening interval
 * of the local day it starts on. Intervals become instants on that very day, so a booking
 * across a DST change is measured in real time, and '24:00' is the next midnight.
 */
export function checkDay(center: Center, day: CenterDay, start: Date, end: Date): OpeningCheck {
  if (!day.open) return closedDayCheck(day);
  const fits = day.hours.some(
    ([open, close]) =>
      zonedInstant(day.date, open, center.timezone) <= start &&
      end <= zonedInstant(day.date, close, center.timezone),
  );
  if (fits) return { ok: true };
  return {
    ok: false,
    rule: 'outside_hours',
    date: day.date,
    hours: day.hours,
    message: msg(
      `Outside opening hours: on ${day.date} the centre is open ${formatHours(day.hours)} (${center.timezone}).`,
      `Poza godzinami otwarcia: ${day.date} centrum jest czynne ${formatHours(day.hours)} (${center.timezone}).`,
    ),
  };
}

/** A centre's days from..to, loaded once: for checking many occurrences of a series. */
export type CenterCalendar = {
  center: Center;
  from: CalendarDate;
  to: CalendarDate;
  /** One local day; throws RangeError outside from..to. */
  day(date: CalendarDate): CenterDay;
  /** checkDay on the local day of `start`; throws RangeError when that day is outside from..to. */
  check(start: Date, end: Date): OpeningCheck;
};

export async function loadCenterCalendar(
  db: Kysely<DB>,
  centerOrId: Center | string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<CenterCalendar> {
  const center = typeof centerOrId === 'string' ? await getCenter(db, centerOrId) : centerOrId;
  const closures = (await repo.selectClosures(db, { centerId: center.id, from, to })).map(presentClosure);
  const day = (date: CalendarDate) => {
    if (date < from || date > to) throw new RangeError(`${date} is outside the loaded ${from}..${to}`);
    return describeDay(center, closures, date);
  };
  return {
    center,
    from,
    to,
    day,
    check: (start, end) => checkDay(center, day(localDate(start, center.timezone)), start, end),
  };
}

/**
 * Whether a booking from start to end fits the centre's opening hours: {ok: true}, or the
 * rule it breaks with a message in both languages. Unknown centre: 404.
 */
export async function checkWithinOpeningHours(
  db: Kysely<DB>,
  centerOrId: Center | string,
  start: Date,
  end: Date,
): Promise<OpeningCheck> {
  const center = typeof centerOrId === 'string' ? await getCenter(db, centerOrId) : centerOrId;
  const date = localDate(start, center.timezone);
  const calendar = await loadCenterCalendar(db, center, date, date);
  return calendar.check(start, end);
}

export async function listCenterDays(
  db: Kysely<DB>,
  centerId: string,
  query: { from: CalendarDate; to: CalendarDate },
): Promise<{ centerId: string; timezone: string; days: CenterDay[] }> {
  const center = await getCenter(db, centerId);
  const span = daysBetween(query.from, query.to) + 1;
  if (span < 1 || span > MAX_CALENDAR_DAYS) {
    throw new AppError(
      'bad_request',
      msg(
        `Ask for 1 to ${MAX_CALENDAR_DAYS} days, with to on or after from.`,
        `Podaj od 1 do ${MAX_CALENDAR_DAYS} dni, z to nie wcześniejszym niż from.`,
      ),
      [{ path: 'querystring.to', message: `from..to must span 1 to ${MAX_CALENDAR_DAYS} days` }],
    );
  }
  const calendar = await loadCenterCalendar(db, center, query.from, query.to);
  return {
    centerId: center.id,
    timezone: center.timezone,
    days: eachDate(query.from, query.to).map(calendar.day),
  };
}

// Rooms

export type RoomInput = {
  centerId: string;
  name: string;
  capacity: number;
  amenities?: string[];
  accessible?: boolean;
  autoApprove?: boolean;
  description?: string | null;
};

const uniqueAmenities = (amenities: string[]) => [...new Set(amenities.map((each) => each.trim()))];

export async function createRoom(db: Kysely<DB>, actor: Actor | null, input: RoomInput): Promise<Room> {
  authorize(actor, 'room.create', { centerId: input.centerId });
  return db.transaction().execute(async (trx) => {
    const center = isId(input.centerId) ? await repo.findCenterById(trx, input.centerId) : undefined;
    if (!center) throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
    const id = await repo.insertRoom(trx, {
      centerId: center.id,
      name: input.name,
      capacity: input.capacity,
      amenities: uniqueAmenities(input.amenities ?? []),
      accessible: input.accessible ?? false,
      autoApprove: input.autoApprove ?? false,
      description: blankToNull(input.description) ?? null,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'room',
      entityId: id,
      fields: changedFields(input),
    });
    return presentRoom(stored(await repo.findRoomById(trx, id)));
  });
}

export async function listRooms(
  db: Kysely<DB>,
  query: PageQuery & { centerId?: string; includeInactive?: boolean },
): Promise<Page<Room>> {
  const after = decodeCursor(query.cursor);
  // Not one of our ids: no room can belong to it.
  if (query.centerId !== undefined && !isId(query.centerId)) return { items: [], nextCursor: null };
  const rows = await repo.selectRooms(db, {
    centerId: query.centerId,
    includeInactive: query.includeInactive ?? false,
    limit: query.limit,
    after,
  });
  return toKeyPage(rows, query.limit, (row) => row.name, presentRoom);
}

/** The ids of a centre's rooms, retired ones included, for other modules. */
export async function listRoomIds(db: Kysely<DB>, centerId: string): Promise<string[]> {
  return repo.selectRoomIds(db, centerId);
}

/** A room by id for other modules (no permission check), or undefined for unknown ids. */
export async function findRoom(db: Kysely<DB>, id: string): Promise<Room | undefined> {
  const row = isId(id) ? await repo.findRoomById(db, id) : undefined;
  return row ? presentRoom(row) : undefined;
}

export async function getRoom(db: Kysely<DB>, id: string): Promise<Room> {
  const room = await findRoom(db, id);
  if (!room) throw notFound(ROOM);
  return room;
}

export async function updateRoom(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<Omit<RoomInput, 'centerId'>> & { active?: boolean },
): Promise<Room> {
  requireActor(actor);
  return db.transaction().execute(async (trx) => {
    const existing = isId(id) ? await repo.lockRoomById(trx, id) : undefined;
    if (!existing) throw notFound(ROOM);
    authorize(actor, 'room.update', { centerId: existing.center_id });
    await repo.updateRoomRow(trx, id, {
      name: changes.name,
      capacity: changes.capacity,
      amenities: changes.amenities && uniqueAmenities(changes.amenities),
      accessible: changes.accessible,
      autoApprove: changes.autoApprove,
      description: blankToNull(changes.description),
      active: changes.active,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'room',
      entityId: id,
      fields: changedFields(changes),
    });
    return presentRoom(stored(await repo.findRoomById(trx, id)));
  });
}
