import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { KeyCursor } from '../centers.shared.ts';

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
