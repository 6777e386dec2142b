import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, msg } from '../../lib/errors.ts';
import type { Actor } from '../../lib/policy.ts';
import { type CalendarDate, isCalendarDate, isClockTime } from '../../lib/time.ts';
import { fold, type Sheet } from './imports.parse.ts';
import type { DuplicateReason, ImportError } from './imports.schema.ts';

/** What one row of the file becomes. `values` are JSON (kept in the import's plan). */
export type PlanItem = {
  row: number;
  action: 'create' | 'duplicate' | 'error';
  values: Record<string, string | number | null>;
  existingId?: string | null;
  duplicateOfRow?: number | null;
  reason?: DuplicateReason;
};

/** A data row by field: the trimmed text of the column mapped to each field ('' when absent). */
export type MappedRow = { row: number; cell: (field: string) => string };

export type CheckContext = {
  db: Kysely<DB>;
  center: { id: string; timezone: string } | null;
  now: Date;
};
export type WriteContext = CheckContext & { actor: Actor; importId: string };

/** One kind of import: its fields (with the headers recognised for each), how it checks and writes. */
export type KindHandler = {
  needsCenter: boolean;
  /** Field -> headers recognised without a mapping (Polish and English; compared folded). */
  fields: Record<string, string[]>;
  required: string[];
  check: (ctx: CheckContext, rows: MappedRow[], problems: Problems) => Promise<PlanItem[]>;
  /** Writes the items to create (inside the commit's transaction); answers how many records. */
  write: (ctx: WriteContext, items: PlanItem[]) => Promise<number>;
};

/** The errors of a check, each at its row and the file's column. */
export class Problems {
  readonly list: ImportError[] = [];
  private readonly rowsWithErrors = new Set<number>();
  private readonly columnOf: (field: string) => string;
  constructor(columnOf: (field: string) => string) {
    this.columnOf = columnOf;
  }

  add(row: number, field: string, en: string, pl: string) {
    this.list.push({ row, column: this.columnOf(field), field, message: en, messagePl: pl });
    this.rowsWithErrors.add(row);
  }

  has(row: number) {
    return this.rowsWithErrors.has(row);
  }
}

/**
 * The file's columns matched to the kind's fields: first by the `columns` mapping (header ->
 * field; a header mapped to "" is left out), then by the recognised headers, case and
 * diacritics aside, for the fields the mapping did not place. Unknown headers are ignored.
 */
export function mapColumns(sheet: Sheet, handler: KindHandler, mapping: Record<string, string>) {
  const indexOf = new Map<string, number>();
  const mapped = new Map(Object.entries(mapping).map(([header, field]) => [fold(header), field.trim()]));
  for (const field of mapped.values()) {
    if (field !== '' && !(field in handler.fields)) {
      throw new AppError(
        'validation_failed',
        msg(`Unknown field in columns: ${field}`, `Nieznane pole w mapowaniu kolumn: ${field}`),
        [{ path: 'columns', message: `unknown field ${field}`, messagePl: `nieznane pole ${field}` }],
      );
    }
  }
  const folded = sheet.headers.map(fold);
  // The mapping first, so that it overrides a recognised header naming the same field elsewhere.
  folded.forEach((header, index) => {
    const field = mapped.get(header);
    if (field && !indexOf.has(field)) indexOf.set(field, index);
  });
  folded.forEach((header, index) => {
    if (mapped.has(header)) return;
    const field = Object.entries(handler.fields).find(([, aliases]) =>
      aliases.some((alias) => fold(alias) === header),
    )?.[0];
    if (field && !indexOf.has(field)) indexOf.set(field, index);
  });
  const columnOf = (field: string) => {
    const index = indexOf.get(field);
    return index === undefined ? (handler.fields[field]?.[0] ?? field) : (sheet.headers[index] ?? field);
  };
  const rows: MappedRow[] = sheet.rows.map(({ row, cells }) => ({
    row,
    cell: (field) => {
      const index = indexOf.get(field);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    },
  }));
  return { rows, columnOf, has: (field: string) => indexOf.has(field) };
}

/** 2026-03-14, 14.03.2026, 14/03/2026 or 14-03-2026 (what spreadsheets show), as a calendar date. */
export function parseDate(text: string): CalendarDate | null {
  const value = text.trim().split(/[ T]/)[0] ?? '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  const date = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  return year && isCalendarDate(date) ? date : null;
}

/** 9:00, 09:00, 09.00 or 09:00:00, as HH:MM. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text.trim().split(' ').at(-1) ?? '');
  const time = match ? `${match[1]?.padStart(2, '0')}:${match[2]}` : '';
  return isClockTime(time) ? time : null;
}

/** A whole number of people, or null for an empty cell; NaN for anything else. */
export function parseCount(text: string): number | null {
  if (text.trim() === '') return null;
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/** Rows without errors are created or are duplicates; rows with an error are errors. */
export function settle(items: PlanItem[], problems: Problems): PlanItem[] {
  return items.map((item) => (problems.has(item.row) ? { ...item, action: 'error' } : item));
}

/** The required fields that have no column: an error at the header row. */
export function missingColumns(handler: KindHandler, has: (field: string) => boolean, problems: Problems) {
  for (const field of handler.required) {
    if (!has(field)) {
      // The headers are listed Polish first, then English.
      const [pl = field, en = pl] = handler.fields[field] ?? [];
      problems.add(1, field, `the column "${en}" is missing`, `brak kolumny „${pl}”`);
    }
  }
}
