import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import type { Page } from '../../../lib/pagination.ts';
import { type Actor, authorize, requireActor } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { recordAudit } from '../../audit/index.ts';
import * as centersRepo from '../centers/centers.repo.ts';
import { changedFields, decodeKeyCursor, stored, toKeyPage } from '../centers.shared.ts';
import * as repo from './rooms.repo.ts';
import type { Room, RoomChanges, RoomInput, RoomsQuery } from './rooms.schema.ts';

const ROOM = msg('Room', 'sala');

/** The one mapping of a rooms row to a Room. */
export function toRoom(row: repo.RoomRow): Room {
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

const uniqueAmenities = (amenities: string[]) => [...new Set(amenities.map((each) => each.trim()))];

export async function createRoom(db: Kysely<DB>, actor: Actor | null, input: RoomInput): Promise<Room> {
  authorize(actor, 'room.create', { centerId: input.centerId });
  return db.transaction().execute(async (trx) => {
    const center = isId(input.centerId) ? await centersRepo.findCenterById(trx, input.centerId) : undefined;
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
    return toRoom(stored(await repo.findRoomById(trx, id)));
  });
}

export async function listRooms(
  db: Kysely<DB>,
  query: Omit<RoomsQuery, 'includeInactive'> & { includeInactive?: boolean },
): Promise<Page<Room>> {
  const after = decodeKeyCursor(query.cursor);
  // Not one of our ids: no room can belong to it.
  if (query.centerId !== undefined && !isId(query.centerId)) return { items: [], nextCursor: null };
  const rows = await repo.selectRooms(db, {
    centerId: query.centerId,
    includeInactive: query.includeInactive ?? false,
    limit: query.limit,
    after,
  });
  return toKeyPage(rows, query.limit, (row) => row.name, toRoom);
}

/** The ids of a centre's rooms, retired ones included, for other modules. */
export async function listRoomIds(db: Kysely<DB>, centerId: string): Promise<string[]> {
  return repo.selectRoomIds(db, centerId);
}

/** A room by id for other modules (no permission check), or undefined for unknown ids. */
export async function findRoom(db: Kysely<DB>, id: string): Promise<Room | undefined> {
  const row = isId(id) ? await repo.findRoomById(db, id) : undefined;
  return row ? toRoom(row) : undefined;
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
  changes: RoomChanges,
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
    return toRoom(stored(await repo.findRoomById(trx, id)));
  });
}
