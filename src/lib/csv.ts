import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from './text.ts';

/**
 * A CSV file as spreadsheets open it: RFC 4180 (quoted where needed, CRLF), UTF-8 with a BOM,
 * and no cell that a spreadsheet would run as a formula (OWASP: text starting with = + - @ tab CR
 * is prefixed with an apostrophe; numbers stay numbers).
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const safe = rows.map((row) => row.map((cell) => (cell === null ? '' : neutralizeFormula(cell))));
  return `\uFEFF${stringify(safe, { record_delimiter: '\r\n', cast: { boolean: (value) => String(value) } })}`;
}
