/**
 * The column types the database cannot tell: the shapes of the jsonb columns and the integers
 * read as numbers. The generated schema.ts imports them (see scripts/generate-db-types.ts).
 */
import type { ColumnType } from 'kysely';

/** The week's opening hours of a centre: per weekday, the open intervals as ['HH:MM', 'HH:MM']. */
export type OpeningHours = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', [string, string][]>;

/** A file sent with a mail, its content base64-encoded. */
export type MailAttachment = { filename: string; contentType: string; content: string };

/** A funding agreement's targets: the figure's name and the value to reach. */
export type AgreementTargets = Partial<Record<string, number>>;

/** A jsonb document whose shape its module's Zod schema checks (e.g. a public-task report's data). */
export type JsonDocument = Record<string, unknown>;

/** int8 (bigserial ids, counts) is read as a number on both databases (see database.ts). */
export type Int8Number = ColumnType<number, bigint | number | string, bigint | number | string>;
