import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { at, futureDate, UNKNOWN_ID } from '../../../test/factories.ts';
import { call } from '../../../test/helpers.ts';
import {
  admin,
  centerId,
  check,
  commit,
  coordinator,
  count,
  ctx,
  form,
  registered,
  setupImportTests,
  utf8,
  xlsx,
} from './imports.test-support.ts';

setupImportTests();

const post = (file: Buffer, fields: Record<string, string | undefined>, language?: 'pl') => {
  const body = form(file, fields);
  const headers = { ...body.headers, ...(language && { 'accept-language': language }) };
  return call(ctx, { method: 'POST', url: '/api/imports', as: coordinator, payload: body.payload, headers });
};

describe('files an import cannot read', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'plik jest pusty'],
    ['a file without a header row', Buffer.from('\r\n\r\n;;\r\nx;y\r\n'), 'brak wiersza nagłówków'],
    [
      'a zip that is no workbook',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]),
      'to nie jest skoroszyt XLSX',
    ],
  ])('refuses %s with 422, in both languages', async (_, file, pl) => {
    const { status, body } = await post(file, { kind: 'beneficiaries' });
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'file' }] });
    expect(body.error.message).toMatch(/^The file cannot be read: /);
    const polish = await post(file, { kind: 'beneficiaries' }, 'pl');
    expect(polish.body.error.message).toBe(`Nie można odczytać pliku: ${pl}`);
    expect(polish.body.error.details[0].message).toBe(pl);
  });

  it('refuses a sheet the workbook lacks, a bad mapping, an unknown kind or centre, and a file over 10 MiB', async () => {
    const book = await xlsx([['Rodzaj', 'Nazwa']], 'Dane');
    expect(
      (await post(book, { kind: 'beneficiaries', sheet: 'Brak' }, 'pl')).body.error.details[0].message,
    ).toBe('brak arkusza o nazwie „Brak”');
    const file = utf8([
      ['Rodzaj', 'Nazwa'],
      ['organizacja', 'Fundacja Plików'],
    ]);
    expect(
      (await post(file, { kind: 'beneficiaries', columns: 'nie json' })).body.error.details,
    ).toMatchObject([{ path: 'columns' }]);
    expect((await post(file, { kind: 'rooms' })).status).toBe(422);
    expect((await post(file, { kind: 'bookings', centerId: UNKNOWN_ID })).status).toBe(403);
    const asAdmin = await call(ctx, {
      method: 'POST',
      url: '/api/imports',
      as: admin,
      ...form(file, { kind: 'bookings', centerId: 'nie-id' }),
    });
    expect(asAdmin.status).toBe(404);
    const big = await post(Buffer.alloc(10 * 1024 * 1024 + 10, 'a'), { kind: 'beneficiaries' });
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    const many = utf8([
      ['Rodzaj', 'Nazwa'],
      ...Array.from({ length: 20_001 }, (_, i) => ['osoba', `Osoba ${i}`]),
    ]);
    expect((await post(many, { kind: 'beneficiaries' })).body.error.details).toMatchObject([
      { path: 'file' },
    ]);
    const missing = await call(ctx, { method: 'GET', url: `/api/imports/${UNKNOWN_ID}`, as: coordinator });
    expect(missing.status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/imports/nie-id', as: coordinator })).status).toBe(
      404,
    );
  });
});

describe('what a file may hold', () => {
  it('reads a UTF-8 BOM, quoted fields with separators and line breaks, and a header row alone', async () => {
    const text =
      '\uFEFFRodzaj;Nazwa;Telefon;Forma prawna\r\n"organizacja";"Fundacja ""Cudzysłów""; i średnik";"12 345 67 89";"stowarzyszenie\nrejestrowe"\r\n';
    const doc = await check(Buffer.from(text, 'utf8'), { kind: 'beneficiaries' });
    expect(doc).toMatchObject({ rows: 1, toCreate: 1, errors: [] });
    expect(doc.items[0]?.values).toMatchObject({
      name: 'Fundacja "Cudzysłów"; i średnik',
      legalForm: 'stowarzyszenie\nrejestrowe',
    });
    const empty = await check(utf8([['Rodzaj', 'Nazwa']]), { kind: 'beneficiaries' });
    expect(empty).toMatchObject({ rows: 0, toCreate: 0, errors: [] });
    expect(await commit(empty.id)).toMatchObject({ status: 200, body: { created: 0, skipped: 0 } });
  });

  it('reads XLSX cells as a person sees them: hyperlinks, formulas, rich text, a KRS that lost its zeros', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Rejestr');
    sheet.addRow(['Rodzaj', 'Nazwa', 'KRS', 'E-mail', 'Dzielnica']);
    sheet.addRow([
      'organizacja',
      { richText: [{ text: 'Fundacja ' }, { text: 'Bogata', font: { bold: true } }] },
      123456,
      { text: 'bogata@example.org', hyperlink: 'mailto:bogata@example.org' },
      { formula: '4+4', result: 8 },
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const doc = await check(file, { kind: 'beneficiaries' }, coordinator, 'rejestr.xlsx');
    expect(doc).toMatchObject({ toCreate: 1, errors: [] });
    expect(doc.items[0]?.values).toMatchObject({
      name: 'Fundacja Bogata',
      krs: '0000123456',
      email: 'bogata@example.org',
      district: 8,
    });
  });
});

describe('a large lending log', () => {
  it('checks 10,000 lendings in under 10 seconds and commits them', async () => {
    await registered({ name: 'Stowarzyszenie Duże', email: 'duze@example.org' });
    const rows: string[][] = [['Sala', 'Data', 'Od', 'Do', 'Liczba osób', 'E-mail']];
    // Four a day in the one room, going back day by day from a week ago.
    for (let i = 0; i < 10_000; i++) {
      const hour = 8 + (i % 4) * 3;
      rows.push([
        'Sala warsztatowa',
        futureDate(-7 - Math.floor(i / 4)),
        `${hour}:00`,
        `${hour + 2}:00`,
        String(i % 30),
        'duze@example.org',
      ]);
    }
    const before = await count('bookings');
    const started = performance.now();
    const doc = await check(utf8(rows), { kind: 'bookings', centerId });
    const seconds = (performance.now() - started) / 1000;
    console.info(`10,000-row bookings check: ${seconds.toFixed(2)} s`);
    expect(doc).toMatchObject({ rows: 10_000, toCreate: 10_000, errors: [] });
    expect(seconds).toBeLessThan(10);
    expect(doc.items[0]?.values.startAt).toBe(at(futureDate(-7), '08:00'));
    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 10_000, skipped: 0 } });
    expect(await count('bookings')).toBe(before + 10_000);
  }, 120_000);
});
