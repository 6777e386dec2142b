import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { at } from '../../../test/factories.ts';
import { call, makeUser, type TestUser } from '../../../test/helpers.ts';
import { IMPORT_KINDS } from '../../db/enums.ts';
import { centerId, check, commit, coordinator, ctx, setupImportTests } from './imports.test-support.ts';

setupImportTests();

const docsFile = (kind: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'examples', `import-${kind}.csv`), 'utf8');

const example = (kind: string, as: TestUser | null = coordinator) =>
  call(ctx, { method: 'GET', url: `/api/imports/examples/${kind}.csv`, as });

beforeAll(async () => {
  // The activity the attendance example names, held in the test centre on its day.
  const { id } = await ctx.db
    .insertInto('activities')
    .values({
      center_id: centerId,
      kind: 'workshop',
      title: 'Warsztaty pisania wniosków grantowych',
      start_at: new Date(at('2026-10-08', '17:00')),
      end_at: new Date(at('2026-10-08', '19:00')),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('activity_sessions')
    .values({
      activity_id: id,
      ordinal: 0,
      start_at: new Date(at('2026-10-08', '17:00')),
      end_at: new Date(at('2026-10-08', '19:00')),
    })
    .execute();
});

describe('the example files', () => {
  it.each(IMPORT_KINDS)(
    'serves the %s example as docs/examples has it, a CSV with Polish headers',
    async (kind) => {
      const { status, body, response } = await example(kind);
      expect(status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="civitas-import-${kind}.csv"`,
      );
      // When the examples change: npm run generate:examples.
      expect(body).toBe(docsFile(kind));
      const records = parse(body as string, { delimiter: ';', bom: true }) as string[][];
      expect(records.length).toBeGreaterThan(2);
      expect(new Set(records.map((record) => record.length)).size).toBe(1);
    },
  );

  it('checks clean, each in turn, imported in the order beneficiaries, bookings, attendance, volunteers', async () => {
    for (const kind of IMPORT_KINDS) {
      const file = Buffer.from((await example(kind)).body as string, 'utf8');
      const fields = { kind, centerId: kind === 'bookings' || kind === 'attendance' ? centerId : undefined };
      const doc = await check(file, fields, coordinator, `civitas-import-${kind}.csv`);
      expect(doc.errors, kind).toEqual([]);
      expect(doc.duplicates, kind).toEqual([]);
      expect(doc.toCreate, kind).toBe(doc.rows);
      expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: doc.rows, skipped: 0 } });
      // And a second time, nothing.
      const again = await check(file, fields);
      expect(again, kind).toMatchObject({ toCreate: 0, errors: [] });
    }
  });

  it('answers 404 for a kind it has no example of, 403 to those who do not import, 401 to the anonymous', async () => {
    const missing = await example('rooms');
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await example('beneficiaries', await makeUser(ctx, ['member']))).status).toBe(403);
    expect((await example('beneficiaries', null)).status).toBe(401);
  });
});
