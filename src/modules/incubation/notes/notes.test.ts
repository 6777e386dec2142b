import { describe, expect, it } from 'vitest';
import { createCenter } from '../../../../test/factories.ts';
import { call, makeUser } from '../../../../test/helpers.ts';
import {
  admin,
  beneficiaryId,
  ctx,
  makeInitiative,
  member,
  mentor,
  setupIncubation,
} from '../incubation.test-support.ts';

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

  it("keeps the notes from a staff account of another centre that represents the initiative's beneficiary", async () => {
    const center = await createCenter(ctx, admin, { name: 'Centrum przy Reymonta' });
    const other = await createCenter(ctx, admin, { name: 'Centrum w Nowej Hucie' });
    // A member who represents the group, later taken on as coordinator of the other centre.
    const both = await makeUser(ctx, ['member']);
    const added = await call(ctx, {
      method: 'POST',
      url: `/api/beneficiaries/${beneficiaryId}/representatives`,
      as: admin,
      payload: { userId: both.id },
    });
    expect(added.status).toBe(201);
    const hired = await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${both.id}`,
      as: admin,
      payload: { roles: ['member', 'coordinator'], centerIds: [other.id] },
    });
    expect(hired.status).toBe(200);
    const made = await call(ctx, {
      method: 'POST',
      url: '/api/initiatives',
      as: admin,
      payload: { beneficiaryId, centerId: center.id, title: 'Ogród na dachu', mentorId: mentor.id },
    });
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    await call(ctx, {
      method: 'POST',
      url: `/api/initiatives/${id}/notes`,
      as: mentor,
      payload: { body: 'Poufne: spór w grupie o budżet.' },
    });
    const staged = await call(ctx, {
      method: 'POST',
      url: `/api/initiatives/${id}/stage`,
      as: mentor,
      payload: { stage: 'planning', note: 'Poufne: lider grupy odchodzi.' },
    });
    expect(staged.status, JSON.stringify(staged.body)).toBe(200);
    const read = (as: typeof member) => call(ctx, { method: 'GET', url: `/api/initiatives/${id}`, as });
    // It reads the initiative as its representative, not what the mentor wrote.
    const view = await read(both);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ id, title: 'Ogród na dachu' });
    expect(view.body).not.toHaveProperty('notes');
    expect(JSON.stringify(view.body)).not.toContain('Poufne');
    expect(view.body.history.map((change: { to: string }) => change.to)).toContain('planning');
    expect(view.body.history.every((change: { note: string | null }) => change.note === null)).toBe(true);
    // The member representative, the mentor and the admin do.
    for (const reader of [member, mentor, admin]) {
      const seen = (await read(reader)).body;
      expect(seen.notes).toMatchObject([{ body: 'Poufne: spór w grupie o budżet.' }]);
      expect(seen.history.map((change: { note: string | null }) => change.note)).toContain(
        'Poufne: lider grupy odchodzi.',
      );
    }
    // Nor may it write one.
    const write = await call(ctx, {
      method: 'POST',
      url: `/api/initiatives/${id}/notes`,
      as: both,
      payload: { body: 'Notatka' },
    });
    expect(write.status).toBe(403);
  });
});
