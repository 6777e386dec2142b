import { read, SSF, utils } from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import { pdfText } from '../../../../test/pdf.ts';
import { localDate, localTime } from '../../../lib/time.ts';
import { admin, centerA, coordinatorA, ctx, setupReportsWorld } from '../reports.test-support.ts';

setupReportsWorld();

const query = () => `from=2026-01-01&to=2026-03-31&centerId=${centerA}`;
const download = (url: string) => ctx.app.inject({ method: 'GET', url, headers: coordinatorA.headers });

describe('the summary as CSV', () => {
  // What a spreadsheet set to Polish does on a double-click: split on ';', read '8,5' as 8.5.
  const readAsPolishSpreadsheet = (body: string) => {
    const rows: string[][] = parse(body, { bom: true, delimiter: ';' });
    return new Map(rows.map((row) => [row[1], row.at(-1)]));
  };

  it('opens in columns in a spreadsheet set to Polish: semicolons, decimal comma, UTF-8 with BOM', async () => {
    const csv = await download(`/api/reports/summary.csv?${query()}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: string[][] = parse(csv.body, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['section', 'key', 'label', 'value']);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([4]));
    const value = readAsPolishSpreadsheet(csv.body);
    expect(value.get('beneficiaries.total')).toBe('6');
    expect(value.get('rooms.people')).toBe('36');
    expect(value.get('rooms.hours')).toBe('8,5');
    expect(value.get('centre')).toBe('Centrum Obywatelskie Reymonta');
    // Polish letters survive as UTF-8.
    expect(rows.find((row) => row[1] === 'rooms.people')?.[2]).toBe('osoby korzystające z sal');
  });

  it('is RFC 4180 with commas and decimal points on ?format=rfc4180, the same figures', async () => {
    const csv = await download(`/api/reports/summary.csv?${query()}&format=rfc4180`);
    expect(csv.statusCode).toBe(200);
    const records: Record<string, string>[] = parse(csv.body, { bom: true, columns: true });
    const value = (key: string) => records.find((record) => record.key === key)?.value;
    expect(value('rooms.hours')).toBe('8.5');
    expect(value('beneficiaries.total')).toBe('6');
    expect(Number(value('rooms.hours'))).toBe(8.5);
  });

  it('refuses an unknown format with a 400 naming the parameter', async () => {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/reports/summary.csv?${query()}&format=tsv`,
      as: coordinatorA,
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body.error.details)).toContain('format');
  });

  it('gives the open data in the same two dialects', async () => {
    const period = 'from=2026-01-01&to=2026-03-31';
    const polish = await ctx.app.inject({ method: 'GET', url: `/api/reports/open-data.csv?${period}` });
    const rows: Record<string, string>[] = parse(polish.body, { bom: true, delimiter: ';', columns: true });
    const hours = rows.find((row) => row.center_id === centerA && row.figure === 'rooms.hours');
    expect(hours?.value).toBe('8,5');
    const plain = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/open-data.csv?${period}&format=rfc4180`,
    });
    const records: Record<string, string>[] = parse(plain.body, { bom: true, columns: true });
    expect(records.find((row) => row.center_id === centerA && row.figure === 'rooms.hours')?.value).toBe(
      '8.5',
    );
    expect(records).toHaveLength(rows.length);
  });
});

describe('the summary as XLSX', () => {
  it('has a sheet per section with the period and the time made as date cells in the centre zone', async () => {
    const before = new Date();
    const xlsx = await download(`/api/reports/summary.xlsx?${query()}`);
    expect(xlsx.statusCode).toBe(200);
    // Read back with SheetJS, another implementation than the one that wrote it.
    const workbook = read(xlsx.rawPayload, { cellDates: true, cellNF: true, UTC: true });
    expect(workbook.SheetNames).toEqual([
      'Beneficjenci',
      'Sale',
      'Wydarzenia',
      'Doradztwo',
      'Wolontariat',
      'Inkubacja',
    ]);
    const sheet = workbook.Sheets.Sale;
    if (!sheet) throw new Error('no sheet Sale');
    const rows: unknown[][] = utils.sheet_to_json(sheet, { header: 1, raw: true, UTC: true });
    expect(rows[0]?.[0]).toBe('Sale: Centrum Obywatelskie Reymonta');
    expect(rows[1]).toEqual(['Okres', new Date('2026-01-01T00:00:00Z'), new Date('2026-03-31T00:00:00Z')]);
    expect(rows).toContainEqual(['osoby korzystające z sal', 36]);
    expect(rows).toContainEqual(['godziny udostępnienia', 8.5]);

    const generated = sheet.B3;
    expect(generated?.t).toBe('d');
    expect(SSF.is_date(String(generated?.z))).toBe(true);
    // Shown as the wall clock in Warsaw at the time of the download (to the minute; a spreadsheet
    // stores it as a fraction of a day, read back within a second).
    const shown = (generated?.v as Date | undefined)?.getTime() ?? Number.NaN;
    const after = new Date();
    const wall = (instant: Date) =>
      Date.parse(`${localDate(instant, 'Europe/Warsaw')}T${localTime(instant, 'Europe/Warsaw')}:00Z`);
    expect(shown).toBeGreaterThanOrEqual(wall(before) - 1000);
    expect(shown).toBeLessThanOrEqual(wall(after) + 60_000);
    expect(sheet.B2?.t).toBe('d');
    expect(SSF.is_date(String(sheet.B2?.z))).toBe(true);
  });
});

describe('the summary as PDF', () => {
  it('carries the paragraph for the council, the indicators, Polish dates and a chart per scale', async () => {
    const agreement = await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        centerId: centerA,
        title: 'Umowa na prowadzenie Centrum 2026',
        operator: 'KraFOS',
        funder: 'Gmina Miejska Kraków',
        from: '2026-01-01',
        to: '2026-12-31',
        targets: { 'beneficiaries.total': 12, 'rooms.lendings': 10 },
      },
    });
    expect(agreement.status).toBe(201);

    const pdf = await download(`/api/reports/summary.pdf?${query()}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Sprawozdanie z działalności');
    expect(text).toContain('Centrum Obywatelskie Reymonta');
    expect(text).toContain('Okres: 1 stycznia 2026 r. – 31 marca 2026 r.');
    expect(text).not.toContain('2026-01-01');
    expect(text).toContain('Wygenerowano');
    expect(text).toContain('Dla Rady Miasta');
    const narrative = await call(ctx, {
      method: 'GET',
      url: `/api/reports/narrative?${query()}`,
      as: coordinatorA,
    });
    expect(text).toContain(narrative.body.text.replace(/\s+/g, ' ').slice(0, 80));
    expect(text).toContain('Wskaźniki: Umowa na prowadzenie Centrum 2026');
    expect(text).toMatch(/beneficjenci razem 12 \d+ \d+(,\d)?%/);
    for (const chart of ['Ludzie', 'Usługi', 'Godziny']) expect(text).toContain(chart);
    expect(text).toContain('osoby korzystające z sal');
  });
});
