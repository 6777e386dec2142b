import { describe, expect, it } from 'vitest';
import { call, makeUser } from '../../../../test/helpers.ts';
import {
  admin,
  auditOf,
  coordinator,
  create,
  ctx,
  ISO_UTC,
  makeBeneficiary,
  member,
  NIL_ID,
  setupRegistryTests,
} from '../registry.test-support.ts';

setupRegistryTests();

describe('representatives and what members see', () => {
  it('makes the registering member its representative and shows members only their own', async () => {
    const someoneElses = await makeBeneficiary({ name: 'Fundacja Cudza' });
    const mine = await create(member, { kind: 'informal_group', name: 'Grupa Mojego Członka' });
    expect(mine.status).toBe(201);

    const reps = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries/${mine.body.id}/representatives`,
      as: admin,
    });
    expect(reps.body.items).toEqual([
      {
        beneficiaryId: mine.body.id,
        userId: member.id,
        name: expect.any(String),
        email: member.email,
        createdAt: expect.stringMatching(ISO_UTC),
      },
    ]);

    const list = await call(ctx, { method: 'GET', url: '/api/beneficiaries?limit=200', as: member });
    const listed = list.body.items.map((b: { id: string }) => b.id);
    expect(listed).toContain(mine.body.id);
    expect(listed).not.toContain(someoneElses);
    const searched = await call(ctx, {
      method: 'GET',
      url: '/api/beneficiaries?q=fundacja%20cudza',
      as: member,
    });
    expect(searched.body.items).toEqual([]);

    expect(
      (await call(ctx, { method: 'GET', url: `/api/beneficiaries/${someoneElses}`, as: member })).status,
    ).toBe(404);
    const patchOther = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${someoneElses}`,
      as: member,
      payload: { name: 'Przejęta' },
    });
    expect(patchOther.status).toBe(404);
    const patchOwn = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${mine.body.id}`,
      as: member,
      payload: { district: 3 },
    });
    expect(patchOwn.status).toBe(200);
    expect(patchOwn.body.district).toBe(3);
  });

  it('lets staff add and remove representatives; adding twice changes nothing', async () => {
    const id = await makeBeneficiary({ name: 'Fundacja Reprezentowana' });
    const other = await makeUser(ctx, ['member']);
    expect((await call(ctx, { method: 'GET', url: `/api/beneficiaries/${id}`, as: other })).status).toBe(404);

    const added = await call(ctx, {
      method: 'POST',
      url: `/api/beneficiaries/${id}/representatives`,
      as: coordinator,
      payload: { userId: other.id },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ beneficiaryId: id, userId: other.id, email: other.email });
    const again = await call(ctx, {
      method: 'POST',
      url: `/api/beneficiaries/${id}/representatives`,
      as: coordinator,
      payload: { userId: other.id },
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(added.body);
    expect((await call(ctx, { method: 'GET', url: `/api/beneficiaries/${id}`, as: other })).status).toBe(200);

    const removed = await call(ctx, {
      method: 'DELETE',
      url: `/api/beneficiaries/${id}/representatives/${other.id}`,
      as: coordinator,
    });
    expect(removed.status).toBe(204);
    const removedAgain = await call(ctx, {
      method: 'DELETE',
      url: `/api/beneficiaries/${id}/representatives/${other.id}`,
      as: coordinator,
    });
    expect(removedAgain.status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: `/api/beneficiaries/${id}`, as: other })).status).toBe(404);

    expect((await auditOf(id)).map((e) => [e.action, e.fields])).toEqual([
      ['add_representative', ['representatives']],
      ['remove_representative', ['representatives']],
    ]);
  });

  it('refuses an unknown user with 422', async () => {
    const id = await makeBeneficiary();
    for (const userId of [NIL_ID, 'not-a-user']) {
      const { status, body } = await call(ctx, {
        method: 'POST',
        url: `/api/beneficiaries/${id}/representatives`,
        as: admin,
        payload: { userId },
      });
      expect(status).toBe(422);
      expect(body.error.details[0].path).toBe('userId');
    }
  });
});
