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
