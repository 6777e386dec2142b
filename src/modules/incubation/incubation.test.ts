import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/factories.ts';
import { call, type TestUser } from '../../../test/helpers.ts';
import {
  admin,
  beneficiaryId,
  coordinator,
  ctx,
  makeInitiative,
  member,
  mentor,
  observer,
  otherAdvisor,
  otherMember,
  setupIncubation,
  stage,
} from './incubation.test-support.ts';

setupIncubation();

describe('who may do what', () => {
  type RoleName =
    | 'admin'
    | 'coordinator'
    | 'mentor'
    | 'otherAdvisor'
    | 'member'
    | 'otherMember'
    | 'observer'
    | 'anonymous';
  const roles: RoleName[] = [
    'admin',
    'coordinator',
    'mentor',
    'otherAdvisor',
    'member',
    'otherMember',
    'observer',
    'anonymous',
  ];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, mentor, otherAdvisor, member, otherMember, observer, anonymous: null })[role];
  type Request = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object };

  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'POST /initiatives',
      request: async () => ({
        method: 'POST',
        url: '/api/initiatives',
        payload: { beneficiaryId, title: 'Nowa' },
      }),
      expected: [201, 201, 403, 403, 403, 403, 403, 401],
    },
    {
      name: 'GET /initiatives',
      request: async () => ({ method: 'GET', url: '/api/initiatives' }),
      expected: [200, 200, 200, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /initiatives/:id',
      request: async () => ({ method: 'GET', url: `/api/initiatives/${(await makeInitiative()).id}` }),
      expected: [200, 200, 200, 404, 200, 404, 403, 401],
    },
    {
      name: 'PATCH /initiatives/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/initiatives/${(await makeInitiative()).id}`,
        payload: { nextStep: 'Zadzwonić' },
      }),
      expected: [200, 200, 200, 404, 403, 404, 403, 401],
    },
    {
      name: 'POST /initiatives/:id/stage',
      request: async () => ({
        method: 'POST',
        url: `/api/initiatives/${(await makeInitiative()).id}/stage`,
        payload: { stage: 'planning' },
      }),
      expected: [200, 200, 200, 404, 403, 404, 403, 401],
    },
    {
      name: 'POST /initiatives/:id/notes',
      request: async () => ({
        method: 'POST',
        url: `/api/initiatives/${(await makeInitiative()).id}/notes`,
        payload: { body: 'Notatka' },
      }),
      expected: [201, 201, 201, 404, 403, 404, 403, 401],
    },
    {
      name: 'POST /initiatives/:id/links',
      request: async () => ({
        method: 'POST',
        url: `/api/initiatives/${(await makeInitiative()).id}/links`,
        payload: { kind: 'other', label: 'Warsztaty' },
      }),
      expected: [201, 201, 201, 404, 403, 404, 403, 401],
    },
    {
      name: 'DELETE /initiatives/:id/links/:linkId',
      request: async () => {
        const { id } = await makeInitiative();
        const link = await call(ctx, {
          method: 'POST',
          url: `/api/initiatives/${id}/links`,
          as: admin,
          payload: { kind: 'other', label: 'x' },
        });
        return { method: 'DELETE', url: `/api/initiatives/${id}/links/${link.body.id}` };
      },
      expected: [204, 204, 204, 404, 403, 404, 403, 401],
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
});

describe('bad input', () => {
  it('answers unknown or malformed ids with 404 and odd bodies with 422', async () => {
    expect(
      (await call(ctx, { method: 'GET', url: `/api/initiatives/${UNKNOWN_ID}`, as: admin })).status,
    ).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/initiatives/abc', as: admin })).status).toBe(404);
    expect((await stage(UNKNOWN_ID, admin, { stage: 'planning' })).status).toBe(404);
    const { id } = await makeInitiative();
    for (const payload of [{ nextStepDate: '2026-02-30' }, { title: '' }, { unknown: 1 }, { nextStep: 5 }]) {
      expect(
        (await call(ctx, { method: 'PATCH', url: `/api/initiatives/${id}`, as: admin, payload })).status,
        JSON.stringify(payload),
      ).toBe(422);
    }
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(body.paths['/api/initiatives/{id}/stage'].post.tags).toEqual(['incubation']);
  });
});
