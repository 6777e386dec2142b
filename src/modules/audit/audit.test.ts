import { beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary, createCenter, createRoom } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinatorA: TestUser;
let centerA: string;
let centerB: string;
let roomA: string;
let roomB: string;
let beneficiary: string;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerA = (await createCenter(ctx, admin, { name: 'Centrum Reymonta' })).id;
  centerB = (await createCenter(ctx, admin, { name: 'Centrum Nowa Huta' })).id;
  coordinatorA = await makeUser(ctx, ['coordinator'], { centerIds: [centerA] });
  roomA = (await createRoom(ctx, admin, centerA, { name: 'Sala A' })).id;
  roomB = (await createRoom(ctx, admin, centerB, { name: 'Sala B' })).id;
  beneficiary = (await createBeneficiary(ctx, { name: 'Stowarzyszenie Audytowe' })).id;
  // A change in each centre and one of the whole network, all by the admin.
  for (const [url, payload] of [
    [`/api/rooms/${roomA}`, { capacity: 21 }],
    [`/api/rooms/${roomB}`, { capacity: 22 }],
    [`/api/beneficiaries/${beneficiary}`, { district: 3 }],
  ] as const) {
    const { status, body } = await call(ctx, { method: 'PATCH', url, payload, as: admin });
    expect(status, JSON.stringify(body)).toBe(200);
  }
});

const entries = async (as: TestUser, query = '') => {
  const { status, body } = await call(ctx, { method: 'GET', url: `/api/audit?limit=200${query}`, as });
  expect(status).toBe(200);
  return body.items as {
    entity: string;
    entityId: string;
    centerId: string | null;
    actor: { id: string } | null;
  }[];
};

describe('the audit log, scoped to centres', () => {
  it('gives every entry the centre of what it records, or none for the whole network', async () => {
    const all = await entries(admin);
    const of = (entityId: string) => all.filter((entry) => entry.entityId === entityId);
    expect(of(roomA).map((entry) => entry.centerId)).toEqual(of(roomA).map(() => centerA));
    expect(of(roomB).every((entry) => entry.centerId === centerB)).toBe(true);
    expect(of(centerB)).toEqual([expect.objectContaining({ entity: 'center', centerId: centerB })]);
    expect(of(beneficiary).every((entry) => entry.centerId === null)).toBe(true);
  });

  it("shows a coordinator its own centres' entries and its own, not another centre's or the network's", async () => {
    const own = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${beneficiary}`,
      payload: { district: 4 },
      as: coordinatorA,
    });
    expect(own.status).toBe(200);
    const seen = await entries(coordinatorA);
    const ids = seen.map((entry) => entry.entityId);
    expect(ids).toContain(roomA);
    expect(ids).toContain(centerA);
    expect(ids).not.toContain(roomB);
    expect(ids).not.toContain(centerB);
    // The network entry it wrote itself, not the admin's one about the same beneficiary.
    const aboutBeneficiary = seen.filter((entry) => entry.entityId === beneficiary);
    expect(aboutBeneficiary.map((entry) => entry.actor?.id)).toEqual([coordinatorA.id]);
    for (const entry of seen)
      expect(entry.centerId === centerA || entry.actor?.id === coordinatorA.id).toBe(true);
    // Asking for the other centre gives nothing rather than its entries.
    expect(await entries(coordinatorA, `&centerId=${centerB}`)).toEqual([]);
    expect((await entries(admin, `&centerId=${centerB}`)).length).toBeGreaterThan(0);
  });
});
