import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/factories.ts';
import { call } from '../../../test/helpers.ts';
import { admin, ctx, setupVolunteering } from './volunteering.test-support.ts';

setupVolunteering();

// Who gets in, role by role, for every route: test/permissions/volunteering.table.ts and applications.table.ts.
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
