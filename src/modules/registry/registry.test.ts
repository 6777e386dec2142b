import { describe, expect, it } from 'vitest';
import { createCenter } from '../../../test/factories.ts';
import { call, makeUser } from '../../../test/helpers.ts';
import {
  admin,
  advisor,
  coordinator,
  create,
  ctx,
  makeBeneficiary,
  member,
  NIL_ID,
  type Request,
  setupRegistryTests,
} from './registry.test-support.ts';

setupRegistryTests();

// Who gets in, role by role, for every route: test/permissions/registry.table.ts.
describe('who may do what', () => {
  it('shows an advisor the beneficiaries it advises, and no one else', async () => {
    const advisorUser = await makeUser(ctx, ['advisor']);
    const center = await createCenter(ctx, admin);
    const asAdmin = async (url: string, payload: object) => {
      const { status, body } = await call(ctx, { method: 'POST', url, payload, as: admin });
      expect(status, JSON.stringify(body)).toBe(201);
      return body;
    };
    const profile = await asAdmin('/api/advisors', {
      userId: advisorUser.id,
      specialties: ['legal'],
      centerIds: [center.id],
    });
    const advised = await makeBeneficiary({ representedBy: member.id });
    const stranger = await makeBeneficiary({ representedBy: member.id });
    await asAdmin('/api/engagements', {
      advisorId: profile.id,
      beneficiaryId: advised,
      kind: 'mentoring',
      goals: [{ title: 'Statut' }],
    });
    const read = (id: string) =>
      call(ctx, { method: 'GET', url: `/api/beneficiaries/${id}`, as: advisorUser });
    expect((await read(advised)).status).toBe(200);
    expect((await read(stranger)).status).toBe(404);
    const list = await call(ctx, { method: 'GET', url: '/api/beneficiaries?limit=200', as: advisorUser });
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([advised]);
    const search = await call(ctx, { method: 'GET', url: '/api/beneficiaries?q=a', as: advisorUser });
    expect(search.body.items.map((item: { id: string }) => item.id)).not.toContain(stranger);
    // The registry as a whole is the staff's: an advisor does not search it for duplicates.
    const duplicates = await call(ctx, {
      method: 'GET',
      url: '/api/beneficiaries/duplicates?name=Fundacja',
      as: advisorUser,
    });
    expect(duplicates.status).toBe(403);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/beneficiaries/${stranger}`, as: coordinator })).status,
    ).toBe(200);
  });

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
      [{ method: 'GET', url: '/api/beneficiaries/duplicates?name=' }, 400],
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
        '/api/beneficiaries/duplicates/dismiss',
        '/api/beneficiaries/{id}',
        '/api/beneficiaries/{id}/merge',
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
