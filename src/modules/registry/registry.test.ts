import { describe, expect, it } from 'vitest';
import { call, makeUser, type TestUser } from '../../../test/helpers.ts';
import {
  admin,
  advisor,
  coordinator,
  create,
  ctx,
  makeBeneficiary,
  member,
  NIL_ID,
  nextSerial,
  observer,
  type Request,
  setupRegistryTests,
} from './registry.test-support.ts';

setupRegistryTests();

describe('who may do what', () => {
  type RoleName = 'admin' | 'coordinator' | 'advisor' | 'member' | 'observer' | 'anonymous';
  const roles: RoleName[] = ['admin', 'coordinator', 'advisor', 'member', 'observer', 'anonymous'];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, advisor, member, observer, anonymous: null })[role];

  // Each request is built fresh for every role: erasing and adding representatives change state.
  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'POST /beneficiaries',
      request: async () => ({
        method: 'POST',
        url: '/api/beneficiaries',
        payload: { kind: 'organization', name: `Fundacja Uprawnień ${nextSerial()}` },
      }),
      expected: [201, 201, 403, 201, 403, 401],
    },
    {
      name: 'GET /beneficiaries',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries' }),
      expected: [200, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /beneficiaries?q=',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries?q=fundacja' }),
      expected: [200, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /beneficiaries?includeErased=true',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries?includeErased=true' }),
      expected: [200, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /beneficiaries/duplicates',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries/duplicates?name=Fundacja' }),
      expected: [200, 200, 200, 403, 403, 401],
    },
    {
      name: 'GET /beneficiaries/:id',
      request: async () => ({ method: 'GET', url: `/api/beneficiaries/${await makeBeneficiary()}` }),
      expected: [200, 200, 200, 404, 403, 401],
    },
    {
      name: 'PATCH /beneficiaries/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/beneficiaries/${await makeBeneficiary()}`,
        payload: { district: 2 },
      }),
      expected: [200, 200, 403, 404, 403, 401],
    },
    {
      name: 'DELETE /beneficiaries/:id',
      // This coordinator runs no centre the new beneficiary used: erasure is the admin's.
      request: async () => ({ method: 'DELETE', url: `/api/beneficiaries/${await makeBeneficiary()}` }),
      expected: [200, 403, 403, 404, 403, 401],
    },
    {
      name: 'GET /beneficiaries/:id/export',
      request: async () => ({ method: 'GET', url: `/api/beneficiaries/${await makeBeneficiary()}/export` }),
      expected: [200, 200, 403, 404, 403, 401],
    },
    {
      name: 'GET /beneficiaries/:id/representatives',
      request: async () => ({
        method: 'GET',
        url: `/api/beneficiaries/${await makeBeneficiary()}/representatives`,
      }),
      expected: [200, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /beneficiaries/:id/representatives',
      request: async () => ({
        method: 'POST',
        url: `/api/beneficiaries/${await makeBeneficiary()}/representatives`,
        payload: { userId: member.id },
      }),
      expected: [201, 201, 403, 404, 403, 401],
    },
    {
      name: 'DELETE /beneficiaries/:id/representatives/:userId',
      request: async () => {
        const someone = await makeUser(ctx, ['member']);
        const id = await makeBeneficiary({ representedBy: someone.id });
        return { method: 'DELETE', url: `/api/beneficiaries/${id}/representatives/${someone.id}` };
      },
      expected: [204, 204, 403, 404, 403, 401],
    },
    {
      name: 'GET /districts',
      request: async () => ({ method: 'GET', url: '/api/districts' }),
      expected: [200, 200, 200, 200, 200, 200],
    },
  ];

  for (const endpoint of endpoints) {
    it(`${endpoint.name}: ${roles.map((r, i) => `${r} ${endpoint.expected[i]}`).join(', ')}`, async () => {
      const statuses: number[] = [];
      for (const role of roles) {
        const request = await endpoint.request();
        statuses.push((await call(ctx, { ...request, as: actorOf(role) })).status);
      }
      expect(statuses).toEqual(endpoint.expected);
    });
  }

  it('gives a representing member its own beneficiary, but not erasure or representatives', async () => {
    const id = await makeBeneficiary({ representedBy: member.id });
    const requests: [Request, number][] = [
      [{ method: 'GET', url: `/api/beneficiaries/${id}` }, 200],
      [{ method: 'PATCH', url: `/api/beneficiaries/${id}`, payload: { district: 4 } }, 200],
      [{ method: 'GET', url: `/api/beneficiaries/${id}/export` }, 200],
      [{ method: 'DELETE', url: `/api/beneficiaries/${id}` }, 403],
      [{ method: 'GET', url: `/api/beneficiaries/${id}/representatives` }, 403],
      [
        { method: 'POST', url: `/api/beneficiaries/${id}/representatives`, payload: { userId: advisor.id } },
        403,
      ],
      [{ method: 'DELETE', url: `/api/beneficiaries/${id}/representatives/${member.id}` }, 403],
    ];
    for (const [request, expected] of requests) {
      const { status } = await call(ctx, { ...request, as: member });
      expect(status, `${request.method} ${request.url}`).toBe(expected);
    }
  });
});

describe('bad input', () => {
  it('answers wrong types and huge strings with 422', async () => {
    const bodies: unknown[] = [
      { kind: 'company', name: 'X' },
      { kind: 1, name: 'X' },
      { kind: 'organization' },
      { kind: 'organization', name: '' },
      { kind: 'organization', name: '   ' },
      { kind: 'organization', name: null },
      { kind: 'organization', name: 'x'.repeat(301) },
      { kind: 'organization', name: 'x'.repeat(500_000) },
      { kind: 'organization', name: 'X', email: 'not-an-email' },
      { kind: 'organization', name: 'X', phone: 'call me' },
      { kind: 'organization', name: 'X', phone: `+48 ${'1'.repeat(40)}` },
      { kind: 'organization', name: 'X', district: 0 },
      { kind: 'organization', name: 'X', district: 19 },
      { kind: 'organization', name: 'X', district: 2.5 },
      { kind: 'organization', name: 'X', district: '5' },
      { kind: 'organization', name: 'X', krs: 1234567890 },
      { kind: 'organization', name: 'X', nip: 'x'.repeat(1000) },
      { kind: 'organization', name: 'X', legalForm: 'x'.repeat(101) },
      { kind: 'organization', name: 'X', notes: 'not accepted here' },
      [],
    ];
    for (const payload of bodies) {
      const { status, body } = await create(admin, payload as Record<string, unknown>);
      expect(status, JSON.stringify(payload).slice(0, 80)).toBe(422);
      expect(body.error.code).toBe('validation_failed');
    }
  });

  it('answers malformed queries with 400 and unknown ids with 404', async () => {
    const cases: [Request, number][] = [
      [{ method: 'GET', url: '/api/beneficiaries?limit=0' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?limit=201' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?limit=abc' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?kind=company' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?district=19' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?includeErased=yes' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?cursor=zzz' }, 400],
      [
        {
          method: 'GET',
          url: `/api/beneficiaries?cursor=${Buffer.from(JSON.stringify(['2020-01-01T00:00:00Z', 'x'])).toString('base64url')}`,
        },
        400,
      ],
      [{ method: 'GET', url: `/api/beneficiaries?q=${'x'.repeat(201)}` }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?unknown=1' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries/duplicates' }, 400],
      [{ method: 'GET', url: `/api/beneficiaries/duplicates?name=${'x'.repeat(301)}` }, 400],
      [{ method: 'GET', url: '/api/beneficiaries/not-an-id' }, 404],
      [{ method: 'GET', url: `/api/beneficiaries/${NIL_ID}` }, 404],
      [{ method: 'PATCH', url: `/api/beneficiaries/${NIL_ID}`, payload: { name: 'X' } }, 404],
      [{ method: 'PATCH', url: '/api/beneficiaries/1', payload: { name: 'X' } }, 404],
      [{ method: 'DELETE', url: `/api/beneficiaries/${NIL_ID}` }, 404],
      [{ method: 'GET', url: `/api/beneficiaries/${NIL_ID}/export` }, 404],
      [{ method: 'GET', url: `/api/beneficiaries/${NIL_ID}/representatives` }, 404],
      [
        {
          method: 'POST',
          url: `/api/beneficiaries/${NIL_ID}/representatives`,
          payload: { userId: admin.id },
        },
        404,
      ],
      [{ method: 'DELETE', url: `/api/beneficiaries/${NIL_ID}/representatives/${admin.id}` }, 404],
      [{ method: 'DELETE', url: `/api/beneficiaries/${NIL_ID}/representatives/nobody` }, 404],
    ];
    for (const [request, expected] of cases) {
      const { status, body } = await call(ctx, { ...request, as: admin });
      expect(status, `${request.method} ${request.url.slice(0, 80)}`).toBe(expected);
      expect(Object.keys(body)).toEqual(['error']);
    }
  });

  it('never answers 5xx to odd but well-formed input', async () => {
    const id = await makeBeneficiary();
    const requests: Request[] = [
      { method: 'GET', url: `/api/beneficiaries?q=${encodeURIComponent("'; drop table beneficiaries; --")}` },
      { method: 'GET', url: `/api/beneficiaries?q=${encodeURIComponent('\\')}` },
      { method: 'GET', url: `/api/beneficiaries?q=${encodeURIComponent('ąęłńóśźż 🙂')}` },
      { method: 'GET', url: '/api/beneficiaries?q=%20%20' },
      { method: 'GET', url: `/api/beneficiaries/duplicates?name=${encodeURIComponent('a')}` },
      { method: 'PATCH', url: `/api/beneficiaries/${id}`, payload: { name: 'x'.repeat(300), email: null } },
      { method: 'PATCH', url: `/api/beneficiaries/${id}`, payload: { district: null, nip: '', regon: ' ' } },
      {
        method: 'POST',
        url: `/api/beneficiaries/${id}/representatives`,
        payload: { userId: 'x'.repeat(100) },
      },
      {
        method: 'POST',
        url: `/api/beneficiaries/${id}/representatives`,
        payload: { userId: 'x'.repeat(101) },
      },
      { method: 'POST', url: `/api/beneficiaries/${id}/representatives`, payload: {} },
      { method: 'GET', url: `/api/beneficiaries/${'x'.repeat(150)}` },
    ];
    for (const request of requests) {
      const { status } = await call(ctx, { ...request, as: admin });
      expect(status, `${request.method} ${request.url.slice(0, 80)}`).toBeLessThan(500);
    }
    const malformed = await call(ctx, {
      method: 'POST',
      url: '/api/beneficiaries',
      as: admin,
      headers: { 'content-type': 'application/json' },
      payload: '{"kind": ',
    });
    expect(malformed.status).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('describes every registry endpoint', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/beneficiaries',
        '/api/beneficiaries/duplicates',
        '/api/beneficiaries/{id}',
        '/api/beneficiaries/{id}/export',
        '/api/beneficiaries/{id}/representatives',
        '/api/beneficiaries/{id}/representatives/{userId}',
        '/api/districts',
      ]),
    );
    expect(body.paths['/api/beneficiaries'].post.tags).toEqual(['registry']);
    expect(body.paths['/api/beneficiaries'].get.summary).toMatch(/nextCursor null/);
  });
});
