import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/factories.ts';
import { call, type TestUser } from '../../../test/helpers.ts';
import {
  admin,
  advisor,
  coordinator,
  ctx,
  member,
  multipart,
  observer,
  setupKnowledgeTests,
  upload,
  write,
} from './knowledge.test-support.ts';

setupKnowledgeTests();

describe('who may do what', () => {
  type RoleName = 'admin' | 'coordinator' | 'advisor' | 'member' | 'observer' | 'anonymous';
  const roles: RoleName[] = ['admin', 'coordinator', 'advisor', 'member', 'observer', 'anonymous'];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, advisor, member, observer, anonymous: null })[role];
  type Request = {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  };

  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'POST /articles',
      request: async () => ({
        method: 'POST',
        url: '/api/articles',
        payload: { title: 'Nowy', body: 'x', visibility: 'public' },
      }),
      expected: [201, 201, 403, 403, 403, 401],
    },
    {
      name: 'GET /articles',
      request: async () => ({ method: 'GET', url: '/api/articles' }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /articles?q=',
      request: async () => ({ method: 'GET', url: '/api/articles?q=fundacja' }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /article-categories',
      request: async () => ({ method: 'GET', url: '/api/article-categories' }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /articles/:slug (public)',
      request: async () => ({ method: 'GET', url: `/api/articles/${(await write()).slug}` }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /articles/:slug (members)',
      request: async () => ({
        method: 'GET',
        url: `/api/articles/${(await write({ visibility: 'members' })).slug}`,
      }),
      expected: [200, 200, 200, 200, 200, 404],
    },
    {
      name: 'PATCH /articles/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/articles/${(await write()).id}`,
        payload: { body: 'Nowa treść' },
      }),
      expected: [200, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /articles/:id/revisions',
      request: async () => ({ method: 'GET', url: `/api/articles/${(await write()).id}/revisions` }),
      expected: [200, 200, 403, 403, 403, 401],
    },
    {
      name: 'POST /articles/:id/attachments',
      request: async () => ({
        method: 'POST',
        url: `/api/articles/${(await write()).id}/attachments`,
        ...multipart('a.txt', Buffer.from('tekst')),
      }),
      expected: [201, 201, 403, 403, 403, 401],
    },
    {
      name: 'GET /attachments/:id',
      request: async () => {
        const { body } = await upload((await write()).id, 'a.txt', Buffer.from('tekst'));
        return { method: 'GET', url: `/api/attachments/${body.id}` };
      },
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'DELETE /attachments/:id',
      request: async () => {
        const { body } = await upload((await write()).id, 'a.txt', Buffer.from('tekst'));
        return { method: 'DELETE', url: `/api/attachments/${body.id}` };
      },
      expected: [204, 204, 403, 403, 403, 401],
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
  it('answers unknown articles and files with 404', async () => {
    for (const url of [
      `/api/articles/${UNKNOWN_ID}`,
      '/api/articles/nie-ma-takiego',
      `/api/attachments/${UNKNOWN_ID}`,
      '/api/attachments/x',
    ]) {
      expect((await call(ctx, { method: 'GET', url })).status, url).toBe(404);
    }
    expect(
      (
        await call(ctx, {
          method: 'PATCH',
          url: `/api/articles/${UNKNOWN_ID}`,
          as: admin,
          payload: { body: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await upload(UNKNOWN_ID, 'a.txt', Buffer.from('x'))).status).toBe(404);
  });

  it('describes the knowledge routes in the OpenAPI document', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(body.paths['/api/articles'].get.tags).toEqual(['knowledge']);
    expect(Object.keys(body.paths['/api/articles/{id}/attachments'].post.requestBody.content)).toEqual([
      'multipart/form-data',
    ]);
  });
});
