import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/factories.ts';
import { call, type TestUser } from '../../../test/helpers.ts';
import {
  admin,
  advisor,
  coordinator,
  ctx,
  makeApplication,
  makeOffer,
  makeVolunteer,
  observer,
  organizationId,
  orgMember,
  otherMember,
  person,
  setupVolunteering,
  today,
  volunteerMember,
} from './volunteering.test-support.ts';

setupVolunteering();

describe('who may do what', () => {
  type RoleName =
    | 'admin'
    | 'coordinator'
    | 'advisor'
    | 'orgMember'
    | 'volunteerMember'
    | 'otherMember'
    | 'observer'
    | 'anonymous';
  const roles: RoleName[] = [
    'admin',
    'coordinator',
    'advisor',
    'orgMember',
    'volunteerMember',
    'otherMember',
    'observer',
    'anonymous',
  ];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, advisor, orgMember, volunteerMember, otherMember, observer, anonymous: null })[
      role
    ];
  type Request = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };

  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'GET /volunteer-skills',
      request: async () => ({ method: 'GET', url: '/api/volunteer-skills' }),
      expected: [200, 200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: 'POST /volunteers',
      request: async () => ({
        method: 'POST',
        url: '/api/volunteers',
        payload: { beneficiaryId: await person(), skills: ['it'] },
      }),
      expected: [201, 201, 403, 403, 201, 403, 403, 401],
    },
    {
      name: 'GET /volunteers',
      request: async () => ({ method: 'GET', url: '/api/volunteers' }),
      expected: [200, 200, 403, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /volunteers/:id',
      request: async () => ({ method: 'GET', url: `/api/volunteers/${(await makeVolunteer()).id}` }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'PATCH /volunteers/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/volunteers/${(await makeVolunteer()).id}`,
        payload: { hoursPerWeek: 2 },
      }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'GET /volunteers/:id/matches',
      request: async () => ({ method: 'GET', url: `/api/volunteers/${(await makeVolunteer()).id}/matches` }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'GET /volunteers/:id/applications',
      request: async () => ({
        method: 'GET',
        url: `/api/volunteers/${(await makeVolunteer()).id}/applications`,
      }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'POST /volunteer-offers',
      request: async () => ({
        method: 'POST',
        url: '/api/volunteer-offers',
        payload: { organizationId, title: 'Oferta', skills: ['it'], volunteersNeeded: 1 },
      }),
      expected: [201, 201, 403, 201, 403, 403, 403, 401],
    },
    {
      name: 'GET /volunteer-offers',
      request: async () => ({ method: 'GET', url: '/api/volunteer-offers' }),
      expected: [200, 200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /volunteer-offers/:id',
      request: async () => ({ method: 'GET', url: `/api/volunteer-offers/${(await makeOffer()).id}` }),
      expected: [200, 200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: 'PATCH /volunteer-offers/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/volunteer-offers/${(await makeOffer()).id}`,
        payload: { volunteersNeeded: 4 },
      }),
      expected: [200, 200, 403, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /volunteer-offers/:id/matches',
      request: async () => ({
        method: 'GET',
        url: `/api/volunteer-offers/${(await makeOffer()).id}/matches`,
      }),
      expected: [200, 200, 403, 200, 403, 403, 403, 401],
    },
    {
      name: 'POST /volunteer-offers/:id/applications',
      request: async () => ({
        method: 'POST',
        url: `/api/volunteer-offers/${(await makeOffer()).id}/applications`,
        payload: { volunteerId: (await makeVolunteer()).id },
      }),
      expected: [201, 201, 403, 403, 201, 403, 403, 401],
    },
    {
      name: 'GET /volunteer-offers/:id/applications',
      request: async () => ({
        method: 'GET',
        url: `/api/volunteer-offers/${(await makeOffer()).id}/applications`,
      }),
      expected: [200, 200, 403, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /applications/:id',
      request: async () => ({ method: 'GET', url: `/api/applications/${(await makeApplication()).id}` }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/accept',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication()).id}/accept`,
      }),
      expected: [200, 200, 403, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/decline',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication()).id}/decline`,
      }),
      expected: [200, 200, 403, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/complete',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication('accepted')).id}/complete`,
      }),
      expected: [200, 200, 403, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/hours',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication('accepted')).id}/hours`,
        payload: { date: today(), hours: 1 },
      }),
      expected: [201, 201, 403, 201, 201, 404, 403, 401],
    },
    {
      name: 'GET /applications/:id/hours',
      request: async () => ({
        method: 'GET',
        url: `/api/applications/${(await makeApplication('accepted')).id}/hours`,
      }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
    },
    {
      name: 'GET /applications/:id/agreement.pdf',
      request: async () => ({
        method: 'GET',
        url: `/api/applications/${(await makeApplication('accepted')).id}/agreement.pdf`,
      }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
    },
    {
      name: 'GET /applications/:id/certificate.pdf',
      request: async () => ({
        method: 'GET',
        url: `/api/applications/${(await makeApplication('accepted')).id}/certificate.pdf`,
      }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
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
  it('answers unknown ids with 404 and malformed ones without a 5xx', async () => {
    for (const url of [
      `/api/volunteers/${UNKNOWN_ID}`,
      '/api/volunteers/not-an-id',
      `/api/applications/${UNKNOWN_ID}`,
      `/api/applications/x/agreement.pdf`,
      `/api/volunteer-offers/${UNKNOWN_ID}/matches`,
    ]) {
      expect((await call(ctx, { method: 'GET', url, as: admin })).status, url).toBe(404);
    }
    const junk = await call(ctx, {
      method: 'POST',
      url: `/api/volunteer-offers/${UNKNOWN_ID}/applications`,
      as: admin,
      payload: { volunteerId: 'x' },
    });
    expect(junk.status).toBe(404);
    const query = await call(ctx, { method: 'GET', url: '/api/volunteer-offers?district=abc' });
    expect(query.status).toBe(400);
  });

  it('describes every volunteering route in the OpenAPI document', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(body.paths['/api/volunteer-offers/{id}/matches'].get.tags).toEqual(['volunteering']);
    expect(body.paths['/api/applications/{id}/hours'].post.requestBody).toBeDefined();
  });
});
