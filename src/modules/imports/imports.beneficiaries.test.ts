import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { call } from '../../../test/helpers.ts';
import { nipCheckDigit } from '../../lib/polish-ids.ts';
import {
  admin,
  check,
  commit,
  coordinator,
  count,
  ctx,
  foreignCoordinator,
  setupImportTests,
  utf8,
  windows1250,
  xlsx,
} from './imports.test-support.ts';

setupImportTests();

let serial = 0;
const krs = () => String(++serial).padStart(10, '0');
function nip(): string {
  for (;;) {
    const first9 = String(300000000 + ++serial);
    const digit = nipCheckDigit(first9);
    if (digit !== null) return `${first9}${digit}`;
  }
}
const tag = () => Math.random().toString(36).slice(2, 8);

const HEADERS_PL = ['Rodzaj', 'Nazwa', 'Dzielnica', 'KRS', 'NIP', 'E-mail', 'Telefon'];
const HEADERS_EN = ['Kind', 'Name', 'District', 'KRS', 'NIP', 'Email', 'Phone'];

describe('the dry run of a beneficiaries import', () => {
  it('reads a Windows-1250 file with semicolons and Polish headers, and writes nothing', async () => {
    const t = tag();
    const file = windows1250([
      HEADERS_PL,
      [
        'organizacja',
        `Stowarzyszenie Źródło ${t}`,
        'VIII Dębniki',
        krs(),
        nip(),
        `zrodlo-${t}@example.org`,
        '12 345 67 89',
      ],
      ['grupa nieformalna', `Klub Gęśli ${t}`, 'Nowa Huta', '', '', '', ''],
      ['osoba fizyczna', `Łucja Żak ${t}`, '3', '', '', '', ''],
    ]);
    const before = await count('beneficiaries');
    const doc = await check(file, { kind: 'beneficiaries' });
    expect(doc).toMatchObject({ status: 'checked', rows: 3, toCreate: 3, duplicates: [], errors: [] });
    expect(doc.items.map((item) => [item.values.kind, item.values.name, item.values.district])).toEqual([
      ['organization', `Stowarzyszenie Źródło ${t}`, 8],
      ['informal_group', `Klub Gęśli ${t}`, 18],
      ['individual', `Łucja Żak ${t}`, 3],
    ]);
    expect(await count('beneficiaries')).toBe(before);
    const again = await call(ctx, { method: 'GET', url: `/api/imports/${doc.id}`, as: coordinator });
    expect(again.body).toEqual(doc);
  });

  it('reads UTF-8 with commas and English headers, and XLSX (first sheet or a named one)', async () => {
    const t = tag();
    const rows = [HEADERS_EN, ['organization', `Fundacja Ą ${t}`, 'Dębniki', krs(), '', '', '']];
    const csv = await check(utf8(rows, ','), { kind: 'beneficiaries' });
    expect(csv).toMatchObject({ toCreate: 1, errors: [] });
    expect(csv.items[0]?.values).toMatchObject({ name: `Fundacja Ą ${t}`, district: 8 });
    const first = await check(await xlsx(rows), { kind: 'beneficiaries' }, coordinator, 'a.xlsx');
    expect(first.items[0]?.values).toMatchObject({ name: `Fundacja Ą ${t}`, kind: 'organization' });
    const named = await check(await xlsx(rows, 'Dane', 'Wstęp'), { kind: 'beneficiaries', sheet: 'Dane' });
    expect(named).toMatchObject({ rows: 1, toCreate: 1 });
  });

  it('takes a columns mapping for headers it does not know', async () => {
    const t = tag();
    const file = utf8([
      ['Typ podmiotu', 'Nazwa NGO', 'Mail kontaktowy'],
      ['organizacja', `Fundacja Mapa ${t}`, `mapa-${t}@example.org`],
    ]);
    const doc = await check(file, {
      kind: 'beneficiaries',
      columns: JSON.stringify({ 'Typ podmiotu': 'kind', 'Nazwa NGO': 'name', 'Mail kontaktowy': 'email' }),
    });
    expect(doc).toMatchObject({ toCreate: 1, errors: [] });
    expect(doc.items[0]?.values).toMatchObject({
      name: `Fundacja Mapa ${t}`,
      email: `mapa-${t}@example.org`,
    });
    const bad = await call(ctx, {
      method: 'POST',
      url: '/api/imports',
      as: coordinator,
      ...(await import('./imports.test-support.ts')).form(file, {
        kind: 'beneficiaries',
        columns: '{"a": "nope"}',
      }),
    });
    expect(bad.status).toBe(422);
  });

  it('reports errors at their row and column, in Polish and English, and the error file says the same', async () => {
    const t = tag();
    const file = utf8([
      HEADERS_PL,
      ['organizacja', `Dobra ${t}`, '', krs(), '', '', ''],
      ['klub', `Zły rodzaj ${t}`, '', '', '', '', ''],
      ['organizacja', `Zły NIP ${t}`, 'Atlantyda', '', '123-456-78-90', 'nie-mail', ''],
      ['osoba fizyczna', `Z KRS ${t}`, '', '0000000001', '', '', ''],
    ]);
    const doc = await check(file, { kind: 'beneficiaries' });
    expect(doc.errors.map((e) => [e.row, e.column])).toEqual(
      [
        [3, 'Rodzaj'],
        [4, 'Dzielnica'],
        [4, 'E-mail'],
        [4, 'NIP'],
        [5, 'KRS'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    const nipError = doc.errors.find((e) => e.field === 'nip');
    expect(nipError).toMatchObject({
      message: 'the NIP check digit does not match',
      messagePl: 'cyfra kontrolna NIP się nie zgadza',
    });
    expect(doc.items.map((item) => item.action)).toEqual(['create', 'error', 'error', 'error']);
    const { status, body, response } = await call(ctx, {
      method: 'GET',
      url: `/api/imports/${doc.id}/errors.csv`,
      as: coordinator,
    });
    expect(status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const records = parse(body as string, { delimiter: ';', bom: true }) as string[][];
    expect(records[0]).toEqual(['Wiersz', 'Kolumna', 'Błąd', 'Error']);
    expect(records.slice(1)).toEqual(
      doc.errors.map((e) => [String(e.row), e.column, e.messagePl, e.message]),
    );
    expect((await commit(doc.id)).body.error.details).toMatchObject({ reason: 'has_errors' });
  });

  it('reports a missing required column at the header row', async () => {
    const doc = await check(utf8([['Nazwa'], ['Coś']]), { kind: 'beneficiaries' });
    expect(doc.errors[0]).toMatchObject({ row: 1, column: 'Rodzaj', field: 'kind' });
  });

  it('finds duplicates in the registry and within the file, with the reason', async () => {
    const t = tag();
    const [k, n] = [krs(), nip()];
    const existing = await ctx.db
      .insertInto('beneficiaries')
      .values([
        { kind: 'organization', name: `Stowarzyszenie Sąsiedzi z Ruczaju ${t}`, district: 8, krs: k },
        { kind: 'organization', name: `Fundacja Nipowa ${t}`, nip: n },
        { kind: 'organization', name: `Fundacja Mailowa ${t}`, email: `mail-${t}@example.org` },
        { kind: 'organization', name: `Fundacja Zielone Miasto ${t}`, district: 5 },
      ])
      .returning('id')
      .execute();
    const ids = existing.map((row) => row.id);
    const file = utf8([
      HEADERS_PL,
      ['organizacja', `Inna nazwa ${t}`, '', k, '', '', ''],
      ['organizacja', `Jeszcze inna ${t}`, '', '', n, '', ''],
      ['organizacja', `Trzecia ${t}`, '', '', '', `MAIL-${t}@example.org`, ''],
      ['organizacja', `Zielone Miastp ${t}`, '5', '', '', '', ''],
      ['organizacja', `Zielone Miasto ${t}`, '7', '', '', '', ''],
      ['organizacja', `Nowa Fundacja Rzeczna ${t}`, '', '', '', `rzeka-${t}@example.org`, ''],
      ['organizacja', `Stowarzyszenie Nowa Fundacja Rzeczna ${t}`, '', '', '', '', ''],
      ['organizacja', `Całkiem inna ${t}`, '', '', '', `RZEKA-${t}@example.org`, ''],
    ]);
    const doc = await check(file, { kind: 'beneficiaries' });
    expect(doc.errors).toEqual([]);
    expect(doc.duplicates).toEqual([
      { row: 2, existingId: ids[0], duplicateOfRow: null, reason: 'krs' },
      { row: 3, existingId: ids[1], duplicateOfRow: null, reason: 'nip' },
      { row: 4, existingId: ids[2], duplicateOfRow: null, reason: 'email' },
      { row: 5, existingId: ids[3], duplicateOfRow: null, reason: 'name' },
      { row: 8, existingId: null, duplicateOfRow: 7, reason: 'name' },
      { row: 9, existingId: null, duplicateOfRow: 7, reason: 'email' },
    ]);
    // Another district: not the same association.
    expect(doc.items[4]?.action).toBe('create');
    expect(doc.toCreate).toBe(2);
  });
});

describe('names alike that are not duplicates', () => {
  it('keeps two bodies with other KRS or NIP numbers apart, however alike their names', async () => {
    const t = tag();
    const [k1, k2, k3] = [krs(), krs(), krs()];
    await ctx.db
      .insertInto('beneficiaries')
      .values({ kind: 'organization', name: `Fundacja Wspólny Dom ${t}`, district: 5, krs: k1 })
      .execute();
    const doc = await check(
      utf8([
        HEADERS_PL,
        ['organizacja', `Fundacja Wspólny Dom ${t}`, '5', k2, '', '', ''],
        ['organizacja', `Fundacja Wspolny Dom ${t}`, '5', k3, '', '', ''],
        ['organizacja', `Wspólny Dom ${t}`, '5', '', '', '', ''],
      ]),
      { kind: 'beneficiaries' },
    );
    expect(doc.errors).toEqual([]);
    // Row 4 has no KRS: it may be any of them, and is taken to repeat the first row alike.
    expect(doc.items.map((item) => item.action)).toEqual(['create', 'create', 'duplicate']);
    expect(doc.duplicates).toEqual([{ row: 4, existingId: null, duplicateOfRow: 2, reason: 'name' }]);
  });
});

describe('committing a beneficiaries import', () => {
  const fileOf = (t: string, k: string) =>
    utf8([
      HEADERS_PL,
      ['organizacja', `Fundacja Zatwierdzona ${t}`, '2', k, '', `zatw-${t}@example.org`, ''],
      ['osoba fizyczna', `Jan Zatwierdzony ${t}`, '', '', '', '', ''],
      ['osoba fizyczna', `Zatwierdzony Jan ${t}`, '', '', '', '', ''],
    ]);

  it('writes what the dry run showed, once; the same file again is all duplicates', async () => {
    const t = tag();
    const file = fileOf(t, krs());
    const doc = await check(file, { kind: 'beneficiaries' });
    expect(doc).toMatchObject({ toCreate: 2, duplicates: [{ row: 4, duplicateOfRow: 3, reason: 'name' }] });
    const before = await count('beneficiaries');
    expect(await commit(doc.id, coordinator, { sha256: 'f'.repeat(64) })).toMatchObject({
      status: 409,
      body: { error: { details: { reason: 'file_changed' } } },
    });
    const done = await commit(doc.id, coordinator, { sha256: doc.sha256 });
    expect(done).toMatchObject({ status: 200, body: { status: 'committed', created: 2, skipped: 1 } });
    expect(await count('beneficiaries')).toBe(before + 2);
    const created = await ctx.db
      .selectFrom('beneficiaries')
      .selectAll()
      .where('name', 'like', `%Zatwierdzon% ${t}`)
      .execute();
    expect(created.map((row) => [row.kind, row.district]).sort()).toEqual([
      ['individual', null],
      ['organization', 2],
    ]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'import')
      .where('entity_id', '=', doc.id)
      .execute();
    expect(audit).toMatchObject([{ action: 'commit', actor_id: coordinator.id }]);
    expect((await commit(doc.id)).body.error.details).toMatchObject({ reason: 'committed' });
    const shown = await call(ctx, { method: 'GET', url: `/api/imports/${doc.id}`, as: admin });
    expect(shown.body).toMatchObject({ status: 'committed', created: 2, skipped: 1 });

    const second = await check(file, { kind: 'beneficiaries' });
    expect(second).toMatchObject({ toCreate: 0, errors: [] });
    expect(second.duplicates.map((d) => d.reason)).toEqual(['krs', 'name', 'name']);
    expect(await commit(second.id)).toMatchObject({ status: 200, body: { created: 0, skipped: 3 } });
    expect(await count('beneficiaries')).toBe(before + 2);
  });

  it('refuses a commit when the registry changed since the check, and writes nothing', async () => {
    const t = tag();
    const doc = await check(fileOf(t, krs()), { kind: 'beneficiaries' });
    await ctx.db
      .insertInto('beneficiaries')
      .values({ kind: 'individual', name: `Jan Zatwierdzony ${t}` })
      .execute();
    const before = await count('beneficiaries');
    expect(await commit(doc.id)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: 'registry_changed' } } },
    });
    expect(await count('beneficiaries')).toBe(before);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/imports/${doc.id}`, as: coordinator })).body.status,
    ).toBe('checked');
  });

  it('lets one of parallel commits win', async () => {
    const t = tag();
    const doc = await check(fileOf(t, krs()), { kind: 'beneficiaries' });
    const before = await count('beneficiaries');
    const results = await Promise.all(Array.from({ length: 5 }, () => commit(doc.id)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(await count('beneficiaries')).toBe(before + 2);
  });

  it('lets one of two imports of the same file win when committed in parallel', async () => {
    const t = tag();
    const file = fileOf(t, krs());
    const [a, b] = [
      await check(file, { kind: 'beneficiaries' }),
      await check(file, { kind: 'beneficiaries' }),
    ];
    const before = await count('beneficiaries');
    const results = await Promise.all([commit(a.id), commit(b.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await count('beneficiaries')).toBe(before + 2);
  });

  it('shows an import to the staff of its centre and admins only, and lists them', async () => {
    const doc = await check(fileOf(tag(), krs()), { kind: 'beneficiaries', centerId: undefined });
    expect(
      (await call(ctx, { method: 'GET', url: `/api/imports/${doc.id}`, as: foreignCoordinator })).status,
    ).toBe(200);
    const list = await call(ctx, { method: 'GET', url: '/api/imports?limit=2', as: admin });
    expect(list.body.items).toHaveLength(2);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await call(ctx, {
      method: 'GET',
      url: `/api/imports?limit=2&cursor=${list.body.nextCursor}`,
      as: admin,
    });
    expect(next.body.items[0].id).not.toBe(list.body.items[1].id);
  });
});

describe('a large file', () => {
  it('checks 10,000 rows with batched lookups and commits them', async () => {
    const t = tag();
    const rows: string[][] = [HEADERS_PL];
    for (let i = 0; i < 10_000; i++) {
      rows.push([
        i % 3 === 0 ? 'organizacja' : i % 3 === 1 ? 'grupa nieformalna' : 'osoba fizyczna',
        `Podmiot ${t} numer ${i} ${['Ruczaj', 'Bronowice', 'Kurdwanów', 'Prokocim'][i % 4]}`,
        String((i % 18) + 1),
        i % 3 === 0 ? String(5_000_000 + i).padStart(10, '0') : '',
        '',
        `p${i}-${t}@example.org`,
        '',
      ]);
    }
    rows.push([...(rows[1] as string[])]);
    const started = performance.now();
    const doc = await check(utf8(rows), { kind: 'beneficiaries' });
    const seconds = (performance.now() - started) / 1000;
    console.info(`10,000-row beneficiaries check: ${seconds.toFixed(2)} s`);
    expect(doc).toMatchObject({ rows: 10_001, toCreate: 10_000, errors: [] });
    expect(doc.duplicates).toEqual([{ row: 10_002, existingId: null, duplicateOfRow: 2, reason: 'krs' }]);
    const before = await count('beneficiaries');
    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 10_000, skipped: 1 } });
    expect(await count('beneficiaries')).toBe(before + 10_000);
  }, 120_000);
});
