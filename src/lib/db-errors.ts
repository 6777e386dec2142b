/**
 * PostgreSQL errors by name, the one place that knows their SQLSTATE codes
 * (https://www.postgresql.org/docs/15/errcodes-appendix.html). Services ask these instead
 * of casting errors to look at codes.
 */
export const PG = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  foreignKeyViolation: '23503',
  invalidTextRepresentation: '22P02',
  invalidDatetimeFormat: '22007',
  datetimeFieldOverflow: '22008',
  numericValueOutOfRange: '22003',
  stringDataRightTruncation: '22001',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

export type PgError = { code?: string; constraint?: string; detail?: string };

function pgError(error: unknown): PgError {
  return typeof error === 'object' && error !== null ? (error as PgError) : {};
}

/** The SQLSTATE of a database error, if it is one. */
export function sqlState(error: unknown): string | undefined {
  return pgError(error).code;
}

/** The constraint a database error names, if any. */
export function violatedConstraint(error: unknown): string | undefined {
  return pgError(error).constraint;
}

/** A unique index refused the row; with a name, only that index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  return e.code === PG.uniqueViolation && (constraint === undefined || e.constraint === constraint);
}

/** An exclusion constraint (an overlap of ranges) refused the row; with a name, only that one. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  return e.code === PG.exclusionViolation && (constraint === undefined || e.constraint === constraint);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return pgError(error).code === PG.foreignKeyViolation;
}
