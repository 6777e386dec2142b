import { parse as parseCsvText } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError, msg } from '../../lib/errors.ts';

/** A file read into rows of text: its headers (row 1) and each data row with its number in the file. */
export type Sheet = { headers: string[]; rows: { row: number; cells: string[] }[] };

const unreadable = (en: string, pl: string) =>
  new AppError(
    'validation_failed',
    msg(`The file cannot be read: ${en}`, `Nie można odczytać pliku: ${pl}`),
    [{ path: 'file', message: en, messagePl: pl }],
  );

/** Lower case, without diacritics (ł too) or punctuation: how headers and names are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const isZip = (data: Buffer) => data.length >= 4 && data.readUInt32LE(0) === 0x04034b50;

/**
 * Text as spreadsheets save it: UTF-8 when it decodes as UTF-8 (a BOM stripped), otherwise
 * Windows-1250, what Excel set to Polish writes as "CSV".
 */
export function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return iconv.decode(data, 'win1250');
  }
}

/** `;` when the header line has more of them than commas (Excel in Polish), else `,`. */
function separatorOf(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function toSheet(records: string[][]): Sheet {
  const [headerRow, ...rest] = records;
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) {
    throw unreadable('it has no header row', 'brak wiersza nagłówków');
  }
  const rows = rest
    .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) }))
    .filter((entry) => entry.cells.some((cell) => cell !== ''));
  return { headers: headerRow.map((cell) => cell.trim()), rows };
}

export function parseCsv(data: Buffer): Sheet {
  const text = decodeText(data).replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parseCsvText(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'not CSV';
    throw unreadable(`not a CSV file (${reason})`, `to nie jest plik CSV (${reason})`);
  }
  return toSheet(records);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person sees in it: dates as YYYY-MM-DD, times as HH:MM. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel keeps wall-clock values; exceljs gives them as UTC instants of the same digits.
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (value.getUTCFullYear() < 1901) return time;
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

export async function parseXlsx(data: Buffer, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable('not an XLSX workbook', 'to nie jest skoroszyt XLSX');
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    throw unreadable(`no sheet named "${sheetName ?? ''}"`, `brak arkusza o nazwie „${sheetName ?? ''}”`);
  }
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    records[number - 1] = values.slice(1).map(cellText);
  });
  for (let i = 0; i < records.length; i++) records[i] ??= [];
  return toSheet(records);
}

/** An XLSX workbook (a zip) or a CSV text file, whatever its name says. */
export function parseFile(data: Buffer, sheetName?: string): Promise<Sheet> {
  if (data.length === 0) throw unreadable('it is empty', 'plik jest pusty');
  return isZip(data) ? parseXlsx(data, sheetName) : Promise.resolve(parseCsv(data));
}
