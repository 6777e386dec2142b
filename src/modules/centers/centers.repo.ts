import { type Kysely, sql } from 'kysely';
import type { DB, OpeningHours } from '../../db/schema.ts';

/** Where a list ordered by (text key, id) continues. */
export type KeyCursor = { key: string; id: string };

// Centres

/**
 * A centre as one row. date[] comes out of `pg` as Dates at UTC midnight, so the open
 * holidays are read as text, like the plain date columns.
 */
function centerQuery(db: Kysely<DB>) {
  return db
    .selectFrom('centers')
    .select([
      'centers.id',
      'centers.name',
      'centers.address',
      'centers.district',
      'centers.timezone',
      'centers.opening_hours',
      'centers.email',
      'centers.phone',
      'centers.description',
      'centers.accessibility',
      'centers.created_at',
      'centers.updated_at',
    ])
    .select(sql<string[]>`centers.open_holidays::text[]`.as('open_holidays'));
}

export type CenterRow = Awaited<ReturnType<typeof findCenterById>> & {};

export function findCenterById(db: Kysely<DB>, id: string) {
  return centerQuery(db).where('centers.id', '=', id).executeTakeFirst();
}

/** The centre, locked until the transaction ends, so concurrent changes apply one after another. */
export function lockCenterById(db: Kysely<DB>, id: string) {
  return centerQuery(db).where('centers.id', '=', id).forUpdate().executeTakeFirst();
}

export function selectCenters(db: Kysely<DB>, filter: { limit: number; after?: KeyCursor }) {
  let query = centerQuery(db)
    .orderBy('centers.name')
    .orderBy('centers.id')
    .limit(filter.limit + 1);
  if (filter.after) {
    const { key, id } = filter.after;
    query = query.where(sql<boolean>`(centers.name, centers.id) > (${key}, ${id}::uuid)`);
  }
  return query.execute();
}

export type CenterValues = {
  name: string;
  address: string;
  district: number | null;
  timezone: string;
  openingHours: OpeningHours;
  openHolidays: string[];
  email: string | null;
  phone: string | null;
  description: string | null;
  accessibility: string | null;
};

export async function insertCenter(db: Kysely<DB>, values: CenterValues): Promise<string> {
  const { id } = await db
    .insertInto('centers')
    .values({
      name: values.name,
      address: values.address,
      district: values.district,
      timezone: values.timezone,
      opening_hours: JSON.stringify(values.openingHours),
      open_holidays: values.openHolidays,
      email: values.email,
      phone: values.phone,
      description: values.description,
      accessibility: values.accessibility,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateCenterRow(db: Kysely<DB>, id: string, changes: Partial<CenterValues>) {
  await db
    .updateTable('centers')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.address !== undefined && { address: changes.address }),
      ...(changes.district !== undefined && { district: changes.district }),
      ...(changes.timezone !== undefined && { timezone: changes.timezone }),
      ...(changes.openingHours !== undefined && { opening_hours: JSON.stringify(changes.openingHours) }),
      ...(changes.openHolidays !== undefined && { open_holidays: changes.openHolidays }),
      ...(changes.email !== undefined && { email: changes.email }),
      ...(changes.phone !== undefined && { phone: changes.phone }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.accessibility !== undefined && { accessibility: changes.accessibility }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

// Closures

const closureColumns = ['id', 'center_id', 'from_date', 'to_date', 'reason'] as const;

export type ClosureRow = Awaited<ReturnType<typeof findClosure>> & {};

export function findClosure(db: Kysely<DB>, centerId: string, closureId: string) {
  return db
    .selectFrom('center_closures')
    .select(closureColumns)
    .where('center_id', '=', centerId)
    .where('id', '=', closureId)
    .executeTakeFirst();
}

export async function insertClosure(
  db: Kysely<DB>,
  closure: { centerId: string; from: string; to: string; reason: string; createdBy: string },
): Promise<string> {
  const { id } = await db
    .insertInto('center_closures')
    .values({
      center_id: closure.centerId,
      from_date: closure.from,
      to_date: closure.to,
      reason: closure.reason,
      created_by: closure.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteClosureRow(db: Kysely<DB>, closureId: string) {
  await db.deleteFrom('center_closures').where('id', '=', closureId).execute();
}

/** Closures that touch the days from..to (both included), in date order, a page at a time. */
export function selectClosures(
  db: Kysely<DB>,
  filter: { centerId: string; from?: string; to?: string; limit?: number; after?: KeyCursor },
) {
  let query = db
    .selectFrom('center_closures')
    .select(closureColumns)
    .where('center_id', '=', filter.centerId)
    .orderBy('from_date')
    .orderBy('id');
  if (filter.from !== undefined) query = query.where('to_date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('from_date', '<=', filter.to);
  if (filter.after) {
    const { key, id } = filter.after;
    query = query.where(sql<boolean>`(from_date, id) > (${key}::date, ${id}::uuid)`);
  }
  if (filter.limit !== undefined) query = query.limit(filter.limit + 1);
  return query.execute();
}

// Rooms

const roomColumns = [
  'rooms.id',
  'rooms.center_id',
  'rooms.name',
  'rooms.capacity',
  'rooms.amenities',
  'rooms.accessible',
  'rooms.auto_approve',
  'rooms.description',
  'rooms.active',
  'rooms.created_at',
  'rooms.updated_at',
] as const;

export type RoomRow = Awaited<ReturnType<typeof findRoomById>> & {};

export function findRoomById(db: Kysely<DB>, id: string) {
  return db.selectFrom('rooms').select(roomColumns).where('rooms.id', '=', id).executeTakeFirst();
}

export function lockRoomById(db: Kysely<DB>, id: string) {
  return db.selectFrom('rooms').select(roomColumns).where('rooms.id', '=', id).forUpdate().executeTakeFirst();
}

export function selectRooms(
  db: Kysely<DB>,
  filter: { centerId?: string; includeInactive: boolean; limit: number; after?: KeyCursor },
) {
  let query = db
    .selectFrom('rooms')
    .select(roomColumns)
    .orderBy('rooms.name')
    .orderBy('rooms.id')
    .limit(filter.limit + 1);
  if (filter.centerId !== undefined) query = query.where('rooms.center_id', '=', filter.centerId);
  if (!filter.includeInactive) query = query.where('rooms.active', '=', true);
  if (filter.after) {
    const { key, id } = filter.after;
    query = query.where(sql<boolean>`(rooms.name, rooms.id) > (${key}, ${id}::uuid)`);
  }
  return query.execute();
}

export type RoomValues = {
  centerId: string;
  name: string;
  capacity: number;
  amenities: string[];
  accessible: boolean;
  autoApprove: boolean;
  description: string | null;
  active: boolean;
};

export async function insertRoom(db: Kysely<DB>, values: Omit<RoomValues, 'active'>): Promise<string> {
  const { id } = await db
    .insertInto('rooms')
    .values({
      center_id: values.centerId,
      name: values.name,
      capacity: values.capacity,
      amenities: values.amenities,
      accessible: values.accessible,
      auto_approve: values.autoApprove,
      description: values.description,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateRoomRow(
  db: Kysely<DB>,
  id: string,
  changes: Partial<Omit<RoomValues, 'centerId'>>,
) {
  await db
    .updateTable('rooms')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.capacity !== undefined && { capacity: changes.capacity }),
      ...(changes.amenities !== undefined && { amenities: changes.amenities }),
      ...(changes.accessible !== undefined && { accessible: changes.accessible }),
      ...(changes.autoApprove !== undefined && { auto_approve: changes.autoApprove }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.active !== undefined && { active: changes.active }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function selectRoomIds(db: Kysely<DB>, centerId: string): Promise<string[]> {
  const rows = await db.selectFrom('rooms').select('id').where('center_id', '=', centerId).execute();
  return rows.map((row) => row.id);
}
