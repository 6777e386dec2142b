import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../test/helpers.ts';
import {
  admin,
  asErrorRows,
  check,
  commit,
  count,
  ctx,
  errorPlaces,
  errorsFile,
  registered,
  setupImportTests,
  utf8,
  windows1250,
  xlsx,
} from './imports.test-support.ts';

setupImportTests();

const PL = ['Nazwa', 'E-mail', 'Telefon', 'Dzielnica', 'Umiejętności', 'Godziny tygodniowo'];
const EN = ['Name', 'Email', 'Phone', 'District', 'Skills', 'Hours per week'];
const volunteers = { kind: 'volunteers' };
const tag = () => Math.random().toString(36).slice(2, 8);

const profileOf = (beneficiaryId: string) =>
  ctx.db
    .selectFrom('volunteers')
    .select(['skills', 'districts', 'hours_per_week'])
    .where('beneficiary_id', '=', beneficiaryId)
    .executeTakeFirst();

let lucja: string;
let jan: string;
let ewa: string;

beforeAll(async () => {
  lucja = await registered({ kind: 'individual', name: 'Łucja Żak', email: 'lucja.zak@example.org' });
  ewa = await registered({ kind: 'individual', name: 'Ewa Lis', email: 'ewa.lis@example.org', district: 3 });
  jan = await registered({ kind: 'individual', name: 'Jan Kos', email: 'jan.kos@example.org' });
  await ctx.db
    .insertInto('volunteers')
    .values({ beneficiary_id: jan, skills: ['it'] })
    .execute();
});

describe('the dry run of a volunteers import', () => {
  it('reads a Windows-1250 file with semicolons and Polish headers, writes nothing, and the commit registers people and profiles', async () => {
    const t = tag();
    const file = windows1250([
      PL,
      [
        `Piotr Wiśniewski ${t}`,
        `piotr-${t}@example.org`,
        '600 100 200',
        'Krowodrza',
        'korepetycje, fotografia',
        '4',
      ],
      ['Łucja Żak', 'LUCJA.ZAK@example.org', '', '', 'IT; media społecznościowe', ''],
      [`Zofia Gęś ${t}`, '', '', '18', 'pomoc przy wydarzeniach', '2'],
    ]);
    const before = { people: await count('beneficiaries'), volunteers: await count('volunteers') };
    const doc = await check(file, volunteers);
    expect(doc).toMatchObject({ status: 'checked', rows: 3, toCreate: 3, duplicates: [], errors: [] });
    expect(doc.items.map((item) => item.values)).toMatchObject([
      {
        name: `Piotr Wiśniewski ${t}`,
        district: 5,
        skills: 'tutoring,photography',
        hoursPerWeek: 4,
        beneficiaryId: null,
      },
      { skills: 'it,social_media', hoursPerWeek: null, beneficiaryId: lucja },
      { name: `Zofia Gęś ${t}`, district: 18, skills: 'event_support', hoursPerWeek: 2 },
    ]);
    expect({ people: await count('beneficiaries'), volunteers: await count('volunteers') }).toEqual(before);

    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 3, skipped: 0 } });
    expect({ people: await count('beneficiaries'), volunteers: await count('volunteers') }).toEqual({
      people: before.people + 2,
      volunteers: before.volunteers + 3,
    });
    expect(await profileOf(lucja)).toEqual({
      skills: ['it', 'social_media'],
      districts: [],
      hours_per_week: null,
    });
    const piotr = await ctx.db
      .selectFrom('beneficiaries')
      .select(['id', 'kind', 'email', 'phone', 'district'])
      .where('name', '=', `Piotr Wiśniewski ${t}`)
      .executeTakeFirstOrThrow();
    expect(piotr).toMatchObject({ kind: 'individual', email: `piotr-${t}@example.org`, district: 5 });
    expect(await profileOf(piotr.id)).toEqual({
      skills: ['tutoring', 'photography'],
      districts: [5],
      hours_per_week: 4,
    });
    const list = await call(ctx, { method: 'GET', url: '/api/volunteers?limit=100', as: admin });
    expect(list.status).toBe(200);
    expect(list.body.items.map((v: { name?: string; beneficiaryId?: string }) => v.beneficiaryId)).toEqual(
      expect.arrayContaining([lucja, piotr.id]),
    );
  });

  it('reads UTF-8 with commas and English headers, and XLSX with number cells', async () => {
    const t = tag();
    const rows = [EN, [`Marek Dąb ${t}`, '', '', 'Podgórze', 'translation, first aid', 10]];
    const csv = await check(utf8(rows, ','), volunteers);
    expect(csv).toMatchObject({ toCreate: 1, errors: [] });
    expect(csv.items[0]?.values).toMatchObject({
      district: 13,
      skills: 'translation,first_aid',
      hoursPerWeek: 10,
    });
    const sheet = await check(await xlsx(rows), volunteers, undefined, 'wolontariusze.xlsx');
    expect(sheet).toMatchObject({ toCreate: 1, errors: [] });
    expect(sheet.items[0]?.values).toMatchObject({ skills: 'translation,first_aid', hoursPerWeek: 10 });
  });

  it('finds a volunteer already on the list, and a person the file names twice', async () => {
    const t = tag();
    const file = utf8([
      PL,
      ['Jan Kos', 'jan.kos@example.org', '', '', 'IT', ''],
      [`Anna Nowa ${t}`, `anna-${t}@example.org`, '', '', 'opieka', ''],
      [`Anna Nowakowska ${t}`, `ANNA-${t}@example.org`, '', '', 'opieka', ''],
      ['Ewa Lis', '', '', '3', 'księgowość', ''],
      ['E. Lis', 'ewa.lis@example.org', '', '', 'księgowość', ''],
    ]);
    const doc = await check(file, volunteers);
    expect(doc.errors).toEqual([]);
    expect(doc.duplicates).toEqual([
      { row: 2, existingId: jan, duplicateOfRow: null, reason: 'volunteer' },
      { row: 4, existingId: null, duplicateOfRow: 3, reason: 'email' },
      { row: 6, existingId: null, duplicateOfRow: 5, reason: 'volunteer' },
    ]);
    expect(doc.items[3]?.values).toMatchObject({ beneficiaryId: ewa, skills: 'accounting' });
    expect(doc.toCreate).toBe(2);
  });
});

describe('errors in a volunteers import', () => {
  it('reports each at its row and column in Polish and English, the errors file says the same, and nothing is written', async () => {
    const t = tag();
    const file = utf8(
      [
        EN,
        [`Dobra Osoba ${t}`, '', '', '', 'music', ''],
        [`Żongler ${t}`, '', '', '', 'juggling, music', ''],
        [`Pracuś ${t}`, '', '', '', 'IT', '100'],
        [`Bez Maila ${t}`, 'nie-mail', '', 'Atlantyda', 'IT', ''],
        ['', '', '', '', 'IT', ''],
        [`Bez Umiejętności ${t}`, '', '', '', '', ''],
      ],
      ',',
    );
    const before = { people: await count('beneficiaries'), volunteers: await count('volunteers') };
    const doc = await check(file, volunteers);
    expect(errorPlaces(doc)).toEqual([
      [3, 'Skills', 'skills'],
      [4, 'Hours per week', 'hoursPerWeek'],
      [5, 'District', 'district'],
      [5, 'Email', 'email'],
      [6, 'Name', 'name'],
      [7, 'Skills', 'skills'],
    ]);
    const at = (row: number) => doc.errors.find((e) => e.row === row);
    expect(at(3)).toMatchObject({
      message: 'skills from the shared list, separated by commas (unknown: juggling)',
      messagePl: 'umiejętności z listy, rozdzielone przecinkami (nieznane: juggling)',
    });
    expect(at(4)).toMatchObject({
      message: 'from 1 to 80 hours a week',
      messagePl: 'od 1 do 80 godzin tygodniowo',
    });
    expect(at(5)).toMatchObject({
      message: "not one of Kraków's districts",
      messagePl: 'to nie jest dzielnica Krakowa',
    });
    expect(doc.items.map((item) => item.action)).toEqual(['create', ...Array(5).fill('error')]);
    expect(await errorsFile(doc.id)).toEqual(asErrorRows(doc));
    expect(await commit(doc.id)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: 'has_errors' } } },
    });
    expect({ people: await count('beneficiaries'), volunteers: await count('volunteers') }).toEqual(before);
  });
});

describe('committing a volunteers import', () => {
  const fileOf = (t: string) =>
    windows1250([
      PL,
      [`Karol Wąs ${t}`, `karol-${t}@example.org`, '', 'Bieżanów-Prokocim', 'sport i rekreacja', '3'],
      [`Halina Łoś ${t}`, '', '', 'XII', 'wsparcie seniorów, gotowanie', ''],
    ]);

  it('creates nothing when the same file is imported again', async () => {
    const t = tag();
    const doc = await check(fileOf(t), volunteers);
    expect(doc.items.map((item) => item.values.district)).toEqual([12, 12]);
    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 2, skipped: 0 } });
    const before = { people: await count('beneficiaries'), volunteers: await count('volunteers') };
    const again = await check(fileOf(t), volunteers);
    expect(again).toMatchObject({ toCreate: 0, errors: [] });
    expect(again.duplicates.map((d) => [d.row, d.reason, typeof d.existingId])).toEqual([
      [2, 'volunteer', 'string'],
      [3, 'volunteer', 'string'],
    ]);
    expect(await commit(again.id)).toMatchObject({ status: 200, body: { created: 0, skipped: 2 } });
    expect({ people: await count('beneficiaries'), volunteers: await count('volunteers') }).toEqual(before);
  });

  it('lets one of parallel commits win: of one import, and of two imports of the same file', async () => {
    const doc = await check(fileOf(tag()), volunteers);
    const before = await count('volunteers');
    const results = await Promise.all(Array.from({ length: 4 }, () => commit(doc.id)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await count('volunteers')).toBe(before + 2);

    const file = fileOf(tag());
    const [a, b] = [await check(file, volunteers), await check(file, volunteers)];
    const both = await Promise.all([commit(a.id), commit(b.id)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)?.body.error.details).toEqual({ reason: 'registry_changed' });
    expect(await count('volunteers')).toBe(before + 4);
  });
});
