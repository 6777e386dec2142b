import { sql } from 'kysely';

/** The comment that marks a statement to prepare on PostgreSQL connections (database.ts). */
export const PREPARED_MARK = '/* prepared */';

/**
 * Marks a statement of the hot path to be prepared on PostgreSQL connections (see
 * prepareRepeatedStatements in database.ts): at the start of a raw statement,
 * `sql\`${PREPARED} select ...\``, or on a built select, `.modifyFront(PREPARED)`. A comment, so
 * the embedded database and the statement's meaning are unchanged.
 */
export const PREPARED = sql.raw(PREPARED_MARK);

/**
 * Whether a statement carries the mark: at its start (`/* prepared *\/ with ...`) or after its first
 * keyword (`select /* prepared *\/ ...`, as `.modifyFront` puts it).
 */
export function isMarkedPrepared(text: string): boolean {
  const at = text.indexOf(PREPARED_MARK);
  return at !== -1 && at < 16;
}
