import { createBeneficiary } from '../factories.ts';
import { call, type TestUser } from '../helpers.ts';
import { all, anyStaff, defineTable, publicRead, unique } from './runner.ts';
import type { World } from './world.ts';

let bookedHours = 0;

/** The representatives of the world's beneficiary, for beneficiaries made for a row. */
const representatives = (world: World) => [world.users.member, world.users.staffRepresentative];

/** A beneficiary the member and the staff representative represent that booked a room of the table's centre (each an hour of its own). */
async function beneficiaryThatUsedTheCenter(world: World): Promise<string> {
  const start = new Date(Date.UTC(2026, 2, 2, 0) + bookedHours++ * 3_600_000);
  const { id } = await createBeneficiary(world.ctx, { representatives: representatives(world) });
  await world.ctx.db
    .insertInto('bookings')
    .values({
      room_id: world.roomId,
      center_id: world.centerId,
      beneficiary_id: id,
      title: 'Spotkanie',
      start_at: start,
      end_at: new Date(start.getTime() + 3_600_000),
      status: 'approved',
    })
    .execute();
  return id;
}

/** The registry of beneficiaries: one ledger for the network, its representatives, GDPR. */
export const registryTable = defineTable({
  title: 'registry',
  setup: async (world) => {
    // A beneficiary the advisor advises: an engagement booked by the coordinator.
    const { id: advisedId } = await createBeneficiary(world.ctx, { representatives: [world.users.member] });
    const engagement = await call(world.ctx, {
      method: 'POST',
      url: '/api/engagements',
      as: world.users.coordinator,
      payload: {
        advisorId: world.advisorId,
        beneficiaryId: advisedId,
        kind: 'coaching',
        goals: [{ title: 'Cel' }],
      },
    });
    if (engagement.status !== 201) throw new Error(`engagement: ${JSON.stringify(engagement.body)}`);
    return { advisedId: advisedId as string };
  },
  rows: (w) => [
    { route: 'GET /api/districts', prepare: () => ({ url: '/api/districts' }), expect: publicRead },
    {
      route: 'POST /api/beneficiaries',
      prepare: () => ({
        url: '/api/beneficiaries',
        payload: { kind: 'informal_group', name: `Grupa ${unique()}` },
      }),
      expect: all(201, { advisor: 403, observer: 403 }),
    },
    {
      route: 'GET /api/beneficiaries',
      prepare: () => ({ url: '/api/beneficiaries' }),
      // Scoped: staff all of it, an advisor those it advises, a member those it represents.
      expect: all(200, { observer: 403 }),
    },
    {
      route: 'GET /api/beneficiaries/duplicates',
      prepare: () => ({ url: '/api/beneficiaries/duplicates?name=Stowarzyszenie' }),
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/beneficiaries/duplicates',
      name: 'likely pairs of the registry (no name)',
      prepare: () => ({ url: '/api/beneficiaries/duplicates' }),
      expect: anyStaff(200),
    },
    {
      route: 'POST /api/beneficiaries/duplicates/dismiss',
      prepare: async () => {
        const [a, b] = [await createBeneficiary(w().ctx), await createBeneficiary(w().ctx)];
        return { url: '/api/beneficiaries/duplicates/dismiss', payload: { a: a.id, b: b.id } };
      },
      expect: anyStaff(204),
    },
    {
      route: 'POST /api/beneficiaries/:id/merge',
      name: "two that used the table's centre",
      prepare: async () => ({
        url: `/api/beneficiaries/${await beneficiaryThatUsedTheCenter(w())}/merge`,
        payload: { into: await beneficiaryThatUsedTheCenter(w()) },
      }),
      // Representing both makes no one a coordinator of the centre they used.
      expect: anyStaff(200, { foreignCoordinator: 403, staffRepresentative: 403 }),
    },
    {
      route: 'POST /api/beneficiaries/:id/merge',
      name: 'into one that used no centre yet',
      prepare: async () => ({
        url: `/api/beneficiaries/${await beneficiaryThatUsedTheCenter(w())}/merge`,
        payload: { into: (await createBeneficiary(w().ctx)).id },
      }),
      expect: anyStaff(403, { admin: 200 }),
    },
    {
      route: 'GET /api/beneficiaries/:id',
      prepare: () => ({ url: `/api/beneficiaries/${w().beneficiaryId}` }),
      // The advisor does not advise this one: to it, it does not exist.
      expect: all(200, { advisor: 404, observer: 403 }),
    },
    {
      route: 'GET /api/beneficiaries/:id',
      name: 'one the advisor advises (an engagement)',
      prepare: () => ({ url: `/api/beneficiaries/${w().advisedId}` }),
      expect: all(200, { observer: 403 }),
    },
    {
      route: 'PATCH /api/beneficiaries/:id',
      prepare: () => ({
        url: `/api/beneficiaries/${w().beneficiaryId}`,
        payload: { phone: '+48 600 000 000' },
      }),
      expect: all(200, { advisor: 404, observer: 403 }),
    },
    {
      route: 'GET /api/beneficiaries/:id/export',
      prepare: () => ({ url: `/api/beneficiaries/${w().beneficiaryId}/export` }),
      expect: all(200, { advisor: 404, observer: 403 }),
    },
    {
      route: 'DELETE /api/beneficiaries/:id',
      name: "erase one the member represents, that used the table's centre",
      prepare: async () => ({ url: `/api/beneficiaries/${await beneficiaryThatUsedTheCenter(w())}` }),
      // Representing it makes no one a coordinator of the centre it used.
      expect: anyStaff(200, { foreignCoordinator: 403, staffRepresentative: 403, advisor: 404 }),
    },
    {
      route: 'DELETE /api/beneficiaries/:id',
      name: 'erase one that used no centre yet',
      prepare: async () => ({
        url: `/api/beneficiaries/${(await createBeneficiary(w().ctx, { representatives: representatives(w()) })).id}`,
      }),
      expect: anyStaff(403, { admin: 200, advisor: 404 }),
    },
    {
      route: 'GET /api/beneficiaries/:id/representatives',
      prepare: () => ({ url: `/api/beneficiaries/${w().beneficiaryId}/representatives` }),
      expect: anyStaff(200, { advisor: 404 }),
    },
    {
      route: 'POST /api/beneficiaries/:id/representatives',
      prepare: () => ({
        url: `/api/beneficiaries/${w().beneficiaryId}/representatives`,
        payload: { userId: w().otherUserId },
      }),
      // Staff add a member account (a staff account is refused, 422: representatives.test.ts);
      // the admin adds it first (201), for the others it is there already (200).
      expect: anyStaff(200, { admin: 201, advisor: 404 }),
    },
    {
      route: 'DELETE /api/beneficiaries/:id/representatives/:userId',
      prepare: async () => {
        const other = { id: w().otherUserId } as TestUser;
        const { id } = await createBeneficiary(w().ctx, { representatives: [w().users.member, other] });
        return { url: `/api/beneficiaries/${id}/representatives/${other.id}` };
      },
      expect: anyStaff(204, { advisor: 404 }),
    },
  ],
});
