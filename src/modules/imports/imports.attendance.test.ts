import { beforeAll, describe, expect, it } from 'vitest';
import { at, futureDate } from '../../../test/factories.ts';
import {
  asErrorRows,
  centerId,
  check,
  commit,
  count,
  ctx,
  errorPlaces,
  errorsFile,
  pastDay,
  registered,
  setupImportTests,
  summary,
  utf8,
  windows1250,
  xlsx,
} from './imports.test-support.ts';

setupImportTests();

const PL = ['Wydarzenie', 'Data', 'Uczestnik', 'E-mail', 'Liczba osób', 'Bez zapisu'];
const EN = ['Activity', 'Date', 'Participant', 'Email', 'Seats', 'Walk-ins'];
const attendanceOf = () => ({ kind: 'attendance', centerId });

/** An activity of the test centre with its sessions, as the programme had it: [date, from, to] each. */
async function activity(
  title: string,
  sessions: [string, string, string][],
  kind: 'workshop' | 'training' = 'workshop',
) {
  const first = sessions[0] as [string, string, string];
  const last = sessions.at(-1) as [string, string, string];
  const { id } = await ctx.db
    .insertInto('activities')
    .values({
      center_id: centerId,
      kind,
      title,
      start_at: new Date(at(first[0], first[1])),
      end_at: new Date(at(last[0], last[2])),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = await ctx.db
    .insertInto('activity_sessions')
    .values(
      sessions.map(([date, from, to], ordinal) => ({
        activity_id: id,
        ordinal,
        start_at: new Date(at(date, from)),
        end_at: new Date(at(date, to)),
      })),
    )
    .returning('id')
    .execute();
  return { id, sessions: rows.map((row) => row.id) };
}

const session = (id: string) =>
  ctx.db
    .selectFrom('activity_sessions')
    .select(['walk_ins', 'attended_seats', 'attendance_recorded_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

let lucja: string;
let jan: string;

beforeAll(async () => {
  await registered({ name: 'Stowarzyszenie Źródło', krs: '0000424242' });
  lucja = await registered({ kind: 'individual', name: 'Łucja Żak', email: 'lucja.zak@example.org' });
  jan = await registered({ kind: 'individual', name: 'Jan Kos', email: 'jan.kos@example.org' });
});

describe('the dry run of an attendance import', () => {
  it('reads a Windows-1250 file with semicolons and Polish headers, writes nothing, and the commit is what the report counts', async () => {
    const day = pastDay();
    const workshop = await activity('Warsztaty Źródłowe', [[day.iso, '17:00', '19:00']]);
    const file = windows1250([
      PL,
      ['Warsztaty Źródłowe', day.iso, 'Stowarzyszenie Źródło', '', '2', ''],
      ['warsztaty zrodlowe', day.local, '', 'LUCJA.ZAK@example.org', '', ''],
      ['Warsztaty Źródłowe', day.iso, '', '', '', '5'],
    ]);
    const before = {
      attendance: await count('activity_attendance'),
      regs: await count('activity_registrations'),
    };
    const doc = await check(file, attendanceOf());
    expect(doc).toMatchObject({ status: 'checked', rows: 3, toCreate: 3, duplicates: [], errors: [] });
    expect(doc.items.map((item) => [item.values.sessionId, item.values.seats, item.values.walkIns])).toEqual([
      [workshop.sessions[0], 2, 0],
      [workshop.sessions[0], 1, 0],
      [workshop.sessions[0], null, 5],
    ]);
    expect(await count('activity_attendance')).toBe(before.attendance);
    expect(await session(workshop.sessions[0] as string)).toMatchObject({
      walk_ins: 0,
      attendance_recorded_at: null,
    });
    expect(await summary(day.iso, day.iso)).toMatchObject({ activities: { count: 0, participants: 0 } });

    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 3, skipped: 0 } });
    expect(await count('activity_attendance')).toBe(before.attendance + 2);
    expect(await count('activity_registrations')).toBe(before.regs + 2);
    expect(await session(workshop.sessions[0] as string)).toMatchObject({
      walk_ins: 5,
      attended_seats: 3,
      attendance_recorded_at: expect.any(Date),
    });
    expect(await summary(day.iso, day.iso)).toMatchObject({
      beneficiaries: { total: 2 },
      activities: { count: 1, participants: 8 },
    });
  });

  it('reads UTF-8 with commas and English headers, an activity by its id, and XLSX with date cells', async () => {
    const [first, second] = [pastDay(), pastDay()];
    const training = await activity(
      'Szkolenie z budżetu obywatelskiego',
      [
        [second.iso, '09:00', '15:00'],
        [first.iso, '09:00', '15:00'],
      ],
      'training',
    );
    const csv = await check(
      utf8(
        [
          [...EN, 'Activity id'],
          ['', first.iso, 'Jan Kos', '', '1', '', training.id],
          ['Szkolenie z budżetu obywatelskiego', second.iso, '', 'jan.kos@example.org', '', '2', ''],
        ],
        ',',
      ),
      attendanceOf(),
    );
    expect(csv).toMatchObject({ toCreate: 2, errors: [] });
    expect(
      csv.items.map((item) => [item.values.sessionId, item.values.beneficiaryId, item.values.walkIns]),
    ).toEqual([
      [training.sessions[1], jan, 0],
      [training.sessions[0], jan, 2],
    ]);
    const [y, m, d] = first.iso.split('-').map(Number) as [number, number, number];
    const sheet = await check(
      await xlsx([
        EN,
        ['Szkolenie z budżetu obywatelskiego', new Date(Date.UTC(y, m - 1, d)), 'Łucja Żak', '', 1, 3],
      ]),
      attendanceOf(),
      undefined,
      'obecnosc.xlsx',
    );
    expect(sheet).toMatchObject({ toCreate: 1, errors: [] });
    expect(sheet.items[0]?.values).toMatchObject({
      sessionId: training.sessions[1],
      beneficiaryId: lucja,
      walkIns: 3,
    });
  });

  it('finds attendance already recorded, and a row the file repeats; an absent registration gets its attendance', async () => {
    const day = pastDay();
    const meeting = await activity('Spotkanie rady seniorów', [[day.iso, '10:00', '12:00']]);
    const [janRegistration, lucjaRegistration] = await ctx.db
      .insertInto('activity_registrations')
      .values([
        { activity_id: meeting.id, beneficiary_id: jan, seats: 1, status: 'registered' },
        { activity_id: meeting.id, beneficiary_id: lucja, seats: 1, status: 'registered' },
      ])
      .returning('id')
      .execute();
    const sessionId = meeting.sessions[0] as string;
    await ctx.db
      .insertInto('activity_attendance')
      .values({ session_id: sessionId, registration_id: janRegistration?.id as string, seats: 1 })
      .execute();
    await ctx.db.updateTable('activity_sessions').set({ walk_ins: 3 }).where('id', '=', sessionId).execute();
    const file = utf8([
      PL,
      ['Spotkanie rady seniorów', day.iso, '', 'jan.kos@example.org', '', ''],
      ['Spotkanie rady seniorów', day.iso, 'Łucja Żak', '', '', ''],
      ['Spotkanie rady seniorów', day.iso, '', 'lucja.zak@example.org', '', ''],
      ['Spotkanie rady seniorów', day.iso, '', '', '', '4'],
    ]);
    const doc = await check(file, attendanceOf());
    expect(doc.errors).toEqual([]);
    expect(doc.duplicates).toEqual([
      { row: 2, existingId: janRegistration?.id, duplicateOfRow: null, reason: 'attendance' },
      { row: 4, existingId: null, duplicateOfRow: 3, reason: 'attendance' },
      { row: 5, existingId: sessionId, duplicateOfRow: null, reason: 'attendance' },
    ]);
    const registrations = await count('activity_registrations');
    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 1, skipped: 3 } });
    expect(await count('activity_registrations')).toBe(registrations);
    const present = await ctx.db
      .selectFrom('activity_attendance')
      .select(['registration_id', 'seats'])
      .where('session_id', '=', sessionId)
      .orderBy('registration_id')
      .execute();
    expect(present).toEqual(
      [
        { registration_id: janRegistration?.id, seats: 1 },
        { registration_id: lucjaRegistration?.id, seats: 1 },
      ].sort((a, b) => String(a.registration_id).localeCompare(String(b.registration_id))),
    );
    expect(await session(sessionId)).toMatchObject({ walk_ins: 3, attended_seats: 2 });
  });
});

describe('errors in an attendance import', () => {
  it('reports each at its row and column in Polish and English, the errors file says the same, and nothing is written', async () => {
    const day = pastDay();
    await activity('Kurs pierwszej pomocy', [[day.iso, '16:00', '18:00']]);
    const tomorrow = futureDate(1);
    await activity('Kurs na jutro', [[tomorrow, '16:00', '18:00']]);
    // Two activities of one title that day: the title names neither.
    await activity('Dyżur', [[day.iso, '09:00', '10:00']]);
    await activity('Dyżur', [[day.iso, '11:00', '12:00']]);
    const file = utf8(
      [
        EN,
        ['Kurs pierwszej pomocy', day.iso, 'Jan Kos', '', '', ''],
        ['Nie ma takiego kursu', day.iso, 'Jan Kos', '', '', ''],
        ['Kurs pierwszej pomocy', '2026-13-01', 'Jan Kos', '', '', ''],
        ['Kurs na jutro', tomorrow, 'Jan Kos', '', '', ''],
        ['Kurs pierwszej pomocy', day.iso, 'Nikt Taki', '', '', ''],
        ['Kurs pierwszej pomocy', day.iso, 'Łucja Żak', '', 'dwa', ''],
        ['Kurs pierwszej pomocy', day.iso, 'Łucja Żak', '', '0', ''],
        ['Kurs pierwszej pomocy', day.iso, '', '', '', ''],
        ['Kurs pierwszej pomocy', futureDate(-2), 'Łucja Żak', '', '', ''],
        ['Dyżur', day.iso, 'Łucja Żak', '', '', ''],
      ],
      ',',
    );
    const before = await count('activity_attendance');
    const doc = await check(file, attendanceOf());
    expect(errorPlaces(doc)).toEqual([
      [3, 'Activity', 'activity'],
      [4, 'Date', 'date'],
      [5, 'Date', 'date'],
      [6, 'Participant', 'beneficiary'],
      [7, 'Seats', 'attendees'],
      [8, 'Seats', 'attendees'],
      [9, 'Participant', 'beneficiary'],
      [10, 'Activity', 'activity'],
      [11, 'Activity', 'activity'],
    ]);
    const at = (row: number) => doc.errors.find((e) => e.row === row);
    expect(at(3)).toMatchObject({
      message: 'no session of this activity in this centre on that day',
      messagePl: 'tego dnia nie było w tym centrum sesji tego wydarzenia',
    });
    expect(at(5)).toMatchObject({
      message: 'the session has not begun yet',
      messagePl: 'sesja jeszcze się nie zaczęła',
    });
    expect(at(6)).toMatchObject({
      messagePl: 'nie ma takiego beneficjenta w rejestrze (najpierw zaimportuj beneficjentów)',
    });
    expect(at(8)).toMatchObject({ message: 'from 1 to 1000 seats', messagePl: 'od 1 do 1000 miejsc' });
    expect(at(9)).toMatchObject({ messagePl: 'potrzebny uczestnik albo liczba osób bez zapisu' });
    expect(at(11)).toMatchObject({
      message: 'several activities of this title that day: give the activity id',
      messagePl: 'tego dnia było kilka wydarzeń o tym tytule: podaj id wydarzenia',
    });
    expect(doc.items.map((item) => item.action)).toEqual(['create', ...Array(9).fill('error')]);
    expect(await errorsFile(doc.id)).toEqual(asErrorRows(doc));
    expect(await commit(doc.id)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: 'has_errors' } } },
    });
    expect(await count('activity_attendance')).toBe(before);
  });

  it('needs a date column', async () => {
    const doc = await check(utf8([['Wydarzenie'], ['Kurs']]), attendanceOf());
    expect(doc.errors).toMatchObject([
      { row: 1, column: 'Data', field: 'date', messagePl: 'brak kolumny „Data”' },
    ]);
    expect(doc.items).toEqual([{ row: 2, action: 'error', values: {} }]);
  });
});

describe('committing an attendance import', () => {
  const fileOf = (title: string, day: string) =>
    windows1250([
      PL,
      [title, day, 'Jan Kos', '', '', ''],
      [title, day, '', 'lucja.zak@example.org', '3', ''],
      [title, day, '', '', '', '6'],
    ]);

  it('creates nothing when the same file is imported again', async () => {
    const day = pastDay();
    await activity('Kawiarenka językowa', [[day.iso, '18:00', '20:00']]);
    const doc = await check(fileOf('Kawiarenka językowa', day.iso), attendanceOf());
    expect(await commit(doc.id)).toMatchObject({ status: 200, body: { created: 3, skipped: 0 } });
    const before = {
      attendance: await count('activity_attendance'),
      regs: await count('activity_registrations'),
    };
    const again = await check(fileOf('Kawiarenka językowa', day.iso), attendanceOf());
    expect(again).toMatchObject({ toCreate: 0, errors: [] });
    expect(again.duplicates.map((d) => [d.row, d.reason, typeof d.existingId])).toEqual([
      [2, 'attendance', 'string'],
      [3, 'attendance', 'string'],
      [4, 'attendance', 'string'],
    ]);
    expect(await commit(again.id)).toMatchObject({ status: 200, body: { created: 0, skipped: 3 } });
    expect({
      attendance: await count('activity_attendance'),
      regs: await count('activity_registrations'),
    }).toEqual(before);
    expect(await summary(day.iso, day.iso)).toMatchObject({ activities: { count: 1, participants: 10 } });
  });

  it('lets one of parallel commits win: of one import, and of two imports of the same file', async () => {
    const day = pastDay();
    const club = await activity('Klub dyskusyjny', [[day.iso, '18:00', '20:00']]);
    const doc = await check(fileOf('Klub dyskusyjny', day.iso), attendanceOf());
    const results = await Promise.all(Array.from({ length: 4 }, () => commit(doc.id)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await session(club.sessions[0] as string)).toMatchObject({ walk_ins: 6, attended_seats: 4 });

    const other = pastDay();
    const choir = await activity('Próba chóru', [[other.iso, '18:00', '20:00']]);
    const [a, b] = [
      await check(fileOf('Próba chóru', other.iso), attendanceOf()),
      await check(fileOf('Próba chóru', other.iso), attendanceOf()),
    ];
    const both = await Promise.all([commit(a.id), commit(b.id)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)?.body.error.details).toEqual({ reason: 'registry_changed' });
    expect(await session(choir.sessions[0] as string)).toMatchObject({ walk_ins: 6, attended_seats: 4 });
  });
});
