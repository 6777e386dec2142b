import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../../test/factories.ts';
import { call } from '../../../../test/helpers.ts';
import { coordinator, ctx, makeInitiative, mentor, setupIncubation } from '../incubation.test-support.ts';

setupIncubation();

describe('links', () => {
  it('links the services the initiative used', async () => {
    const { id } = await makeInitiative();
    const article = await call(ctx, {
      method: 'POST',
      url: '/api/articles',
      as: coordinator,
      payload: { title: 'Jak założyć grupę nieformalną', body: 'x', visibility: 'public' },
    });
    const linked = await call(ctx, {
      method: 'POST',
      url: `/api/initiatives/${id}/links`,
      as: mentor,
      payload: { kind: 'article', refId: article.body.id, label: 'Poradnik o grupach' },
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({
      kind: 'article',
      refId: article.body.id,
      label: 'Poradnik o grupach',
    });
    const other = await call(ctx, {
      method: 'POST',
      url: `/api/initiatives/${id}/links`,
      as: coordinator,
      payload: { kind: 'booking', refId: UNKNOWN_ID, label: 'Sala na spotkanie założycielskie' },
    });
    expect(other.status).toBe(201);
    const free = await call(ctx, {
      method: 'POST',
      url: `/api/initiatives/${id}/links`,
      as: coordinator,
      payload: { kind: 'other', label: 'Szkolenie w MCK' },
    });
    expect(free.body.refId).toBeNull();
    for (const payload of [
      { kind: 'article', refId: UNKNOWN_ID, label: 'x' },
      { kind: 'booking', refId: 'abc', label: 'x' },
      { kind: 'party', label: 'x' },
      { kind: 'other', label: '' },
    ]) {
      expect(
        (await call(ctx, { method: 'POST', url: `/api/initiatives/${id}/links`, as: coordinator, payload }))
          .status,
        JSON.stringify(payload),
      ).toBe(422);
    }
    const detail = await call(ctx, { method: 'GET', url: `/api/initiatives/${id}`, as: coordinator });
    expect(detail.body.links).toHaveLength(3);
    expect(
      (await call(ctx, { method: 'DELETE', url: `/api/initiatives/${id}/links/${free.body.id}`, as: mentor }))
        .status,
    ).toBe(204);
    expect(
      (await call(ctx, { method: 'DELETE', url: `/api/initiatives/${id}/links/${free.body.id}`, as: mentor }))
        .status,
    ).toBe(404);
  });
});
