import { describe, expect, it } from 'vitest';
import { createCenter, createRoom } from '../../../../test/factories.ts';
import { call, makeUser } from '../../../../test/helpers.ts';
import {
  admin,
  auditOf,
  coordinator,
  create,
  ctx,
  ISO_UTC,
  member,
  nextKrs,
  nextNip,
  setupRegistryTests,
} from '../registry.test-support.ts';

setupRegistryTests();

describe('erasure and export (GDPR)', () => {
  it('removes the personal data of an individual but keeps the entry, so counts stay', async () => {
    const payload = {
      kind: 'individual',
      name: 'Zofia Wymazywana',
      email: 'zofia@example.org',
      phone: '600 100 200',
      district: 5,
      nip: nextNip(),
      regon: '123456785',
    };
    const created = await create(member, payload);
    const id = created.body.id;
    await ctx.db
      .updateTable('beneficiaries')
      .set({ notes: 'Notatka o Zofii' })
      .where('id', '=', id)
      .execute();
    const count = async () =>
      (
        await ctx.db
          .selectFrom('beneficiaries')
          .select(ctx.db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await count();

    // Erasure is for admins and the coordinators of a centre the beneficiary used.
    const center = await createCenter(ctx, admin);
    const room = await createRoom(ctx, admin, center.id);
    const ofThatCenter = await makeUser(ctx, ['coordinator'], { centerIds: [center.id] });
    await ctx.db
      .insertInto('bookings')
      .values({
        room_id: room.id,
        center_id: center.id,
        beneficiary_id: id,
        title: 'Spotkanie',
        start_at: new Date('2026-03-02T09:00:00Z'),
        end_at: new Date('2026-03-02T10:00:00Z'),
        status: 'approved',
      })
      .execute();
    const notThere = await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${id}`, as: coordinator });
    expect(notThere.status).toBe(403);

    const erased = await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${id}`, as: ofThatCenter });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      id,
      kind: 'individual',
      district: 5,
      name: 'Usunięty beneficjent',
      email: null,
      phone: null,
      nip: null,
      regon: null,
      erased: true,
    });
    expect(await count()).toBe(before);
    const row = await ctx.db
      .selectFrom('beneficiaries')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ notes: null, created_by: null, kind: 'individual', district: 5 });
    expect(row.erased_at).toBeInstanceOf(Date);

    // Its representative (the member who registered it) lost it with the personal data.
    expect((await call(ctx, { method: 'GET', url: `/api/beneficiaries/${id}`, as: member })).status).toBe(
      404,
    );
    const reps = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries/${id}/representatives`,
      as: admin,
    });
    expect(reps.body.items).toEqual([]);

    const twice = await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${id}`, as: admin });
    expect(twice.status).toBe(409);
    const change = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${id}`,
      as: admin,
      payload: { name: 'Zofia' },
    });
    expect(change.status).toBe(409);

    const exported = await call(ctx, { method: 'GET', url: `/api/beneficiaries/${id}/export`, as: admin });
    expect(exported.status).toBe(200);
    const text = JSON.stringify(exported.body);
    for (const value of [payload.name, payload.email, payload.phone, payload.nip, 'Notatka']) {
      expect(text).not.toContain(value);
    }
    expect((await auditOf(id)).map((e) => [e.action, e.fields])).toEqual([
      ['create', ['kind', 'name', 'email', 'phone', 'district', 'nip', 'regon', 'representatives']],
      ['erase', ['name', 'email', 'phone', 'notes', 'nip', 'regon', 'representatives']],
    ]);
  });

  it("keeps an organization's public registry numbers", async () => {
    const krs = nextKrs();
    const created = await create(admin, {
      kind: 'organization',
      name: 'Fundacja Zamknięta',
      krs,
      email: 'f@example.org',
    });
    const erased = await call(ctx, {
      method: 'DELETE',
      url: `/api/beneficiaries/${created.body.id}`,
      as: admin,
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ krs, email: null, name: 'Usunięty beneficjent', erased: true });
  });

  it('exports everything stored about a beneficiary as a JSON file', async () => {
    const representative = await makeUser(ctx, ['member'], { name: 'Reprezentant Eksportu' });
    const created = await create(representative, {
      kind: 'organization',
      name: 'Fundacja Eksportowa',
      email: 'eksport@example.org',
      nip: nextNip(),
    });
    const id = created.body.id;
    await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${id}`,
      as: representative,
      payload: { phone: '12 111 22 33' },
    });

    const exported = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries/${id}/export`,
      as: representative,
    });
    expect(exported.status).toBe(200);
    expect(exported.response.headers['content-disposition']).toBe(
      `attachment; filename="beneficiary-${id}.json"`,
    );
    expect(exported.response.headers['content-type']).toMatch(/application\/json/);
    expect(exported.body).toEqual({
      exportedAt: expect.stringMatching(ISO_UTC),
      beneficiary: {
        ...created.body,
        possibleDuplicates: undefined,
        phone: '12 111 22 33',
        updatedAt: expect.stringMatching(ISO_UTC),
        notes: null,
        createdBy: representative.id,
        erasedAt: null,
      },
      representatives: [
        {
          id: representative.id,
          name: 'Reprezentant Eksportu',
          email: representative.email,
          since: expect.stringMatching(ISO_UTC),
        },
      ],
      auditLog: [
        {
          id: expect.any(String),
          at: expect.stringMatching(ISO_UTC),
          actorId: representative.id,
          action: 'create',
          fields: ['kind', 'name', 'email', 'nip', 'representatives'],
          reason: null,
        },
        {
          id: expect.any(String),
          at: expect.stringMatching(ISO_UTC),
          actorId: representative.id,
          action: 'update',
          fields: ['phone'],
          reason: null,
        },
      ],
    });
  });
});
