import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { neutralizeFormula } from './text.ts';

/**
 * How a CSV file is written. `pl` (the default) is what a spreadsheet set to Polish opens in
 * columns on a double-click: fields separated by `;` and numbers with a decimal comma, as Excel
 * and LibreOffice read them where the list separator is `;`. `rfc4180` is the interchange
 * format of RFC 4180: commas and decimal points, for programs.
 */
export type CsvDialect = 'pl' | 'rfc4180';

/** The `format` query parameter of every CSV export. */
export const csvFormatQuery = {
  format: z
    .enum(['pl', 'rfc4180'])
    .optional()
    .describe(
      'pl (default): semicolons and decimal commas, as a spreadsheet set to Polish expects; ' +
        'rfc4180: commas and decimal points',
    ),
};

export type CsvCell = string | number | boolean | null;

/**
 * A CSV file as spreadsheets open it: quoted where needed, CRLF line ends, UTF-8 with a BOM (so
 * that spreadsheets read it as UTF-8), in the given dialect, and no cell that a spreadsheet would
 * run as a formula (OWASP: text starting with = + - @ tab CR gets an apostrophe; numbers stay
 * numbers).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = 'pl'): string {
  const polish = dialect === 'pl';
  const safe = rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return polish ? String(cell).replace('.', ',') : String(cell);
      if (typeof cell === 'boolean') return String(cell);
      return neutralizeFormula(cell);
    }),
  );
  return `\uFEFF${stringify(safe, { delimiter: polish ? ';' : ',', record_delimiter: '\r\n' })}`;
}
