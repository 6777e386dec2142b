import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { KeyCursor } from '../centers.shared.ts';

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
