import { z } from 'zod';
import { AppError, msg } from './errors.ts';
import { isId } from './ids.ts';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
};

export type Page<T> = { items: T[]; nextCursor: string | null };

/** The response schema of a list of `item`: { items, nextCursor }. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Where a page continues: after the row with this sort key (created_at desc, id desc). */
export type CursorKey = { at: Date; id: string };

export function decodeCursor(cursor: string | undefined): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (typeof id !== 'string' || !isId(id) || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw invalidCursor();
  }
}

/** 400 for a cursor this list did not give out (any list, whatever its cursor's form). */
export function invalidCursor(): AppError {
  return new AppError('bad_request', msg('The cursor is not valid.', 'Nieprawidłowy kursor stronicowania.'), [
    { path: 'cursor', message: 'not a cursor returned by this list' },
  ]);
}

/** Rows were fetched with limit + 1: the extra row says whether a next page exists. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => CursorKey,
  present: (row: Row) => Item,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify([keyOf(last).at.toISOString(), keyOf(last).id])).toString('base64url')
      : null;
  return { items: pageRows.map(present), nextCursor };
}
