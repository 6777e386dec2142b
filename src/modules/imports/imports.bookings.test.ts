import { beforeAll, describe, expect, it } from 'vitest';
import { at, createCenter, createRoom, futureDate } from '../../../test/factories.ts';
import { call } from '../../../test/helpers.ts';
import {
  admin,
  asErrorRows,
  centerId,
  check,
  commit,
  count,
  ctx,
  errorPlaces,
  errorsFile,
  foreignCoordinator,
  form,
  pastDay,
  registered,
  roomId,
  setupImportTests,
  summary,
  utf8,
  windows1250,
  xlsx,
} from './imports.test-support.ts';

setupImportTests();

const PL = ['Sala', 'Data', 'Od', 'Do', 'Liczba osób', 'Beneficjent', 'E-mail', 'KRS', 'Tytuł'];
const EN = ['Room', 'Date', 'From', 'To', 'Attendees', 'Beneficiary', 'Email', 'KRS', 'Title'];
const KRS = '0000424242';

const bookingsOf = (fields: Record<string, string> = {}) => ({ kind: 'bookings', centerId, ...fields });

beforeAll(async () => {
  await registered({ name: 'Stowarzyszenie Źródło', krs: KRS, district: 8 });
  await registered({ kind: 'informal_group', name: 'Klub Gęśli i Lutni' });
  await registered({ kind: 'individual', name: 'Łucja Żak', email: 'lucja.zak@example.org' });
});

describe('the dry run of a bookings import', () => {
  it('reads a Windows-1250 file with semicolons and Polish headers, writes nothing, and the commit is what the report counts', async () => {
    const day = pastDay();
    const file = windows1250([
      PL,
      // Staff backfill the past: 06:00 on any day, with no lead time, is fine.
      ['Sala warsztatowa', day.iso, '06:00', '07:30', '12', '', '', KRS, 'Zebranie zarządu'],
      ['SALA WARSZTATOWA', day.local, '17:00', '19:30', '8', 'Klub Gęśli i Lutni', '', '', ''],
      ['Sala warsztatowa', day.iso, '20.00', '21:00', '3', '', 'LUCJA.ZAK@example.org', '', 'Próba chóru'],
    ]);
    const before = await count('bookings');
    const doc = await check(file, bookingsOf());
    expect(doc).toMatchObject({ status: 'checked', rows: 3, toCreate: 3, duplicates: [], errors: [] });
    expect(doc.items.map((item) => item.values)).toMatchObject([
      {
        room: 'Sala warsztatowa',
        roomId,
        title: 'Zebranie zarządu',
        startAt: at(day.iso, '06:00'),
        endAt: at(day.iso, '07:30'),
        attendees: 12,
      },
      { title: 'Wypożyczenie sali', date: day.iso, from: '17:00', to: '19:30', attendees: 8 },
      { title: 'Próba chóru', from: '20:00', to: '21:00', attendees: 3 },
    ]);
    expect(await count('bookings')).toBe(before);
    expect(await summary(day.iso, day.iso)).toMatchObject({ rooms: { lendings: 0, people: 0 } });

    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 3, skipped: 0 } });
    expect(await count('bookings')).toBe(before + 3);
    expect(await summary(day.iso, day.iso)).toMatchObject({
      beneficiaries: { total: 3 },
      rooms: { lendings: 3, people: 23, hours: 5 },
    });
    const written = await ctx.db
      .selectFrom('bookings')
      .select(['status', 'kind', 'attendees', 'center_id'])
      .where('start_at', '=', new Date(at(day.iso, '06:00')))
      .execute();
    expect(written).toEqual([{ status: 'completed', kind: 'lending', attendees: 12, center_id: centerId }]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'booking')
      .where('reason', '=', `import ${doc.id}`)
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('reads UTF-8 with commas and English headers, and XLSX with date and time cells', async () => {
    const day = pastDay();
    const rows = [EN, ['Sala warsztatowa', day.iso, '10:00', '11:00', '5', 'Klub Gęśli i Lutni', '', '', '']];
    const csv = await check(utf8(rows, ','), bookingsOf());
    expect(csv).toMatchObject({ toCreate: 1, errors: [] });
    expect(csv.items[0]?.values).toMatchObject({ startAt: at(day.iso, '10:00'), attendees: 5 });

    const [y, m, d] = day.iso.split('-').map(Number) as [number, number, number];
    const cells = [
      EN,
      [
        'Sala warsztatowa',
        new Date(Date.UTC(y, m - 1, d)),
        new Date(Date.UTC(1899, 11, 30, 12, 15)),
        '13:45',
        7,
        'Stowarzyszenie Źródło',
        '',
        KRS,
        'Warsztaty',
      ],
    ];
    const sheet = await check(await xlsx(cells), bookingsOf(), undefined, 'wypozyczenia.xlsx');
    expect(sheet).toMatchObject({ toCreate: 1, errors: [] });
    expect(sheet.items[0]?.values).toMatchObject({
      date: day.iso,
      from: '12:15',
      to: '13:45',
      startAt: at(day.iso, '12:15'),
      attendees: 7,
    });
  });

  it('lets a mapping name the columns, over the headers it would recognise', async () => {
    const day = pastDay();
    const file = utf8([
      ['Miejsce', 'Kiedy', 'Start', 'Koniec', 'Ile osób', 'Nazwa', 'Organizacja', 'Uwagi'],
      ['Sala warsztatowa', day.iso, '09:00', '10:00', '4', 'Spotkanie sąsiedzkie', 'Klub Gęśli i Lutni', 'x'],
    ]);
    const columns = {
      Miejsce: 'room',
      Kiedy: 'date',
      'Ile osób': 'attendees',
      // "Nazwa" would be read as the beneficiary; here it is the title.
      Nazwa: 'title',
      Organizacja: 'beneficiary',
      // "Start" would be the start; here it is left out, and "Uwagi" too.
      Start: '',
      Uwagi: '',
    };
    const doc = await check(file, bookingsOf({ columns: JSON.stringify(columns) }));
    expect(errorPlaces(doc)).toEqual([[1, 'Od', 'from']]);
    const mapped = await check(
      file,
      bookingsOf({ columns: JSON.stringify({ ...columns, Start: 'from', Koniec: 'to' }) }),
    );
    expect(mapped).toMatchObject({ toCreate: 1, errors: [] });
    expect(mapped.items[0]?.values).toMatchObject({
      title: 'Spotkanie sąsiedzkie',
      from: '09:00',
      to: '10:00',
    });
  });

  it('finds the same lending already recorded, and a row the file repeats', async () => {
    const day = pastDay();
    const first = await check(
      utf8([PL, ['Sala warsztatowa', day.iso, '10:00', '12:00', '9', '', '', KRS, '']]),
      bookingsOf(),
    );
    expect((await commit(first.id)).status).toBe(200);
    const [existing] = await ctx.db
      .selectFrom('bookings')
      .select('id')
      .where('start_at', '=', new Date(at(day.iso, '10:00')))
      .execute();
    const doc = await check(
      utf8([
        PL,
        ['Sala warsztatowa', day.local, '10:00', '12:00', '11', 'Stowarzyszenie Źródło', '', '', ''],
        ['Sala warsztatowa', day.iso, '14:00', '15:00', '6', 'Klub Gęśli i Lutni', '', '', ''],
        ['Sala warsztatowa', day.iso, '14:00', '15:00', '6', 'Klub Gęśli i Lutni', '', '', ''],
      ]),
      bookingsOf(),
    );
    expect(doc.errors).toEqual([]);
    expect(doc.duplicates).toEqual([
      { row: 2, existingId: existing?.id, duplicateOfRow: null, reason: 'booking' },
      { row: 4, existingId: null, duplicateOfRow: 3, reason: 'booking' },
    ]);
    expect(doc.items.map((item) => item.action)).toEqual(['duplicate', 'create', 'duplicate']);
    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 1, skipped: 2 } });
  });
});

describe('errors in a bookings import', () => {
  it('reports each at its row and column in Polish and English, the errors file says the same, and nothing is written', async () => {
    const day = pastDay();
    const activityDay = pastDay();
    // The room held by an activity at 18:00 that day.
    await ctx.db
      .insertInto('bookings')
      .values({
        room_id: roomId,
        center_id: centerId,
        kind: 'activity',
        title: 'Warsztaty',
        start_at: new Date(at(activityDay.iso, '18:00')),
        end_at: new Date(at(activityDay.iso, '20:00')),
        status: 'approved',
      })
      .execute();
    const tomorrow = futureDate(1);
    const file = utf8(
      [
        EN,
        ['Sala warsztatowa', day.iso, '08:00', '09:00', '5', 'Klub Gęśli i Lutni', '', '', ''],
        ['Sala nieznana', '31.02.2026', '8', '09:00', 'dużo', 'Nikt taki', '', '', ''],
        ['Sala warsztatowa', day.iso, '12:00', '11:00', '4', '', '', '123', ''],
        ['Sala warsztatowa', tomorrow, '10:00', '11:00', '4', '', '', KRS, ''],
        ['Sala warsztatowa', activityDay.iso, '19:00', '21:00', '4', '', '', KRS, ''],
        ['Sala warsztatowa', day.iso, '08:30', '10:00', '4', '', 'lucja.zak@example.org', '', ''],
      ],
      ',',
    );
    const before = await count('bookings');
    const doc = await check(file, bookingsOf());
    expect(errorPlaces(doc)).toEqual([
      [3, 'Room', 'room'],
      [3, 'Date', 'date'],
      [3, 'From', 'from'],
      [3, 'Attendees', 'attendees'],
      [3, 'Beneficiary', 'beneficiary'],
      [4, 'KRS', 'krs'],
      [4, 'To', 'to'],
      [5, 'Date', 'date'],
      [6, 'From', 'from'],
      [7, 'From', 'from'],
    ]);
    const byRow = (row: number, field: string) => doc.errors.find((e) => e.row === row && e.field === field);
    expect(byRow(3, 'room')).toMatchObject({
      message: 'no such room in this centre',
      messagePl: 'nie ma takiej sali w tym centrum',
    });
    expect(byRow(5, 'date')).toMatchObject({
      message: 'only lendings that have ended can be imported',
      messagePl: 'można importować tylko wypożyczenia, które się zakończyły',
    });
    expect(byRow(6, 'from')).toMatchObject({
      messagePl: 'sala jest wtedy zajęta (inna rezerwacja lub wydarzenie)',
    });
    expect(byRow(7, 'from')?.messagePl).toContain('wiersz 2');
    expect(doc.items.map((item) => item.action)).toEqual([
      'create',
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(await errorsFile(doc.id)).toEqual(asErrorRows(doc));

    // All or nothing: the good row is not written either.
    expect(await commit(doc.id)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: 'has_errors' } } },
    });
    expect(await count('bookings')).toBe(before);
  });

  it('reports the missing columns at the header row, in the language of the headers it names', async () => {
    const doc = await check(
      utf8([
        ['Sala', 'Data'],
        ['Sala warsztatowa', '2026-01-01'],
      ]),
      bookingsOf(),
    );
    expect(doc.errors).toEqual([
      {
        row: 1,
        column: 'Od',
        field: 'from',
        message: 'the column "From" is missing',
        messagePl: 'brak kolumny „Od”',
      },
      {
        row: 1,
        column: 'Do',
        field: 'to',
        message: 'the column "To" is missing',
        messagePl: 'brak kolumny „Do”',
      },
      {
        row: 1,
        column: 'Liczba osób',
        field: 'attendees',
        message: 'the column "Attendees" is missing',
        messagePl: 'brak kolumny „Liczba osób”',
      },
    ]);
  });

  it('needs a centre the coordinator runs, and finds rooms in that centre only', async () => {
    const file = utf8([PL, ['Sala warsztatowa', pastDay().iso, '10:00', '11:00', '5', '', '', KRS, '']]);
    const post = (fields: Record<string, string>, as = admin) =>
      call(ctx, { method: 'POST', url: '/api/imports', as, ...form(file, fields) });
    expect((await post({ kind: 'bookings' })).status).toBe(422);
    expect((await post(bookingsOf(), foreignCoordinator)).status).toBe(403);
    const other = (await createCenter(ctx, admin, { name: 'Centrum Obywatelskie Podgórze' })).id;
    await createRoom(ctx, admin, other, { name: 'Sala duża' });
    const doc = (await post({ kind: 'bookings', centerId: other })).body;
    expect(errorPlaces(doc)).toEqual([[2, 'Sala', 'room']]);
  });
});

describe('committing a bookings import', () => {
  const fileOf = (day: string) =>
    windows1250([
      PL,
      ['Sala warsztatowa', day, '09:00', '10:00', '5', '', '', KRS, 'Zebranie'],
      ['Sala warsztatowa', day, '11:00', '13:00', '15', 'Klub Gęśli i Lutni', '', '', 'Gra'],
      ['Sala warsztatowa', day, '15:00', '16:00', '2', 'Łucja Żak', '', '', ''],
    ]);

  it('creates nothing when the same file is imported again', async () => {
    const day = pastDay();
    const doc = await check(fileOf(day.iso), bookingsOf());
    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 3, skipped: 0 } });
    const before = await count('bookings');
    const again = await check(fileOf(day.iso), bookingsOf());
    expect(again).toMatchObject({ toCreate: 0, errors: [] });
    expect(again.duplicates.map((d) => [d.row, d.reason, typeof d.existingId])).toEqual([
      [2, 'booking', 'string'],
      [3, 'booking', 'string'],
      [4, 'booking', 'string'],
    ]);
    expect(await commit(again.id)).toMatchObject({ status: 200, body: { created: 0, skipped: 3 } });
    expect(await commit(again.id)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: 'committed' } } },
    });
    expect(await count('bookings')).toBe(before);
    expect(await summary(day.iso, day.iso)).toMatchObject({ rooms: { lendings: 3, people: 22 } });
  });

  it('writes nothing when the room was taken since the check (all or nothing)', async () => {
    const day = pastDay();
    const doc = await check(fileOf(day.iso), bookingsOf());
    const beneficiary = await registered({ name: 'Fundacja Spóźniona' });
    await ctx.db
      .insertInto('bookings')
      .values({
        room_id: roomId,
        center_id: centerId,
        beneficiary_id: beneficiary,
        title: 'Wpisane ręcznie',
        start_at: new Date(at(day.iso, '15:30')),
        end_at: new Date(at(day.iso, '17:00')),
        status: 'completed',
        attendees: 4,
      })
      .execute();
    const before = await count('bookings');
    expect(await commit(doc.id)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: 'registry_changed' } } },
    });
    expect(await count('bookings')).toBe(before);
    const recheck = await check(fileOf(day.iso), bookingsOf());
    expect(errorPlaces(recheck)).toEqual([[4, 'Od', 'from']]);
  });

  it('lets one of parallel commits win: of one import, and of two imports of the same file', async () => {
    const day = pastDay();
    const doc = await check(fileOf(day.iso), bookingsOf());
    const before = await count('bookings');
    const results = await Promise.all(Array.from({ length: 4 }, () => commit(doc.id)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await count('bookings')).toBe(before + 3);

    const other = pastDay();
    const [a, b] = [
      await check(fileOf(other.iso), bookingsOf()),
      await check(fileOf(other.iso), bookingsOf()),
    ];
    const both = await Promise.all([commit(a.id), commit(b.id)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)?.body.error.details).toEqual({ reason: 'registry_changed' });
    expect(await count('bookings')).toBe(before + 6);
    expect(await summary(other.iso, other.iso)).toMatchObject({ rooms: { lendings: 3, people: 22 } });
  });
});
