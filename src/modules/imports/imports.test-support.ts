import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, expect } from 'vitest';
import { createCenter, createRoom, futureDate } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';

/** Shared setup of the imports tests: the app, a centre with a room, staff of each kind. */
export let ctx: TestContext;
export let admin: TestUser;
export let coordinator: TestUser;
export let foreignCoordinator: TestUser;
export let centerId: string;
export let roomId: string;

export function setupImportTests() {
  beforeAll(async () => {
    ctx = await setupApp();
    admin = await makeUser(ctx, ['admin']);
    centerId = (await createCenter(ctx, admin)).id;
    const other = (await createCenter(ctx, admin, { name: 'Centrum Obywatelskie Nowa Huta' })).id;
    roomId = (await createRoom(ctx, admin, centerId, { name: 'Sala warsztatowa' })).id;
    coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
    foreignCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [other] });
  });
}

/** Rows of cells as CSV text: quoted where needed. */
export function csvText(rows: (string | number)[][], separator: ',' | ';' = ';'): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(separator)).join('\r\n')}\r\n`;
}

export const utf8 = (rows: (string | number)[][], separator: ',' | ';' = ';') =>
  Buffer.from(csvText(rows, separator), 'utf8');
export const windows1250 = (rows: (string | number)[][], separator: ',' | ';' = ';') =>
  iconv.encode(csvText(rows, separator), 'win1250');

export async function xlsx(rows: (string | number | Date)[][], sheetName = 'Arkusz1', before?: string) {
  const workbook = new ExcelJS.Workbook();
  if (before) workbook.addWorksheet(before).addRow(['nic tu nie ma']);
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body: the file and the text fields. */
export function form(file: Buffer, fields: Record<string, string | undefined>, filename = 'import.csv') {
  const boundary = `----civitas${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export type ImportDoc = {
  id: string;
  status: string;
  sha256: string;
  rows: number;
  toCreate: number;
  duplicates: { row: number; existingId: string | null; duplicateOfRow: number | null; reason: string }[];
  errors: { row: number; column: string; field: string; message: string; messagePl: string }[];
  items: { row: number; action: string; values: Record<string, string | number | null> }[];
};

export async function check(
  file: Buffer,
  fields: Record<string, string | undefined>,
  as: TestUser = coordinator,
  filename?: string,
): Promise<ImportDoc> {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/imports',
    as,
    ...form(file, fields, filename),
  });
  expect(status, JSON.stringify(body).slice(0, 500)).toBe(201);
  return body;
}

export const commit = (id: string, as: TestUser = coordinator, payload?: object) =>
  call(ctx, { method: 'POST', url: `/api/imports/${id}/commit`, as, ...(payload && { payload }) });

export async function count(
  table: 'beneficiaries' | 'bookings' | 'volunteers' | 'activity_attendance' | 'activity_registrations',
) {
  const row = await ctx.db
    .selectFrom(table)
    .select(ctx.db.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A beneficiary put straight into the registry (as if registered long ago). */
export async function registered(values: {
  kind?: 'organization' | 'informal_group' | 'individual';
  name: string;
  email?: string;
  krs?: string;
  nip?: string;
  district?: number;
}): Promise<string> {
  const { id } = await ctx.db
    .insertInto('beneficiaries')
    .values({ kind: 'organization', ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The errors file of an import, read back with csv-parse (semicolons, a BOM): its rows after the header. */
export async function errorsFile(id: string, as: TestUser = coordinator): Promise<string[][]> {
  const { status, body, response } = await call(ctx, {
    method: 'GET',
    url: `/api/imports/${id}/errors.csv`,
    as,
  });
  expect(status).toBe(200);
  expect(response.headers['content-type']).toContain('text/csv');
  const [header, ...records] = parseCsv(body as string, { delimiter: ';', bom: true }) as string[][];
  expect(header).toEqual(['Wiersz', 'Kolumna', 'Błąd', 'Error']);
  return records;
}

/** What the errors file must say: each error's row, column and message in Polish and English. */
export const asErrorRows = (doc: ImportDoc) =>
  doc.errors.map((e) => [String(e.row), e.column, e.messagePl, e.message]);

/** The report's figures for a period of local days at the test centre. */
export async function summary(from: string, to: string) {
  const { status, body } = await call(ctx, {
    method: 'GET',
    url: `/api/reports/summary?from=${from}&to=${to}&centerId=${centerId}`,
    as: coordinator,
  });
  expect(status).toBe(200);
  return body as {
    beneficiaries: { total: number };
    rooms: { lendings: number; people: number; hours: number };
    activities: { count: number; participants: number };
  };
}

/** Rows as errors at [row, column, field], for comparing with a list. */
export const errorPlaces = (doc: ImportDoc) => doc.errors.map((e) => [e.row, e.column, e.field]);

let daysBack = 10;

/** A past local day of its own for each call (rooms are free then), as 2026-03-14 and 14.03.2026. */
export function pastDay() {
  daysBack += 3;
  const iso = futureDate(-daysBack);
  const [y, m, d] = iso.split('-');
  return { iso, local: `${d}.${m}.${y}` };
}
