import { beforeAll, describe, expect, it } from 'vitest';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../../test/helpers.ts';
import { type CentersKit, centersKit, EVERY_DAY, paths, UNKNOWN_ID } from '../centers.test-support.ts';

let ctx: TestContext;
let admin: TestUser;
let createCenter: CentersKit['createCenter'];
let createRoom: CentersKit['createRoom'];

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  ({ createCenter, createRoom } = centersKit(ctx, admin));
});

describe('centres', () => {
  it('creates a centre with the default hours and zone, and reads it back in public', async () => {
    const created = await call(ctx, {
      method: 'POST',
      url: '/api/centers',
      as: admin,
      payload: { name: 'Centrum Obywatelskie Reymonta', address: 'ul. Reymonta 20, 30-059 Kraków' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Centrum Obywatelskie Reymonta',
      address: 'ul. Reymonta 20, 30-059 Kraków',
      district: null,
      timezone: 'Europe/Warsaw',
      openingHours: EVERY_DAY([['08:00', '20:00']]),
      openHolidays: [],
      email: null,
      phone: null,
      description: null,
      accessibility: null,
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });

    const read = await call(ctx, { method: 'GET', url: `/api/centers/${created.body.id}` });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('keeps every given field', async () => {
    const openingHours = {
      ...EVERY_DAY([
        ['08:00', '12:00'],
        ['13:00', '24:00'],
      ]),
      sun: [],
    };
    const center = await createCenter({
      name: 'Centrum Obywatelskie Nowa Huta',
      address: 'os. Centrum C 10, Kraków',
      district: 18,
      timezone: 'europe/warsaw',
      openingHours,
      openHolidays: ['2026-11-11', '2026-05-03', '2026-11-11'],
      email: 'nowahuta@example.org',
      phone: '+48 12 000 00 00',
      description: 'Drugie centrum, w Nowej Hucie.',
    });
    expect(center).toMatchObject({
      district: 18,
      timezone: 'Europe/Warsaw',
      openingHours,
      openHolidays: ['2026-05-03', '2026-11-11'],
      email: 'nowahuta@example.org',
      phone: '+48 12 000 00 00',
      description: 'Drugie centrum, w Nowej Hucie.',
    });
  });

  it('lists centres by name and pages through them', async () => {
    await createCenter({ name: 'AAA pierwsze' });
    await createCenter({ name: 'AAB drugie' });
    const first = await call(ctx, { method: 'GET', url: '/api/centers?limit=1' });
    expect(first.status).toBe(200);
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['AAA pierwsze']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(ctx, {
      method: 'GET',
      url: `/api/centers?limit=1&cursor=${first.body.nextCursor}`,
    });
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(['AAB drugie']);

    const all = await call(ctx, { method: 'GET', url: '/api/centers?limit=200' });
    expect(all.body.nextCursor).toBeNull();
    const names = all.body.items.map((c: { name: string }) => c.name);
    expect(names.slice(0, 2)).toEqual(['AAA pierwsze', 'AAB drugie']);

    const badCursor = await call(ctx, { method: 'GET', url: '/api/centers?cursor=nonsense' });
    expect(badCursor.status).toBe(400);
  });

  it('changes a centre, records who changed which fields, and answers unknown ids with 404', async () => {
    const center = await createCenter();
    const patched = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${center.id}`,
      as: admin,
      payload: {
        name: 'Centrum Obywatelskie (nowa nazwa)',
        district: 5,
        openingHours: { ...EVERY_DAY([['09:00', '17:00']]), sat: [], sun: [] },
        email: null,
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id: center.id,
      name: 'Centrum Obywatelskie (nowa nazwa)',
      district: 5,
      address: center.address,
      openingHours: { mon: [['09:00', '17:00']], sat: [], sun: [] },
    });
    expect(new Date(patched.body.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(center.updatedAt as string).getTime(),
    );

    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=center&entityId=${center.id}`,
      as: admin,
    });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['update', 'create']);
    expect(audit.body.items[0].fields.sort()).toEqual(['district', 'email', 'name', 'openingHours']);
    expect(audit.body.items[0].actor.id).toBe(admin.id);

    for (const id of [UNKNOWN_ID, 'not-an-id']) {
      expect((await call(ctx, { method: 'GET', url: `/api/centers/${id}` })).status).toBe(404);
      const patch = await call(ctx, {
        method: 'PATCH',
        url: `/api/centers/${id}`,
        as: admin,
        payload: { name: 'x' },
      });
      expect(patch.status).toBe(404);
      expect(patch.body.error.code).toBe('not_found');
    }
  });
});

describe('centre validation', () => {
  const post = (payload: unknown) =>
    call(ctx, { method: 'POST', url: '/api/centers', as: admin, payload: payload as object });
  const base = { name: 'Centrum', address: 'ul. Testowa 1' };

  it.each([
    ['an hour past 24:00', { mon: [['08:00', '25:00']] }, 'openingHours.mon.0.1'],
    ['24:30', { mon: [['08:00', '24:30']] }, 'openingHours.mon.0.1'],
    ['a time without minutes', { tue: [['8', '20:00']] }, 'openingHours.tue.0.0'],
    ['an interval of three times', { wed: [['08:00', '12:00', '16:00']] }, 'openingHours.wed.0'],
    ['a missing day', { sun: undefined }, 'openingHours.sun'],
    ['an unknown day', { holiday: [] }, 'openingHours'],
    ['a day that is not a list', { fri: '08:00-20:00' }, 'openingHours.fri'],
  ])('refuses %s in the hours with 422', async (_, days, path) => {
    const openingHours = { ...EVERY_DAY([['08:00', '20:00']]), ...days };
    const { status, body } = await post({ ...base, openingHours });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(paths(body)).toContain(path);
  });

  it.each([
    ['starts at its end', { mon: [['10:00', '10:00']] }, ['openingHours.mon.0']],
    ['ends before it starts', { thu: [['20:00', '08:00']] }, ['openingHours.thu.0']],
    [
      'overlaps the one before',
      {
        tue: [
          ['08:00', '12:00'],
          ['11:00', '16:00'],
        ],
      },
      ['openingHours.tue.1'],
    ],
    [
      'touches the one before',
      {
        sat: [
          ['08:00', '12:00'],
          ['12:00', '16:00'],
        ],
      },
      ['openingHours.sat.1'],
    ],
    [
      'is out of order',
      {
        mon: [
          ['14:00', '16:00'],
          ['08:00', '12:00'],
        ],
        sun: [['18:00', '09:00']],
      },
      ['openingHours.mon.1', 'openingHours.sun.0'],
    ],
  ])('refuses an interval that %s with 422 at its path', async (_, days, expected) => {
    const { status, body } = await post({ ...base, openingHours: { ...EVERY_DAY([]), ...days } });
    expect(status).toBe(422);
    expect(paths(body)).toEqual(expected);
    expect(body.error.details[0].message).toEqual(expect.any(String));
  });

  it('answers in Polish when asked', async () => {
    const { body } = await call(ctx, {
      method: 'POST',
      url: '/api/centers',
      as: admin,
      headers: { 'accept-language': 'pl' },
      payload: { ...base, openingHours: { ...EVERY_DAY([]), mon: [['10:00', '09:00']] } },
    });
    expect(body.error.details[0].message).toMatch(/przedział/);
  });

  it.each([
    ['an unknown zone', { timezone: 'Europe/Nowhere' }, 'timezone'],
    ['an offset instead of a zone', { timezone: '+01:00' }, 'timezone'],
    ['an empty zone', { timezone: '' }, 'timezone'],
    ['district 0', { district: 0 }, 'district'],
    ['district 19', { district: 19 }, 'district'],
    ['a fractional district', { district: 2.5 }, 'district'],
    ['a district as text', { district: '5' }, 'district'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a huge name', { name: 'x'.repeat(10_000) }, 'name'],
    ['a huge description', { description: 'x'.repeat(100_000) }, 'description'],
    ['a name of the wrong type', { name: 123 }, 'name'],
    ['a missing address', { address: undefined }, 'address'],
    ['a bad e-mail', { email: 'not an e-mail' }, 'email'],
    ['an unknown field', { owner: 'me' }, ''],
    ['an ordinary day as an open holiday', { openHolidays: ['2026-11-12'] }, 'openHolidays.0'],
    ['a date that does not exist', { openHolidays: ['2026-02-30'] }, 'openHolidays.0'],
    ['a date in another format', { openHolidays: ['11.11.2026'] }, 'openHolidays.0'],
    ['hours that are not an object', { openingHours: 'always' }, 'openingHours'],
  ])('refuses %s with 422', async (_, fields, path) => {
    const { status, body } = await post({ ...base, ...fields });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(paths(body)).toContain(path);
  });

  it('answers bodies that are not JSON objects with 400 or 422, never 5xx', async () => {
    const malformed = await call(ctx, {
      method: 'POST',
      url: '/api/centers',
      as: admin,
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    for (const payload of ['[]', '"text"', 'null', '42']) {
      const { status } = await call(ctx, {
        method: 'POST',
        url: '/api/centers',
        as: admin,
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect([400, 422]).toContain(status);
    }
  });

  it('validates a PATCH the same way', async () => {
    const center = await createCenter();
    const cases: [Record<string, unknown>, string][] = [
      [{ openingHours: { ...EVERY_DAY([]), fri: [['07:00', '06:00']] } }, 'openingHours.fri.0'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ openHolidays: ['2026-11-11', '2026-11-13'] }, 'openHolidays.1'],
      [{ name: '' }, 'name'],
      [{ id: UNKNOWN_ID }, ''],
    ];
    for (const [payload, path] of cases) {
      const { status, body } = await call(ctx, {
        method: 'PATCH',
        url: `/api/centers/${center.id}`,
        as: admin,
        payload,
      });
      expect(status).toBe(422);
      expect(paths(body)).toContain(path);
    }
    const unchanged = await call(ctx, { method: 'GET', url: `/api/centers/${center.id}` });
    expect(unchanged.body).toEqual(center);
  });
});

describe('who may change centres and rooms', () => {
  type Who = 'admin' | 'coordinator' | 'otherCoordinator' | 'advisor' | 'member' | 'observer' | 'anonymous';
  const users = {} as Record<Who, TestUser | null>;
  let center: { id: string };
  let room: { id: string };

  beforeAll(async () => {
    center = await createCenter({ name: 'Centrum ról' });
    const otherCenter = await createCenter({ name: 'Inne centrum' });
    room = await createRoom(center.id);
    users.admin = admin;
    users.coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [center.id] });
    users.otherCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [otherCenter.id] });
    users.advisor = await makeUser(ctx, ['advisor']);
    users.member = await makeUser(ctx, ['member']);
    users.observer = await makeUser(ctx, ['observer']);
    users.anonymous = null;
  });

  const refused = { otherCoordinator: 403, advisor: 403, member: 403, observer: 403, anonymous: 401 };
  const endpoints: {
    name: string;
    expected: Record<Who, number>;
    request: () => Promise<{ method: 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }>;
  }[] = [
    {
      name: 'POST /api/centers',
      expected: { admin: 201, coordinator: 403, ...refused },
      request: async () => ({
        method: 'POST',
        url: '/api/centers',
        payload: { name: 'Nowe centrum', address: 'ul. Nowa 1' },
      }),
    },
    {
      name: 'PATCH /api/centers/:id',
      expected: { admin: 200, coordinator: 200, ...refused },
      request: async () => ({
        method: 'PATCH',
        url: `/api/centers/${center.id}`,
        payload: { phone: '+48 12 111 11 11' },
      }),
    },
    {
      name: 'POST /api/centers/:id/closures',
      expected: { admin: 201, coordinator: 201, ...refused },
      request: async () => ({
        method: 'POST',
        url: `/api/centers/${center.id}/closures`,
        payload: { from: '2027-01-02', to: '2027-01-03', reason: 'Przerwa' },
      }),
    },
    {
      name: 'DELETE /api/centers/:id/closures/:closureId',
      expected: { admin: 204, coordinator: 204, ...refused },
      request: async () => {
        const closure = await call(ctx, {
          method: 'POST',
          url: `/api/centers/${center.id}/closures`,
          as: admin,
          payload: { from: '2027-02-01', to: '2027-02-01', reason: 'Do usunięcia' },
        });
        return { method: 'DELETE', url: `/api/centers/${center.id}/closures/${closure.body.id}` };
      },
    },
    {
      name: 'POST /api/rooms',
      expected: { admin: 201, coordinator: 201, ...refused },
      request: async () => ({
        method: 'POST',
        url: '/api/rooms',
        payload: { centerId: center.id, name: 'Sala nowa', capacity: 12 },
      }),
    },
    {
      name: 'PATCH /api/rooms/:id',
      expected: { admin: 200, coordinator: 200, ...refused },
      request: async () => ({ method: 'PATCH', url: `/api/rooms/${room.id}`, payload: { capacity: 25 } }),
    },
  ];

  for (const endpoint of endpoints) {
    it(`${endpoint.name}: ${JSON.stringify(endpoint.expected)}`, async () => {
      for (const [who, expected] of Object.entries(endpoint.expected) as [Who, number][]) {
        const { status, body } = await call(ctx, { ...(await endpoint.request()), as: users[who] });
        expect({ who, status, code: body?.error?.code }).toMatchObject({ who, status: expected });
      }
    });
  }

  it('lets a coordinator of another centre create nothing there, and a coordinator no centres', async () => {
    const coordinator = users.coordinator as TestUser;
    const elsewhere = await createCenter({ name: 'Centrum obce' });
    const room = await call(ctx, {
      method: 'POST',
      url: '/api/rooms',
      as: coordinator,
      payload: { centerId: elsewhere.id, name: 'Sala', capacity: 5 },
    });
    expect(room.status).toBe(403);
    const rooms = await call(ctx, { method: 'GET', url: `/api/rooms?centerId=${elsewhere.id}` });
    expect(rooms.body.items).toEqual([]);
  });

  it('lets everyone, signed in or not, read centres, closures, days and rooms', async () => {
    for (const who of ['anonymous', 'member', 'observer'] as Who[]) {
      for (const url of [
        '/api/centers',
        `/api/centers/${center.id}`,
        `/api/centers/${center.id}/closures`,
        `/api/centers/${center.id}/days?from=2026-12-01&to=2026-12-31`,
        '/api/rooms',
        `/api/rooms?centerId=${center.id}`,
        `/api/rooms/${room.id}`,
      ]) {
        const { status } = await call(ctx, { method: 'GET', url, as: users[who] });
        expect({ who, url, status }).toEqual({ who, url, status: 200 });
      }
    }
  });
});

describe('OpenAPI', () => {
  it('describes the centre and room endpoints', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/centers',
        '/api/centers/{id}',
        '/api/centers/{id}/closures',
        '/api/centers/{id}/closures/{closureId}',
        '/api/centers/{id}/days',
        '/api/rooms',
        '/api/rooms/{id}',
      ]),
    );
    expect(body.paths['/api/centers'].post.tags).toEqual(['centers']);
    expect(body.paths['/api/rooms/{id}'].patch.tags).toEqual(['rooms']);
    expect(body.paths['/api/centers/{id}/days'].get.responses['200']).toBeDefined();
  });
});

describe("the building's accessibility", () => {
  it('is kept, changed and cleared by staff, and read in public', async () => {
    const text =
      'Wejście bez progów od ul. Reymonta; winda do wszystkich pięter; toaleta dla osób z niepełnosprawnościami na parterze.';
    const created = await call(ctx, {
      method: 'POST',
      url: '/api/centers',
      as: admin,
      payload: { name: 'Centrum z opisem', address: 'ul. Testowa 2', accessibility: text },
    });
    expect(created.body.accessibility).toBe(text);
    const changed = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${created.body.id}`,
      as: admin,
      payload: { accessibility: 'Pętla indukcyjna w sali konferencyjnej.' },
    });
    expect(changed.body.accessibility).toBe('Pętla indukcyjna w sali konferencyjnej.');
    const read = await call(ctx, { method: 'GET', url: `/api/centers/${created.body.id}` });
    expect(read.body.accessibility).toBe('Pętla indukcyjna w sali konferencyjnej.');
    const cleared = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${created.body.id}`,
      as: admin,
      payload: { accessibility: '  ' },
    });
    expect(cleared.body.accessibility).toBeNull();
    const tooLong = await call(ctx, {
      method: 'PATCH',
      url: `/api/centers/${created.body.id}`,
      as: admin,
      payload: { accessibility: 'x'.repeat(5001) },
    });
    expect(tooLong.status).toBe(422);
  });
});
