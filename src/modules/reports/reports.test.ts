import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary, createCenter, createRoom, UNKNOWN_ID } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { pdfText } from '../../../test/pdf.ts';
import { zonedInstant } from '../../lib/time.ts';

/**
 * A world whose figures are known, with noise that must not count: cancelled and unfinished
 * bookings, registrations without attendance, a cancelled activity, services just outside the
 * period, another centre. Built with factories (direct inserts with the dates of the past),
 * read back through HTTP.
 */
let ctx: TestContext;
let admin: TestUser;
let coordinatorA: TestUser;
let coordinatorB: TestUser;
let observer: TestUser;
let member: TestUser;
let centerA: string;
let centerB: string;

const w = (date: string, time: string) => zonedInstant(date, time, 'Europe/Warsaw');
const ids: Record<string, string> = {};

async function booking(options: {
  room: string;
  center: string;
  beneficiary: string;
  date: string;
  from: string;
  to: string;
  status: string;
  attendees?: number;
  kind?: string;
}) {
  await sql`
    insert into bookings (room_id, center_id, kind, beneficiary_id, title, start_at, end_at, status, attendees)
    values (${options.room}, ${options.center}, ${options.kind ?? 'lending'}, ${options.kind === 'activity' ? null : options.beneficiary},
            'Spotkanie', ${w(options.date, options.from)}, ${w(options.date, options.to)}, ${options.status}, ${options.attendees ?? null})
  `.execute(ctx.db);
}

async function insertReturningId(query: ReturnType<typeof sql<{ id: string }>>) {
  const { rows } = await query.execute(ctx.db);
  return (rows[0] as { id: string }).id;
}

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerA = (await createCenter(ctx, admin, { name: 'Centrum Obywatelskie Reymonta' })).id;
  centerB = (await createCenter(ctx, admin, { name: 'Centrum Obywatelskie Nowa Huta' })).id;
  coordinatorA = await makeUser(ctx, ['coordinator'], { centerIds: [centerA] });
  coordinatorB = await makeUser(ctx, ['coordinator'], { centerIds: [centerB] });
  observer = await makeUser(ctx, ['observer']);
  member = await makeUser(ctx, ['member']);
  const roomA = (await createRoom(ctx, admin, centerA, { capacity: 40 })).id;
  const roomB = (await createRoom(ctx, admin, centerB, { capacity: 40 })).id;

  for (const [key, kind, district] of [
    ['org1', 'organization', 5],
    ['org2', 'organization', 5],
    ['org3', 'organization', 18],
    ['group1', 'informal_group', 18],
    ['ind1', 'individual', 1],
    ['ind2', 'individual', null],
    ['ind3', 'individual', 3],
    ['ind4', 'individual', 3],
  ] as const) {
    ids[key] = (await createBeneficiary(ctx, { kind, name: `Beneficjent ${key}` })).id;
    if (district)
      await ctx.db
        .updateTable('beneficiaries')
        .set({ district })
        .where('id', '=', ids[key] as string)
        .execute();
  }
  const A = { room: roomA, center: centerA };
  const B = { room: roomB, center: centerB };

  // Room lendings in the first quarter of 2026, centre A: 5 lendings, 36 people, 8.5 hours.
  await booking({
    ...A,
    beneficiary: ids.org1!,
    date: '2026-01-13',
    from: '10:00',
    to: '12:00',
    status: 'completed',
    attendees: 10,
  });
  await booking({
    ...A,
    beneficiary: ids.org1!,
    date: '2026-02-10',
    from: '10:00',
    to: '12:00',
    status: 'completed',
    attendees: 12,
  });
  await booking({
    ...A,
    beneficiary: ids.org1!,
    date: '2026-03-31',
    from: '21:30',
    to: '23:30',
    status: 'completed',
    attendees: 8,
  });
  await booking({
    ...A,
    beneficiary: ids.group1!,
    date: '2026-02-14',
    from: '16:00',
    to: '17:30',
    status: 'completed',
    attendees: 5,
  });
  await booking({
    ...A,
    beneficiary: ids.ind3!,
    date: '2026-03-02',
    from: '09:00',
    to: '10:00',
    status: 'completed',
    attendees: 1,
  });
  // Noise: not completed, or the centre's own activity.
  await booking({
    ...A,
    beneficiary: ids.org2!,
    date: '2026-02-20',
    from: '10:00',
    to: '12:00',
    status: 'cancelled',
  });
  await booking({
    ...A,
    beneficiary: ids.org2!,
    date: '2026-02-21',
    from: '10:00',
    to: '12:00',
    status: 'approved',
  });
  await booking({
    ...A,
    beneficiary: ids.org2!,
    date: '2026-02-22',
    from: '10:00',
    to: '12:00',
    status: 'rejected',
  });
  await booking({
    ...A,
    beneficiary: ids.org2!,
    date: '2026-02-23',
    from: '10:00',
    to: '12:00',
    status: 'pending',
  });
  await booking({
    ...A,
    beneficiary: ids.org2!,
    date: '2026-02-24',
    from: '10:00',
    to: '12:00',
    status: 'completed',
    attendees: 30,
    kind: 'activity',
  });
  // April, centre A: just after the quarter.
  await booking({
    ...A,
    beneficiary: ids.org2!,
    date: '2026-04-01',
    from: '00:30',
    to: '02:30',
    status: 'completed',
    attendees: 7,
  });
  // Centre B: org3 and org1 (org1 counts once in the network).
  await booking({
    ...B,
    beneficiary: ids.org3!,
    date: '2026-01-20',
    from: '10:00',
    to: '13:00',
    status: 'completed',
    attendees: 20,
  });
  await booking({
    ...B,
    beneficiary: ids.org1!,
    date: '2026-03-03',
    from: '10:00',
    to: '11:00',
    status: 'completed',
    attendees: 4,
  });

  // A two-day training at A: org1 (2 seats), ind1 present; ind2 registered, never came; 5 walk-ins.
  const training = await insertReturningId(sql<{ id: string }>`
    insert into activities (center_id, kind, title, start_at, end_at)
    values (${centerA}, 'training', 'Szkolenie z pozyskiwania funduszy', ${w('2026-03-10', '09:00')}, ${w('2026-03-11', '15:00')})
    returning id`);
  const s1 = await insertReturningId(sql<{ id: string }>`
    insert into activity_sessions (activity_id, ordinal, start_at, end_at, walk_ins, attendance_recorded_at)
    values (${training}, 0, ${w('2026-03-10', '09:00')}, ${w('2026-03-10', '15:00')}, 3, now()) returning id`);
  const s2 = await insertReturningId(sql<{ id: string }>`
    insert into activity_sessions (activity_id, ordinal, start_at, end_at, walk_ins, attendance_recorded_at)
    values (${training}, 1, ${w('2026-03-11', '09:00')}, ${w('2026-03-11', '15:00')}, 2, now()) returning id`);
  const register = (activity: string, beneficiary: string, seats: number, status = 'registered') =>
    insertReturningId(sql<{ id: string }>`
      insert into activity_registrations (activity_id, beneficiary_id, seats, status)
      values (${activity}, ${beneficiary}, ${seats}, ${status}) returning id`);
  const r1 = await register(training, ids.org1!, 2);
  const r2 = await register(training, ids.ind1!, 1);
  await register(training, ids.ind2!, 1);
  await register(training, ids.ind3!, 1, 'waitlisted');
  const attend = (session: string, registration: string, seats: number) =>
    sql`insert into activity_attendance (session_id, registration_id, seats) values (${session}, ${registration}, ${seats})`.execute(
      ctx.db,
    );
  await attend(s1, r1, 2);
  await attend(s1, r2, 1);
  await attend(s2, r1, 1);
  await attend(s2, r2, 1);
  // Noise: a cancelled seminar with attendance recorded; a workshop without recorded attendance.
  const cancelled = await insertReturningId(sql<{ id: string }>`
    insert into activities (center_id, kind, title, start_at, end_at, status)
    values (${centerA}, 'seminar', 'Odwołane', ${w('2026-02-05', '17:00')}, ${w('2026-02-05', '19:00')}, 'cancelled') returning id`);
  const cs = await insertReturningId(sql<{ id: string }>`
    insert into activity_sessions (activity_id, ordinal, start_at, end_at, walk_ins, attendance_recorded_at)
    values (${cancelled}, 0, ${w('2026-02-05', '17:00')}, ${w('2026-02-05', '19:00')}, 9, now()) returning id`);
  await attend(cs, await register(cancelled, ids.org2!, 3), 3);
  const unrecorded = await insertReturningId(sql<{ id: string }>`
    insert into activities (center_id, kind, title, start_at, end_at)
    values (${centerA}, 'workshop', 'Bez listy', ${w('2026-02-06', '17:00')}, ${w('2026-02-06', '19:00')}) returning id`);
  await sql`insert into activity_sessions (activity_id, ordinal, start_at, end_at) values (${unrecorded}, 0, ${w('2026-02-06', '17:00')}, ${w('2026-02-06', '19:00')})`.execute(
    ctx.db,
  );
  await register(unrecorded, ids.org2!, 1);

  // Advice at A: consulting 1 h (ind2), coaching 1.5 h (ind1); noise: cancelled, no-show; April mentoring.
  const advisorUser = await makeUser(ctx, ['advisor']);
  const advisor = await insertReturningId(
    sql<{ id: string }>`insert into advisors (user_id) values (${advisorUser.id}) returning id`,
  );
  const appointment = (
    beneficiary: string,
    kind: string,
    date: string,
    from: string,
    to: string,
    status: string,
  ) =>
    sql`insert into appointments (advisor_id, beneficiary_id, center_id, kind, topic, start_at, end_at, status)
        values (${advisor}, ${beneficiary}, ${centerA}, ${kind}, 'Temat', ${w(date, from)}, ${w(date, to)}, ${status})`.execute(
      ctx.db,
    );
  await appointment(ids.ind2!, 'consulting', '2026-01-15', '10:00', '11:00', 'completed');
  await appointment(ids.ind1!, 'coaching', '2026-02-15', '10:00', '11:30', 'completed');
  await appointment(ids.org2!, 'consulting', '2026-02-16', '10:00', '11:00', 'cancelled');
  await appointment(ids.org2!, 'consulting', '2026-02-17', '10:00', '11:00', 'no_show');
  await appointment(ids.ind1!, 'mentoring', '2026-04-15', '10:00', '11:00', 'completed');

  // Volunteering at A: org1's offer, ind4 placed in February, 7.5 h then, 2 h in April.
  const offer = await insertReturningId(sql<{ id: string }>`
    insert into volunteer_offers (organization_id, center_id, title, skills, volunteers_needed, created_at)
    values (${ids.org1}, ${centerA}, 'Pomoc przy festynie', '{event_support}', 3, ${w('2026-01-05', '12:00')}) returning id`);
  const volunteer = await insertReturningId(sql<{ id: string }>`
    insert into volunteers (beneficiary_id, skills) values (${ids.ind4}, '{event_support}') returning id`);
  const application = await insertReturningId(sql<{ id: string }>`
    insert into volunteer_applications (offer_id, volunteer_id, status, decided_at)
    values (${offer}, ${volunteer}, 'accepted', ${w('2026-02-02', '12:00')}) returning id`);
  for (const [date, hours] of [
    ['2026-02-07', 3],
    ['2026-02-08', 4.5],
    ['2026-04-04', 2],
  ] as const) {
    await sql`insert into volunteer_hours (application_id, work_date, hours) values (${application}, ${date}, ${hours})`.execute(
      ctx.db,
    );
  }
  // Noise: an application declined in the period.
  const other = await insertReturningId(sql<{ id: string }>`
    insert into volunteers (beneficiary_id, skills) values (${ids.ind2}, '{}') returning id`);
  await sql`insert into volunteer_applications (offer_id, volunteer_id, status, decided_at)
            values (${offer}, ${other}, 'declined', ${w('2026-02-03', '12:00')})`.execute(ctx.db);

  // Incubation at A: group1's idea became a plan in February; ind2's initiative did nothing this year.
  const initiative = await insertReturningId(sql<{ id: string }>`
    insert into initiatives (beneficiary_id, center_id, title, stage) values (${ids.group1}, ${centerA}, 'Ogród sąsiedzki', 'planning') returning id`);
  await sql`insert into initiative_stage_changes (initiative_id, from_stage, to_stage, changed_at) values
            (${initiative}, null, 'idea', ${w('2026-01-20', '12:00')}),
            (${initiative}, 'idea', 'planning', ${w('2026-02-20', '12:00')})`.execute(ctx.db);
  const old = await insertReturningId(sql<{ id: string }>`
    insert into initiatives (beneficiary_id, center_id, title) values (${ids.ind2}, ${centerA}, 'Stary pomysł') returning id`);
  await sql`insert into initiative_stage_changes (initiative_id, from_stage, to_stage, changed_at)
            values (${old}, null, 'idea', ${w('2025-12-01', '12:00')})`.execute(ctx.db);

  // ind3 asks to be forgotten: the past figures must not change.
  const erased = await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${ids.ind3}`, as: admin });
  expect(erased.status).toBe(200);
});

const summary = async (as: TestUser, query: string) =>
  call(ctx, { method: 'GET', url: `/api/reports/summary?${query}`, as });

describe('the summary', () => {
  it('gives the exact figures of one centre for the first quarter', async () => {
    const { status, body } = await summary(coordinatorA, `from=2026-01-01&to=2026-03-31&centerId=${centerA}`);
    expect(status).toBe(200);
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(body.centerIds).toEqual([centerA]);
    expect(body.beneficiaries).toEqual({ total: 6, organizations: 1, informalGroups: 1, individuals: 4 });
    expect(body.rooms).toEqual({ lendings: 5, people: 36, hours: 8.5 });
    expect(body.activities.count).toBe(1);
    expect(body.activities.participants).toBe(8);
    expect(body.activities.byKind.training).toEqual({ count: 1, participants: 8 });
    expect(body.activities.byKind.seminar).toEqual({ count: 0, participants: 0 });
    expect(body.advice).toEqual({
      appointments: 2,
      hours: 2.5,
      byKind: { consulting: 1, coaching: 1, mentoring: 0 },
    });
    expect(body.volunteering).toEqual({ offers: 1, placements: 1, hours: 7.5 });
    expect(body.incubation.initiatives).toBe(1);
    expect(body.incubation.byStage).toMatchObject({ idea: 0, planning: 1 });
  });

  it('counts each beneficiary once across the network', async () => {
    const { body } = await summary(observer, 'from=2026-01-01&to=2026-03-31');
    expect(body.centerIds.sort()).toEqual([centerA, centerB].sort());
    expect(body.beneficiaries).toEqual({ total: 7, organizations: 2, informalGroups: 1, individuals: 4 });
    expect(body.rooms).toEqual({ lendings: 7, people: 60, hours: 12.5 });
    const onlyB = await summary(coordinatorB, `from=2026-01-01&to=2026-03-31&centerId=${centerB}`);
    expect(onlyB.body.beneficiaries).toEqual({
      total: 2,
      organizations: 2,
      informalGroups: 0,
      individuals: 0,
    });
    expect(onlyB.body.rooms).toEqual({ lendings: 2, people: 24, hours: 4 });
  });

  it('moves with the period: April, and a single day at the boundary', async () => {
    const april = await summary(admin, `from=2026-04-01&to=2026-04-30&centerId=${centerA}`);
    expect(april.body.beneficiaries).toEqual({
      total: 4,
      organizations: 2,
      informalGroups: 0,
      individuals: 2,
    });
    expect(april.body.rooms).toEqual({ lendings: 1, people: 7, hours: 2 });
    expect(april.body.advice.byKind).toEqual({ consulting: 0, coaching: 0, mentoring: 1 });
    expect(april.body.volunteering).toEqual({ offers: 1, placements: 0, hours: 2 });
    expect(april.body.activities.count).toBe(0);
    const lastDay = await summary(admin, `from=2026-03-31&to=2026-03-31&centerId=${centerA}`);
    expect(lastDay.body.rooms).toEqual({ lendings: 1, people: 8, hours: 2 });
    const quiet = await summary(admin, 'from=2025-06-01&to=2025-06-30');
    expect(quiet.body.beneficiaries.total).toBe(0);
  });

  it('refuses bad periods and unknown centres, and keeps coordinators to their centres', async () => {
    expect((await summary(admin, 'from=2026-03-01&to=2026-01-01')).status).toBe(422);
    expect((await summary(admin, 'from=2026-13-01&to=2026-12-31')).status).toBe(400);
    expect((await summary(admin, 'to=2026-12-31')).status).toBe(400);
    expect((await summary(admin, `from=2026-01-01&to=2026-01-31&centerId=${UNKNOWN_ID}`)).status).toBe(404);
    expect((await summary(coordinatorB, `from=2026-01-01&to=2026-03-31&centerId=${centerA}`)).status).toBe(
      403,
    );
    const own = await summary(coordinatorB, 'from=2026-01-01&to=2026-03-31');
    expect(own.body.centerIds).toEqual([centerB]);
    expect((await summary(member, 'from=2026-01-01&to=2026-03-31')).status).toBe(403);
    expect(
      (await call(ctx, { method: 'GET', url: '/api/reports/summary?from=2026-01-01&to=2026-03-31' })).status,
    ).toBe(401);
  });
});

describe('the narrative', () => {
  it('reads the figures with Polish plural forms', async () => {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/reports/narrative?from=2026-01-01&to=2026-03-31&centerId=${centerA}&lang=pl`,
      as: admin,
    });
    expect(status).toBe(200);
    expect(body.text).toContain('Dane za okres od 1 stycznia 2026 r. do 31 marca 2026 r.');
    expect(body.text).toContain(
      'Z oferty Centrum skorzystało 6 beneficjentów, w tym 1 organizacja oraz 5 osób fizycznych i grup nieformalnych.',
    );
    expect(body.text).toContain('Z sal Centrum skorzystało 36 osób, a pomieszczenia udostępniono 5 razy.');
    expect(body.text).toContain('Centrum zorganizowało 1 wydarzenie');
    expect(body.text).toContain('wzięło udział 8 osób');
    const network = await call(ctx, {
      method: 'GET',
      url: '/api/reports/narrative?from=2026-01-01&to=2026-03-31',
      as: observer,
    });
    expect(network.body.text).toContain(
      'Z oferty centrów obywatelskich skorzystało 7 beneficjentów, w tym 2 organizacje oraz 5 osób',
    );
    const english = await call(ctx, {
      method: 'GET',
      url: '/api/reports/narrative?from=2026-01-01&to=2026-03-31&lang=en',
      as: observer,
    });
    expect(english.body.text).toContain(
      '7 beneficiaries used the services of the civic centres, including 2 organizations',
    );
    expect(english.body.text).toContain('60 people used the rooms, which were lent 7 times');
  });
});

describe('exports', () => {
  const query = `from=2026-01-01&to=2026-03-31&centerId=${'A'}`;
  it('gives the same figures as CSV, XLSX and PDF', async () => {
    const q = query.replace('A', centerA);
    const csv = await call(ctx, { method: 'GET', url: `/api/reports/summary.csv?${q}`, as: coordinatorA });
    expect(csv.status).toBe(200);
    expect(csv.response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const value = (key: string) =>
      lines
        .find((line: string) => line.split(',')[1] === key)
        ?.split(',')
        .at(-1);
    expect(value('beneficiaries.total')).toBe('6');
    expect(value('rooms.people')).toBe('36');
    expect(value('rooms.hours')).toBe('8.5');
    expect(value('centre')).toBe('Centrum Obywatelskie Reymonta');

    const xlsx = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/summary.xlsx?${q}`,
      headers: coordinatorA.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Beneficjenci',
      'Sale',
      'Wydarzenia',
      'Doradztwo',
      'Wolontariat',
      'Inkubacja',
    ]);
    const rooms = workbook.getWorksheet('Sale');
    const rows =
      rooms
        ?.getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1)) ?? [];
    expect(rows[0]?.[0]).toBe('Sale: Centrum Obywatelskie Reymonta');
    expect(rows).toContainEqual(['Okres', '2026-01-01 – 2026-03-31']);
    expect(rows).toContainEqual(['osoby korzystające z sal', 36]);

    const pdf = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/summary.pdf?${q}`,
      headers: coordinatorA.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Sprawozdanie z działalności');
    expect(text).toContain('Centrum Obywatelskie Reymonta');
    expect(text).toContain('Okres: 2026-01-01 – 2026-03-31');
    expect(text).toContain('Wygenerowano');
    expect(text).toContain('osoby korzystające z sal');
  });
});

describe('indicators against the funding agreement', () => {
  it('shows target, actual and percent; observers see every centre side by side', async () => {
    const agreement = await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        centerId: centerA,
        title: 'Umowa na prowadzenie Centrum Obywatelskiego',
        operator: 'Krakowska Federacja Organizacji Pozarządowych',
        funder: 'Gmina Miejska Kraków',
        from: '2026-01-01',
        to: '2026-03-31',
        targets: { 'beneficiaries.total': 12, 'rooms.lendings': 4 },
      },
    });
    expect(agreement.status).toBe(201);
    await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        centerId: centerB,
        title: 'Umowa B',
        operator: 'KraFOS',
        funder: 'Kraków',
        from: '2026-01-01',
        to: '2026-12-31',
        targets: { 'rooms.people': 100 },
      },
    });
    const bad = await call(ctx, {
      method: 'POST',
      url: '/api/agreements',
      as: admin,
      payload: {
        title: 'X',
        operator: 'X',
        funder: 'X',
        from: '2026-01-01',
        to: '2026-12-31',
        targets: { 'rooms.nonsense': 1 },
      },
    });
    expect(bad.status).toBe(422);
    expect(
      (await call(ctx, { method: 'POST', url: '/api/agreements', as: coordinatorA, payload: {} })).status,
    ).toBe(422);

    const side = await call(ctx, { method: 'GET', url: '/api/reports/indicators', as: observer });
    expect(side.status).toBe(200);
    expect(side.body.items).toHaveLength(2);
    const a = side.body.items.find(
      (item: { agreement: { centerId: string } }) => item.agreement.centerId === centerA,
    );
    expect(a.indicators).toEqual([
      { key: 'beneficiaries.total', label: 'beneficjenci razem', target: 12, actual: 6, percent: 50 },
      { key: 'rooms.lendings', label: 'udostępnienia sal', target: 4, actual: 5, percent: 125 },
    ]);
    const b = side.body.items.find(
      (item: { agreement: { centerId: string } }) => item.agreement.centerId === centerB,
    );
    expect(b.indicators[0]).toMatchObject({ key: 'rooms.people', target: 100, actual: 24, percent: 24 });

    const own = await call(ctx, { method: 'GET', url: '/api/reports/indicators', as: coordinatorA });
    expect(own.body.items).toHaveLength(1);
    expect((await call(ctx, { method: 'GET', url: '/api/reports/indicators', as: member })).status).toBe(403);
  });
});

describe('demand analytics', () => {
  it('shows occupancy by weekday and hour, unmet demand, districts and monthly trends', async () => {
    await sql`insert into booking_refusals (room_id, center_id, start_at, end_at, occurrences)
              select id, center_id, ${w('2026-02-10', '10:00')}, ${w('2026-02-10', '11:00')}, 3 from rooms where center_id = ${centerA}`.execute(
      ctx.db,
    );
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/reports/analytics?from=2026-01-01&to=2026-03-31&centerId=${centerA}`,
      as: coordinatorA,
    });
    expect(status).toBe(200);
    // Tuesdays (2) 10:00-11:00: the lendings of 13 January and 10 February and the centre's own
    // activity of 24 February (occupancy counts every use of a room).
    const tuesdayTen = body.occupancy.find(
      (cell: { weekday: number; hour: number }) => cell.weekday === 2 && cell.hour === 10,
    );
    expect(tuesdayTen.bookedHours).toBe(3);
    // 13 Tuesdays in the quarter, one room open 08:00-20:00, but 6 January is a public holiday.
    expect(tuesdayTen.openHours).toBe(12);
    expect(body.unmetDemand).toMatchObject({ refused: 3, rejected: 1, withdrawn: 1 });
    expect(body.districts).toEqual(
      expect.arrayContaining([
        { district: 5, name: 'Krowodrza', beneficiaries: 1 },
        { district: 3, name: 'Prądnik Czerwony', beneficiaries: 2 },
        { district: null, name: null, beneficiaries: 1 },
      ]),
    );
    expect(body.trends.map((t: { month: string; lendings: number }) => [t.month, t.lendings])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
      ['2026-03', 2],
    ]);
    const march = body.trends.find((t: { month: string }) => t.month === '2026-03');
    expect(march.attendances).toBe(10);
  });
});

describe('open data', () => {
  it('publishes the figures per centre with counts below 5 suppressed', async () => {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: '/api/reports/open-data.json?from=2026-01-01&to=2026-03-31',
    });
    expect(status).toBe(200);
    const row = (centerId: string | null, key: string) =>
      body.rows.find(
        (r: { centerId: string | null; key: string }) => r.centerId === centerId && r.key === key,
      );
    expect(row(null, 'beneficiaries.total')).toMatchObject({ value: 7, suppressed: false });
    expect(row(null, 'rooms.people')).toMatchObject({ value: 60, suppressed: false });
    expect(row(centerA, 'beneficiaries.organizations')).toMatchObject({ value: null, suppressed: true });
    expect(row(centerB, 'rooms.lendings')).toMatchObject({ value: null, suppressed: true });
    expect(row(centerA, 'activities.byKind.seminar.count')).toMatchObject({ value: 0, suppressed: false });
    const csv = await call(ctx, {
      method: 'GET',
      url: '/api/reports/open-data.csv?from=2026-01-01&to=2026-03-31',
    });
    expect(csv.response.body).toContain(
      `2026-01-01,2026-03-31,${centerA},"Centrum Obywatelskie Reymonta",beneficiaries.total,6,false`,
    );
    expect(csv.response.body).not.toContain('Beneficjent');
  });
});
