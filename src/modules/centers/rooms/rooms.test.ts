import { beforeAll, describe, expect, it } from 'vitest';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { type CentersKit, centersKit, paths, UNKNOWN_ID } from '../centers.test-support.ts';

let ctx: TestContext;
let admin: TestUser;
let createCenter: CentersKit['createCenter'];
let createRoom: CentersKit['createRoom'];

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  ({ createCenter, createRoom } = centersKit(ctx, admin));
});

describe('rooms', () => {
  it('creates, reads, lists, changes and retires rooms', async () => {
    const center = await createCenter();
    const created = await call(ctx, {
      method: 'POST',
      url: '/api/rooms',
      as: admin,
      payload: {
        centerId: center.id,
        name: 'Sala konferencyjna',
        capacity: 40,
        amenities: ['rzutnik', 'nagłośnienie', 'rzutnik', ' tablica '],
        accessible: true,
        autoApprove: true,
        description: 'Parter, wejście od podwórza.',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      centerId: center.id,
      name: 'Sala konferencyjna',
      capacity: 40,
      amenities: ['rzutnik', 'nagłośnienie', 'tablica'],
      accessible: true,
      autoApprove: true,
      description: 'Parter, wejście od podwórza.',
      active: true,
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });
    const plain = await createRoom(center.id, { name: 'Pokój cichy' });
    expect(plain).toMatchObject({ amenities: [], accessible: false, autoApprove: false, description: null });

    const read = await call(ctx, { method: 'GET', url: `/api/rooms/${created.body.id}` });
    expect(read.body).toEqual(created.body);

    const list = await call(ctx, { method: 'GET', url: `/api/rooms?centerId=${center.id}` });
    expect(list.body.items.map((room: { name: string }) => room.name)).toEqual([
      'Pokój cichy',
      'Sala konferencyjna',
    ]);

    const retired = await call(ctx, {
      method: 'PATCH',
      url: `/api/rooms/${plain.id}`,
      as: admin,
      payload: { active: false, capacity: 4, amenities: [] },
    });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ active: false, capacity: 4, amenities: [], name: 'Pokój cichy' });
    const active = await call(ctx, { method: 'GET', url: `/api/rooms?centerId=${center.id}` });
    expect(active.body.items.map((room: { id: string }) => room.id)).toEqual([created.body.id]);
    const everything = await call(ctx, {
      method: 'GET',
      url: `/api/rooms?centerId=${center.id}&includeInactive=true&limit=1`,
    });
    expect(everything.body.items.map((room: { id: string }) => room.id)).toEqual([plain.id]);
    const next = await call(ctx, {
      method: 'GET',
      url: `/api/rooms?centerId=${center.id}&includeInactive=true&limit=1&cursor=${everything.body.nextCursor}`,
    });
    expect(next.body.items.map((room: { id: string }) => room.id)).toEqual([created.body.id]);

    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=room&entityId=${plain.id}`,
      as: admin,
    });
    expect(audit.body.items[0]).toMatchObject({ action: 'update' });
    expect(audit.body.items[0].fields.sort()).toEqual(['active', 'amenities', 'capacity']);

    const all = await call(ctx, { method: 'GET', url: '/api/rooms?limit=200' });
    expect(all.body.items.map((room: { id: string }) => room.id)).toContain(created.body.id);
    expect((await call(ctx, { method: 'GET', url: '/api/rooms?centerId=nope' })).body.items).toEqual([]);
  });

  it('refuses invalid rooms with 422 and unknown rooms with 404', async () => {
    const center = await createCenter();
    const base = { centerId: center.id, name: 'Sala', capacity: 10 };
    const cases: [Record<string, unknown>, string][] = [
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: -5 }, 'capacity'],
      [{ capacity: 10_001 }, 'capacity'],
      [{ capacity: 2.5 }, 'capacity'],
      [{ capacity: '10' }, 'capacity'],
      [{ capacity: undefined }, 'capacity'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ amenities: Array.from({ length: 31 }, (_, i) => `a${i}`) }, 'amenities'],
      [{ amenities: ['x'.repeat(51)] }, 'amenities.0'],
      [{ amenities: [''] }, 'amenities.0'],
      [{ amenities: 'rzutnik' }, 'amenities'],
      [{ accessible: 'yes' }, 'accessible'],
      [{ centerId: UNKNOWN_ID }, 'centerId'],
      [{ centerId: 'not-an-id' }, 'centerId'],
      [{ centerId: 42 }, 'centerId'],
      [{ active: false }, ''],
    ];
    for (const [fields, path] of cases) {
      const { status, body } = await call(ctx, {
        method: 'POST',
        url: '/api/rooms',
        as: admin,
        payload: { ...base, ...fields },
      });
      expect(status, JSON.stringify(fields).slice(0, 80)).toBe(422);
      expect(paths(body)).toContain(path);
    }
    const room = await createRoom(center.id);
    for (const [payload, path] of [
      [{ capacity: 0 }, 'capacity'],
      [{ centerId: center.id }, ''],
      [{ active: 'no' }, 'active'],
    ] as const) {
      const { status, body } = await call(ctx, {
        method: 'PATCH',
        url: `/api/rooms/${room.id}`,
        as: admin,
        payload,
      });
      expect(status).toBe(422);
      expect(paths(body)).toContain(path);
    }
    for (const id of [UNKNOWN_ID, 'not-an-id']) {
      expect((await call(ctx, { method: 'GET', url: `/api/rooms/${id}` })).status).toBe(404);
      const patch = await call(ctx, {
        method: 'PATCH',
        url: `/api/rooms/${id}`,
        as: admin,
        payload: { name: 'x' },
      });
      expect(patch.status).toBe(404);
    }
  });
});
