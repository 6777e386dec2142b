import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/factories.ts';
import { call } from '../../../test/helpers.ts';
import { admin, ctx, setupKnowledgeTests, upload } from './knowledge.test-support.ts';

setupKnowledgeTests();

// Who gets in, role by role, for every route: test/permissions/knowledge.table.ts.
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
