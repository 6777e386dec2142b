import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, type TestUser } from '../../../../test/helpers.ts';
import {
  admin,
  coordinator as anyCoordinator,
  auditOf,
  ctx,
  makeBeneficiary,
  member,
  NIL_ID,
  nextKrs,
  observer,
  setupRegistryTests,
} from '../registry.test-support.ts';
import { MOVED_AS_THEY_ARE, MOVED_WITH_CARE } from './merge.repo.ts';
import {
  buildMergeWorld,
  lendRoom,
  type MergeWorld,
  makeActivity,
  makeVolunteer,
  register,
} from './merge.test-support.ts';

setupRegistryTests();

let world: MergeWorld;
beforeAll(async () => {
  world = await buildMergeWorld();
});

const merge = (as: TestUser | null, id: string, into: string) =>
  call(ctx, { method: 'POST', url: `/api/beneficiaries/${id}/merge`, as, payload: { into } });
const summaryOfJanuary = async () =>
  (await call(ctx, { method: 'GET', url: '/api/reports/summary?from=2026-01-01&to=2026-01-31', as: admin }))
    .body;

/** Two records of one organization that both lent the world's room. */
async function twoThatUsedTheCentre(options: { kind?: 'organization' | 'individual' } = {}) {
  const kept = await makeBeneficiary({
    name: 'Fundacja Dobre Serce',
    kind: options.kind,
    representedBy: member.id,
  });
  const merged = await makeBeneficiary({ name: 'Fundacja Dobre Serce', kind: options.kind, district: 7 });
  await lendRoom(world, kept);
  await lendRoom(world, merged);
  return { kept, merged };
}

describe('merging a duplicate into another record', () => {
  it('moves what it used, its representatives and notes; the merged id answers 404 with an alias', async () => {
    const before = await summaryOfJanuary();
    const { kept, merged } = await twoThatUsedTheCentre();
    const krs = nextKrs();
    await ctx.db
      .updateTable('beneficiaries')
      .set({ notes: 'Pierwsza notatka' })
      .where('id', '=', kept)
      .execute();
    await ctx.db
      .updateTable('beneficiaries')
      .set({ notes: 'Druga notatka', phone: '600 700 800', krs })
      .where('id', '=', merged)
      .execute();
    await ctx.db
      .insertInto('beneficiary_representatives')
      .values([
        { beneficiary_id: merged, user_id: member.id },
        { beneficiary_id: merged, user_id: anyCoordinator.id },
      ])
      .execute();
    const counted = await summaryOfJanuary();
    expect(counted.beneficiaries.total).toBe(before.beneficiaries.total + 2);

    const { status, body } = await merge(world.coordinator, merged, kept);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      id: kept,
      name: 'Fundacja Dobre Serce',
      phone: '600 700 800',
      district: 7,
      krs,
    });

    const gone = await call(ctx, { method: 'GET', url: `/api/beneficiaries/${merged}`, as: admin });
    expect(gone.status).toBe(404);
    expect(gone.body.error.details).toEqual({ mergedInto: kept });
    const again = await merge(admin, merged, kept);
    expect(again.status).toBe(404);

    const bookings = await ctx.db
      .selectFrom('bookings')
      .select('beneficiary_id')
      .where('beneficiary_id', 'in', [kept, merged])
      .execute();
    expect(bookings.map((row) => row.beneficiary_id)).toEqual([kept, kept]);
    const representatives = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries/${kept}/representatives`,
      as: admin,
    });
    expect(representatives.body.items.map((item: { userId: string }) => item.userId).sort()).toEqual(
      [member.id, anyCoordinator.id].sort(),
    );
    const { notes } = await ctx.db
      .selectFrom('beneficiaries')
      .select('notes')
      .where('id', '=', kept)
      .executeTakeFirstOrThrow();
    expect(notes).toBe('Pierwsza notatka\n\nDruga notatka');

    // The audit records both, each entry naming the other record.
    const keptTrail = await auditOf(kept);
    expect(keptTrail.at(-1)).toMatchObject({ action: 'merge', reason: `merged ${merged} into this record` });
    expect(keptTrail.at(-1)?.fields).toEqual(expect.arrayContaining(['phone', 'krs', 'notes', 'bookings']));
    expect((await auditOf(merged)).at(-1)).toMatchObject({ action: 'merge', reason: `merged into ${kept}` });

    // The two are counted once now; every other figure stays.
    const after = await summaryOfJanuary();
    expect(after.beneficiaries.total).toBe(counted.beneficiaries.total - 1);
    expect(after.beneficiaries.organizations).toBe(counted.beneficiaries.organizations - 1);
    expect(after.rooms).toEqual(counted.rooms);
    expect(after.activities).toEqual(counted.activities);
    expect(after.advice).toEqual(counted.advice);
  });

  it('leaves the figures alone when only the merged record was counted', async () => {
    const kept = await makeBeneficiary({ name: 'Grupa Nowa' });
    const merged = await makeBeneficiary({ name: 'Grupa Nowa' });
    await lendRoom(world, merged);
    const before = await summaryOfJanuary();
    expect((await merge(admin, merged, kept)).status).toBe(200);
    expect(await summaryOfJanuary()).toEqual(before);
  });

  it('follows an alias of an alias: ids merged earlier lead to the newest kept record', async () => {
    const [first, second, third] = [
      await makeBeneficiary({ name: 'Klub A' }),
      await makeBeneficiary({ name: 'Klub A' }),
      await makeBeneficiary({ name: 'Klub A' }),
    ];
    expect((await merge(admin, first, second)).status).toBe(200);
    expect((await merge(admin, second, third)).status).toBe(200);
    const old = await call(ctx, { method: 'GET', url: `/api/beneficiaries/${first}`, as: admin });
    expect(old.body.error.details).toEqual({ mergedInto: third });
  });

  it('makes two registrations for one activity one, holding the seats of both', async () => {
    const { kept, merged } = await twoThatUsedTheCentre();
    const activity = await makeActivity(world);
    const keptRegistration = await register(activity.id, kept, { seats: 2, status: 'registered' });
    const mergedRegistration = await register(activity.id, merged, { seats: 3, status: 'registered' });
    await ctx.db
      .insertInto('activity_attendance')
      .values([
        { session_id: activity.sessionId, registration_id: keptRegistration, seats: 2 },
        { session_id: activity.sessionId, registration_id: mergedRegistration, seats: 1 },
      ])
      .execute();
    const other = await makeActivity(world);
    await register(other.id, merged, { seats: 1, status: 'waitlisted' });

    expect((await merge(world.coordinator, merged, kept)).status).toBe(200);
    const rows = await ctx.db
      .selectFrom('activity_registrations')
      .select(['id', 'activity_id', 'beneficiary_id', 'seats', 'status', 'cancel_reason'])
      .where('beneficiary_id', '=', kept)
      .orderBy('created_at')
      .execute();
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.id === keptRegistration)).toMatchObject({ seats: 5, status: 'registered' });
    expect(rows.find((row) => row.id === mergedRegistration)).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'merged',
    });
    expect(rows.find((row) => row.activity_id === other.id)).toMatchObject({ status: 'waitlisted' });
    const attendance = await ctx.db
      .selectFrom('activity_attendance')
      .select(['registration_id', 'seats'])
      .where('session_id', '=', activity.sessionId)
      .execute();
    expect(attendance).toEqual([{ registration_id: keptRegistration, seats: 3 }]);
  });

  it('keeps one volunteer profile with the skills of both', async () => {
    const kept = await makeBeneficiary({ name: 'Jan Wolontariusz', kind: 'individual' });
    const merged = await makeBeneficiary({ name: 'Jan Wolontariusz', kind: 'individual' });
    const keptProfile = await makeVolunteer(kept, ['it']);
    await makeVolunteer(merged, ['events', 'it']);
    expect((await merge(admin, merged, kept)).status).toBe(200);
    const profiles = await ctx.db
      .selectFrom('volunteers')
      .select(['id', 'beneficiary_id', 'skills'])
      .where('beneficiary_id', 'in', [kept, merged])
      .execute();
    expect(profiles).toEqual([{ id: keptProfile, beneficiary_id: kept, skills: ['events', 'it'] }]);
  });

  it('moves a volunteer profile when only the merged record had one', async () => {
    const kept = await makeBeneficiary({ name: 'Ewa Pomocna', kind: 'individual' });
    const merged = await makeBeneficiary({ name: 'Ewa Pomocna', kind: 'individual' });
    const profile = await makeVolunteer(merged, ['care']);
    expect((await merge(admin, merged, kept)).status).toBe(200);
    const row = await ctx.db
      .selectFrom('volunteers')
      .select('beneficiary_id')
      .where('id', '=', profile)
      .executeTakeFirstOrThrow();
    expect(row.beneficiary_id).toBe(kept);
  });
});

describe('who may merge, and what is refused', () => {
  it('lets a coordinator of a centre each record used, not one of another centre', async () => {
    const { kept, merged } = await twoThatUsedTheCentre();
    expect((await merge(world.foreign, merged, kept)).status).toBe(403);
    expect((await merge(observer, merged, kept)).status).toBe(403);
    expect((await merge(member, merged, kept)).status).toBe(403);
    expect((await merge(null, merged, kept)).status).toBe(401);
    expect((await merge(world.coordinator, merged, kept)).status).toBe(200);
  });

  it('leaves a record that used no centre to admins', async () => {
    const kept = await makeBeneficiary({ name: 'Nowi' });
    const merged = await makeBeneficiary({ name: 'Nowi' });
    await lendRoom(world, kept);
    expect((await merge(world.coordinator, merged, kept)).status).toBe(403);
    expect((await merge(admin, merged, kept)).status).toBe(200);
  });

  it('refuses itself (422), different kinds and erased records (409), unknown ids (404)', async () => {
    const one = await makeBeneficiary({ name: 'Jeden' });
    const person = await makeBeneficiary({ name: 'Jeden', kind: 'individual' });
    const erased = await makeBeneficiary({ name: 'Usunięty' });
    await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${erased}`, as: admin });
    expect((await merge(admin, one, one)).status).toBe(422);
    const kinds = await merge(admin, person, one);
    expect(kinds.status).toBe(409);
    expect(kinds.body.error.details).toEqual({ reason: 'kind_differs' });
    expect((await merge(admin, erased, one)).status).toBe(409);
    expect((await merge(admin, one, erased)).status).toBe(409);
    expect((await merge(admin, NIL_ID, one)).status).toBe(404);
    expect((await merge(admin, one, 'not-an-id')).status).toBe(404);
  });
});

describe('merges at the same time', () => {
  it('merging one record into two others at once: one wins, the other finds it gone', async () => {
    const merged = await makeBeneficiary({ name: 'Równoległa' });
    const intoA = await makeBeneficiary({ name: 'Równoległa' });
    const intoB = await makeBeneficiary({ name: 'Równoległa' });
    await lendRoom(world, merged);
    const answers = await Promise.all([merge(admin, merged, intoA), merge(admin, merged, intoB)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 404]);
    const bookings = await ctx.db
      .selectFrom('bookings')
      .select('beneficiary_id')
      .where('beneficiary_id', 'in', [merged, intoA, intoB])
      .execute();
    expect(bookings).toHaveLength(1);
    const aliases = await ctx.db
      .selectFrom('beneficiary_aliases')
      .selectAll()
      .where('old_id', '=', merged)
      .execute();
    expect(aliases).toHaveLength(1);
    expect(bookings[0]?.beneficiary_id).toBe(aliases[0]?.beneficiary_id);
  });

  it('merging two records into each other at once: one wins, without a deadlock', async () => {
    const a = await makeBeneficiary({ name: 'Wzajemna' });
    const b = await makeBeneficiary({ name: 'Wzajemna' });
    const answers = await Promise.all([merge(admin, a, b), merge(admin, b, a)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 404]);
    const left = await ctx.db.selectFrom('beneficiaries').select('id').where('id', 'in', [a, b]).execute();
    expect(left).toHaveLength(1);
  });
});

describe('the list of references', () => {
  it('names every column that refers to beneficiaries', async () => {
    const { rows } = await sql<{ table: string; column: string }>`
      select c.conrelid::regclass::text as table, a.attname as column
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
       where c.contype = 'f' and c.confrelid = 'beneficiaries'::regclass
    `.execute(ctx.db);
    const listed = [...MOVED_AS_THEY_ARE, ...MOVED_WITH_CARE].map(
      ({ table, column }) => `${table}.${column}`,
    );
    expect(rows.map(({ table, column }) => `${table}.${column}`).sort()).toEqual(listed.sort());
  });
});
