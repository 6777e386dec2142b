import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/factories.ts';
import { call } from '../../../test/helpers.ts';
import { admin, ctx, makeInitiative, setupIncubation, stage } from './incubation.test-support.ts';

setupIncubation();

// Who gets in, role by role, for every route: test/permissions/incubation.table.ts.
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
