import { describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import { ctx, makeInitiative, member, mentor, setupIncubation } from '../incubation.test-support.ts';

setupIncubation();

describe('notes', () => {
  it('the mentor writes notes that the beneficiary sees', async () => {
    const { id } = await makeInitiative();
    const note = await call(ctx, {
      method: 'POST',
      url: `/api/initiatives/${id}/notes`,
      as: mentor,
      payload: { body: 'Spotkanie z zarządcą budynku: zgoda na grządki.' },
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      body: 'Spotkanie z zarządcą budynku: zgoda na grządki.',
      author: { id: mentor.id },
    });
    const seen = await call(ctx, { method: 'GET', url: `/api/initiatives/${id}`, as: member });
    expect(seen.body.notes).toMatchObject([{ id: note.body.id }]);
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: `/api/initiatives/${id}/notes`,
          as: member,
          payload: { body: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: `/api/initiatives/${id}/notes`,
          as: mentor,
          payload: { body: '  ' },
        })
      ).status,
    ).toBe(422);
  });
});
