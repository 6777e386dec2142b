import { isId } from '../../lib/ids.ts';
import { invalidCursor, type Page } from '../../lib/pagination.ts';

// Helpers the centres, closures and rooms share.

export type PageQuery = { limit: number; cursor?: string };

/** Where a list ordered by (text key, id) continues. */
export type KeyCursor = { key: string; id: string };

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/** Lists ordered by a text key (a name, a date) continue after (key, id). */
export function decodeKeyCursor(
  cursor: string | undefined,
  isKey: (key: string) => boolean = () => true,
): KeyCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof key === 'string' && typeof id === 'string' && isId(id) && isKey(key)) return { key, id };
  } catch {
    // Falls through to the same answer as a well-formed but foreign cursor.
  }
  throw invalidCursor();
}

export function toKeyPage<Row extends { id: string }, Item>(
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

/** A row just written in this transaction; its absence would be a bug, not bad input. */
export function stored<Row>(row: Row | undefined): Row {
  if (row === undefined) throw new Error('a row written in this transaction is missing');
  return row;
}

export function changedFields(changes: Record<string, unknown>): string[] {
  return Object.keys(changes).filter((key) => changes[key] !== undefined);
}
