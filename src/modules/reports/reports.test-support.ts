import { sql } from 'kysely';
import { beforeAll, expect } from 'vitest';
import { createBeneficiary, createCenter, createRoom } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { zonedInstant } from '../../lib/time.ts';

/**
 * A world whose figures are known, with noise that must not count: cancelled and unfinished
 * bookings, registrations without attendance, a cancelled activity, services just outside the
 * period, another centre. Built with factories (direct inserts with the dates of the past),
 * read back through HTTP.
 */
export let ctx: TestContext;
export let admin: TestUser;
export let coordinatorA: TestUser;
export let coordinatorB: TestUser;
export let observer: TestUser;
export let member: TestUser;
export let centerA: string;
export let centerB: string;

export const w = (date: string, time: string) => zonedInstant(date, time, 'Europe/Warsaw');
export const ids: Record<string, string> = {};
/** The id of a beneficiary of the world, by its name there. */
const idOf = (name: string): string => {
  const id = ids[name];
  if (id === undefined) throw new Error(`no ${name} in the world`);
  return id;
};

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

/** Builds the world once for a reports test file; call it at the top of the file. */
export function setupReportsWorld() {
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
      beneficiary: idOf('org1'),
      date: '2026-01-13',
      from: '10:00',
      to: '12:00',
      status: 'completed',
      attendees: 10,
    });
    await booking({
      ...A,
      beneficiary: idOf('org1'),
      date: '2026-02-10',
      from: '10:00',
      to: '12:00',
      status: 'completed',
      attendees: 12,
    });
    await booking({
      ...A,
      beneficiary: idOf('org1'),
      date: '2026-03-31',
      from: '21:30',
      to: '23:30',
      status: 'completed',
      attendees: 8,
    });
    await booking({
      ...A,
      beneficiary: idOf('group1'),
      date: '2026-02-14',
      from: '16:00',
      to: '17:30',
      status: 'completed',
      attendees: 5,
    });
    await booking({
      ...A,
      beneficiary: idOf('ind3'),
      date: '2026-03-02',
      from: '09:00',
      to: '10:00',
      status: 'completed',
      attendees: 1,
    });
    // Noise: not completed, or the centre's own activity.
    await booking({
      ...A,
      beneficiary: idOf('org2'),
      date: '2026-02-20',
      from: '10:00',
      to: '12:00',
      status: 'cancelled',
    });
    await booking({
      ...A,
      beneficiary: idOf('org2'),
      date: '2026-02-21',
      from: '10:00',
      to: '12:00',
      status: 'approved',
    });
    await booking({
      ...A,
      beneficiary: idOf('org2'),
      date: '2026-02-22',
      from: '10:00',
      to: '12:00',
      status: 'rejected',
    });
    await booking({
      ...A,
      beneficiary: idOf('org2'),
      date: '2026-02-23',
      from: '10:00',
      to: '12:00',
      status: 'pending',
    });
    await booking({
      ...A,
      beneficiary: idOf('org2'),
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
      beneficiary: idOf('org2'),
      date: '2026-04-01',
      from: '00:30',
      to: '02:30',
      status: 'completed',
      attendees: 7,
    });
    // Centre B: org3 and org1 (org1 counts once in the network).
    await booking({
      ...B,
      beneficiary: idOf('org3'),
      date: '2026-01-20',
      from: '10:00',
      to: '13:00',
      status: 'completed',
      attendees: 20,
    });
    await booking({
      ...B,
      beneficiary: idOf('org1'),
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
    const r1 = await register(training, idOf('org1'), 2);
    const r2 = await register(training, idOf('ind1'), 1);
    await register(training, idOf('ind2'), 1);
    await register(training, idOf('ind3'), 1, 'waitlisted');
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
    await attend(cs, await register(cancelled, idOf('org2'), 3), 3);
    const unrecorded = await insertReturningId(sql<{ id: string }>`
      insert into activities (center_id, kind, title, start_at, end_at)
      values (${centerA}, 'workshop', 'Bez listy', ${w('2026-02-06', '17:00')}, ${w('2026-02-06', '19:00')}) returning id`);
    await sql`insert into activity_sessions (activity_id, ordinal, start_at, end_at) values (${unrecorded}, 0, ${w('2026-02-06', '17:00')}, ${w('2026-02-06', '19:00')})`.execute(
      ctx.db,
    );
    await register(unrecorded, idOf('org2'), 1);

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
    await appointment(idOf('ind2'), 'consulting', '2026-01-15', '10:00', '11:00', 'completed');
    await appointment(idOf('ind1'), 'coaching', '2026-02-15', '10:00', '11:30', 'completed');
    await appointment(idOf('org2'), 'consulting', '2026-02-16', '10:00', '11:00', 'cancelled');
    await appointment(idOf('org2'), 'consulting', '2026-02-17', '10:00', '11:00', 'no_show');
    await appointment(idOf('ind1'), 'mentoring', '2026-04-15', '10:00', '11:00', 'completed');

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
}
