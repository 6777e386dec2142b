import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCenter } from '../../../../test/factories.ts';
import {
  backend,
  call,
  makeUser,
  setupApp,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers.ts';

// A name that starts like a formula is text in every export: a spreadsheet shows it, never runs it
// (OWASP CSV injection). Read back with a CSV parser and with ExcelJS, not by searching the text.
let ctx: TestContext;
let admin: TestUser;
let centerId: string;
const NAME = '=HYPERLINK("http://example.org/x","Kliknij")';

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerId = (await createCenter(ctx, admin, { name: NAME })).id;
});

describe(`exports neutralize formulas (${backend})`, () => {
  it('in the anonymous open-data CSV', async () => {
    const { status, response } = await call(ctx, {
      method: 'GET',
      url: '/api/reports/open-data.csv?from=2026-01-01&to=2026-03-31',
    });
    expect(status).toBe(200);
    const records: Record<string, string>[] = parse(response.body, {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    const centres = new Set(records.filter((r) => r.center_id === centerId).map((r) => r.centre));
    expect([...centres]).toEqual([`'${NAME}`]);
  });

  it('in the summary CSV and XLSX', async () => {
    const q = `from=2026-01-01&to=2026-03-31&centerId=${centerId}`;
    const csv = await call(ctx, { method: 'GET', url: `/api/reports/summary.csv?${q}`, as: admin });
    expect(csv.status).toBe(200);
    const rows: string[][] = parse(csv.response.body, { bom: true, delimiter: ';' });
    expect(rows.find((row) => row[1] === 'centre')?.[3]).toBe(`'${NAME}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);

    const xlsx = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/summary.xlsx?${q}`,
      headers: admin.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    let cells = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      ),
    );
    expect(cells).toBeGreaterThan(10);
  });
});
