import { beforeAll, describe, expect, it } from 'vitest';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import type { BeneficiaryKind } from '../../db/schema.ts';
import { nipCheckDigit } from '../../lib/polish-ids.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let advisor: TestUser;
let member: TestUser;
let observer: TestUser;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  coordinator = await makeUser(ctx, ['coordinator']);
  advisor = await makeUser(ctx, ['advisor']);
  member = await makeUser(ctx, ['member']);
  observer = await makeUser(ctx, ['observer']);
});

// Unique registry numbers for each test, so tests do not collide on the unique indexes.
let serial = 0;
const nextKrs = () => String(++serial).padStart(10, '0');
function nextNip(): string {
  for (;;) {
    const first9 = String(200000000 + ++serial);
    const check = nipCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}

type Request = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object };

const NIL_ID = '00000000-0000-4000-8000-000000000000';

function create(as: TestUser | null, payload: Record<string, unknown>) {
  return call(ctx, { method: 'POST', url: '/api/beneficiaries', as, payload });
}

/** A beneficiary inserted directly (a factory), optionally represented by a user. */
async function makeBeneficiary(
  options: { name?: string; kind?: BeneficiaryKind; representedBy?: string; district?: number } = {},
): Promise<string> {
  const { id } = await ctx.db
    .insertInto('beneficiaries')
    .values({
      kind: options.kind ?? 'organization',
      name: options.name ?? `Beneficjent ${++serial}`,
      email: 'kontakt@example.org',
      district: options.district ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.representedBy) {
    await ctx.db
      .insertInto('beneficiary_representatives')
      .values({ beneficiary_id: id, user_id: options.representedBy })
      .execute();
  }
  return id;
}

async function auditOf(id: string) {
  const { body } = await call(ctx, {
    method: 'GET',
    url: `/api/audit?entity=beneficiary&entityId=${id}`,
    as: admin,
  });
  return (body.items as { action: string; fields: string[] }[]).reverse();
}

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('registering beneficiaries', () => {
  it('registers an organization with its registry numbers, normalized', async () => {
    const krs = nextKrs();
    const { status, body } = await create(admin, {
      kind: 'organization',
      name: '  Stowarzyszenie Sąsiedzi z Kazimierza ',
      email: 'biuro@sasiedzi.example.org',
      phone: '+48 12 345 67 89',
      district: 1,
      krs,
      nip: '526-104-08-28',
      regon: '12345678512347',
      legalForm: 'stowarzyszenie',
    });
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(String),
      kind: 'organization',
      name: 'Stowarzyszenie Sąsiedzi z Kazimierza',
      email: 'biuro@sasiedzi.example.org',
      phone: '+48 12 345 67 89',
      district: 1,
      krs,
      nip: '5261040828',
      regon: '12345678512347',
      legalForm: 'stowarzyszenie',
      createdAt: expect.stringMatching(ISO_UTC),
      updatedAt: expect.stringMatching(ISO_UTC),
      erased: false,
      possibleDuplicates: [],
    });
    const fetched = await call(ctx, { method: 'GET', url: `/api/beneficiaries/${body.id}`, as: coordinator });
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual({ ...body, possibleDuplicates: undefined });
  });

  it('registers an informal group and an individual with only the fields they need', async () => {
    const group = await create(coordinator, { kind: 'informal_group', name: 'Grupa Zielone Podwórko' });
    expect(group.status).toBe(201);
    expect(group.body).toMatchObject({
      kind: 'informal_group',
      email: null,
      phone: null,
      district: null,
      krs: null,
      nip: null,
      regon: null,
      legalForm: null,
    });
    const person = await create(coordinator, {
      kind: 'individual',
      name: 'Anna Przykładowa',
      district: 18,
      nip: '7251801126',
      regon: '012100784',
      email: null,
    });
    expect(person.status).toBe(201);
    expect(person.body).toMatchObject({
      kind: 'individual',
      district: 18,
      nip: '7251801126',
      regon: '012100784',
    });
  });

  it('checks KRS, NIP and REGON and lists every invalid field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ nip: '5261040827' }, 'nip'],
      [{ nip: '526104082' }, 'nip'],
      [{ nip: '52610408281' }, 'nip'],
      [{ regon: '123456784' }, 'regon'],
      [{ regon: '12345678512346' }, 'regon'],
      [{ regon: '1234567851234' }, 'regon'],
      [{ krs: '123456789' }, 'krs'],
      [{ krs: '00001234AB' }, 'krs'],
    ];
    for (const [fields, path] of cases) {
      const { status, body } = await create(admin, {
        kind: 'organization',
        name: 'Fundacja Błędna',
        ...fields,
      });
      expect(status, JSON.stringify(fields)).toBe(422);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details).toEqual([{ path, message: expect.any(String) }]);
    }
    const several = await create(admin, {
      kind: 'organization',
      name: 'Fundacja Błędna',
      nip: '1111111112',
      regon: '111111111',
      krs: '1',
    });
    expect(several.status).toBe(422);
    expect(several.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'krs',
      'nip',
      'regon',
    ]);

    const polish = await call(ctx, {
      method: 'POST',
      url: '/api/beneficiaries',
      as: admin,
      headers: { 'accept-language': 'pl' },
      payload: { kind: 'organization', name: 'Fundacja Błędna', nip: '5261040827' },
    });
    expect(polish.body.error.details[0].message).toBe('cyfra kontrolna NIP się nie zgadza');
  });

  it('gives a KRS and a legal form to organizations only', async () => {
    const personWithKrs = await create(admin, { kind: 'individual', name: 'Jan Nowak', krs: nextKrs() });
    expect(personWithKrs.status).toBe(422);
    expect(personWithKrs.body.error.details[0].path).toBe('krs');
    const groupWithForm = await create(admin, {
      kind: 'informal_group',
      name: 'Grupa',
      legalForm: 'fundacja',
    });
    expect(groupWithForm.status).toBe(422);
    expect(groupWithForm.body.error.details[0].path).toBe('legalForm');
  });

  it('refuses a KRS or NIP already registered, naming the existing beneficiary', async () => {
    const krs = nextKrs();
    const nip = nextNip();
    const first = await create(admin, { kind: 'organization', name: 'Fundacja Pierwsza', krs, nip });
    expect(first.status).toBe(201);

    const sameKrs = await create(coordinator, { kind: 'organization', name: 'Fundacja Druga', krs });
    expect(sameKrs.status).toBe(409);
    expect(sameKrs.body.error).toMatchObject({
      code: 'conflict',
      details: { field: 'krs', existingId: first.body.id },
    });

    const dashed = `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
    const sameNip = await create(coordinator, { kind: 'individual', name: 'Jan Druga', nip: dashed });
    expect(sameNip.status).toBe(409);
    expect(sameNip.body.error.details).toEqual({ field: 'nip', existingId: first.body.id });
  });

  it('lets exactly one of ten concurrent registrations with the same KRS through', async () => {
    const krs = nextKrs();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        create(i % 2 ? admin : coordinator, { kind: 'organization', name: `Fundacja Wyścigowa ${i}`, krs }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    const winner = results.find((r) => r.status === 201);
    for (const loser of results.filter((r) => r.status === 409)) {
      expect(loser.body.error.details).toEqual({ field: 'krs', existingId: winner?.body.id });
    }
    const stored = await ctx.db.selectFrom('beneficiaries').select('id').where('krs', '=', krs).execute();
    expect(stored).toHaveLength(1);
  });

  it('lets exactly one of concurrent registrations with the same NIP through', async () => {
    const nip = nextNip();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => create(admin, { kind: 'individual', name: `Osoba ${i}`, nip })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });
});

describe('likely duplicates', () => {
  it('flags alike names on registration and still registers', async () => {
    const original = await create(admin, {
      kind: 'organization',
      name: 'Stowarzyszenie Miłośników Lasku Wolskiego',
    });
    const alike = await create(coordinator, {
      kind: 'informal_group',
      name: 'Stowarzyszenie Milosnikow Lasku Wolskiego',
    });
    expect(alike.status).toBe(201);
    expect(alike.body.possibleDuplicates).toEqual([
      {
        id: original.body.id,
        name: 'Stowarzyszenie Miłośników Lasku Wolskiego',
        kind: 'organization',
        similarity: 1,
      },
    ]);

    const unrelated = await create(admin, { kind: 'organization', name: 'Klub Szachowy Hetman' });
    expect(unrelated.body.possibleDuplicates).toEqual([]);
  });

  it('answers candidates before registering, by kind if asked, leaving erased ones out', async () => {
    const a = await create(admin, { kind: 'organization', name: 'Fundacja Ogrody Nowej Huty' });
    const b = await create(admin, { kind: 'informal_group', name: 'Ogrody Nowej Huty' });
    const erased = await create(admin, { kind: 'organization', name: 'Fundacja Ogrody Nowej Huty!' });
    await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${erased.body.id}`, as: admin });

    const any = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries/duplicates?name=${encodeURIComponent('fundacja ogrody nowej huty')}`,
      as: coordinator,
    });
    expect(any.status).toBe(200);
    const ids = any.body.items.map((d: { id: string }) => d.id);
    expect(ids[0]).toBe(a.body.id);
    expect(ids).toContain(b.body.id);
    expect(ids).not.toContain(erased.body.id);
    expect(any.body.items[0].similarity).toBeGreaterThan(any.body.items[1].similarity);

    const groups = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries/duplicates?name=${encodeURIComponent('Fundacja Ogrody Nowej Huty')}&kind=informal_group`,
      as: advisor,
    });
    expect(groups.body.items.map((d: { id: string }) => d.id)).toEqual([b.body.id]);
  });

  it("shows a member no one else's beneficiaries as duplicates", async () => {
    await create(admin, { kind: 'organization', name: 'Fundacja Tajemnicza Zielona' });
    const mine = await create(member, { kind: 'organization', name: 'Fundacja Tajemnicza Zielona' });
    expect(mine.status).toBe(201);
    expect(mine.body.possibleDuplicates).toEqual([]);
  });
});

describe('searching by name', () => {
  const district = 7;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    for (const name of [
      'Fundacja Krakowska Rozwoju Przedsiębiorczości',
      'Fundacja Krakowska',
      'Stowarzyszenie Założyć Ogród',
      'Klub Seniora Zwierzyniec',
    ]) {
      const { body } = await create(admin, { kind: 'organization', name, district });
      ids[name] = body.id;
    }
  });

  async function search(q: string, extra = '') {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries?district=${district}&q=${encodeURIComponent(q)}${extra}`,
      as: advisor,
    });
    expect(status).toBe(200);
    return body as { items: { id: string; name: string }[]; nextCursor: string | null };
  }

  it('ignores diacritics and case', async () => {
    expect((await search('zalozyc')).items.map((b) => b.name)).toEqual(['Stowarzyszenie Założyć Ogród']);
    expect((await search('ZAŁOŻYĆ OGRÓD')).items.map((b) => b.name)).toEqual([
      'Stowarzyszenie Założyć Ogród',
    ]);
    expect((await search('przedsiebiorczosci')).items.map((b) => b.name)).toEqual([
      'Fundacja Krakowska Rozwoju Przedsiębiorczości',
    ]);
  });

  it('ranks the closer match first and gives no further pages', async () => {
    const found = await search('fundacja krakowska');
    expect(found.items.map((b) => b.name)).toEqual([
      'Fundacja Krakowska',
      'Fundacja Krakowska Rozwoju Przedsiębiorczości',
    ]);
    expect(found.nextCursor).toBeNull();
    const limited = await search('fundacja krakowska', '&limit=1');
    expect(limited.items.map((b) => b.id)).toEqual([ids['Fundacja Krakowska']]);
  });

  it('tolerates a typo', async () => {
    const found = await search('Fundajca');
    expect(found.items.map((b) => b.name).sort()).toEqual([
      'Fundacja Krakowska',
      'Fundacja Krakowska Rozwoju Przedsiębiorczości',
    ]);
    expect((await search('Zwierzynec')).items.map((b) => b.name)).toEqual(['Klub Seniora Zwierzyniec']);
  });

  it('wants every word of the query in the name', async () => {
    expect((await search('fundacja zwierzyniec')).items).toEqual([]);
    expect((await search('krakowska fundacja')).items[0]?.name).toBe('Fundacja Krakowska');
  });

  it('finds nothing for an unrelated query, and treats LIKE wildcards as text', async () => {
    expect((await search('qwxz')).items).toEqual([]);
    expect((await search('%')).items).toEqual([]);
    expect((await search('_')).items).toEqual([]);
  });

  it('refuses a cursor together with q', async () => {
    const { status } = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries?q=fundacja&cursor=${Buffer.from(JSON.stringify([new Date().toISOString(), NIL_ID])).toString('base64url')}`,
      as: admin,
    });
    expect(status).toBe(400);
  });
});

describe('listing', () => {
  it('pages through beneficiaries newest first with a cursor', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { body } = await create(admin, {
        kind: 'individual',
        name: `Osoba Stronicowana ${i}`,
        district: 12,
      });
      created.push(body.id);
    }
    const seen: { id: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/beneficiaries?district=12&kind=individual&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const { status, body } = await call(ctx, { method: 'GET', url, as: coordinator });
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((b) => b.id).sort()).toEqual([...created].sort());
    const times = seen.map((b) => Date.parse(b.createdAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('filters by kind', async () => {
    const { body } = await call(ctx, {
      method: 'GET',
      url: '/api/beneficiaries?kind=informal_group',
      as: admin,
    });
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((b: { kind: string }) => b.kind === 'informal_group')).toBe(true);
  });

  it('leaves erased beneficiaries out unless staff ask for them', async () => {
    const id = await makeBeneficiary({ kind: 'individual', district: 13 });
    await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${id}`, as: admin });
    const plain = await call(ctx, { method: 'GET', url: '/api/beneficiaries?district=13', as: admin });
    expect(plain.body.items.map((b: { id: string }) => b.id)).not.toContain(id);
    const all = await call(ctx, {
      method: 'GET',
      url: '/api/beneficiaries?district=13&includeErased=true',
      as: admin,
    });
    expect(all.body.items).toContainEqual(expect.objectContaining({ id, erased: true }));
  });
});

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

describe('changing a beneficiary', () => {
  it('changes fields, audits only the changed field names, and keeps KRS and NIP unique', async () => {
    const nip = nextNip();
    const created = await create(admin, {
      kind: 'organization',
      name: 'Fundacja Zmienna',
      nip,
      email: 'a@example.org',
    });
    const id = created.body.id;
    const other = await create(admin, {
      kind: 'organization',
      name: 'Fundacja Inna',
      nip: nextNip(),
      krs: nextKrs(),
    });

    const patched = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${id}`,
      as: coordinator,
      payload: { name: 'Fundacja Zmieniona', email: null, nip: `${nip.slice(0, 3)} ${nip.slice(3)}` },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Fundacja Zmieniona', email: null, nip });
    expect(Date.parse(patched.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.body.updatedAt));

    const nothing = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${id}`,
      as: admin,
      payload: {},
    });
    expect(nothing.status).toBe(200);

    const takenNip = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${id}`,
      as: admin,
      payload: { nip: other.body.nip },
    });
    expect(takenNip.status).toBe(409);
    expect(takenNip.body.error.details).toEqual({ field: 'nip', existingId: other.body.id });
    const takenKrs = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${id}`,
      as: admin,
      payload: { krs: other.body.krs },
    });
    expect(takenKrs.status).toBe(409);
    expect(takenKrs.body.error.details).toEqual({ field: 'krs', existingId: other.body.id });

    const badNip = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${id}`,
      as: admin,
      payload: { nip: '1234567890' },
    });
    expect(badNip.status).toBe(422);

    const audit = await auditOf(id);
    expect(audit.map((e) => [e.action, e.fields])).toEqual([
      ['create', ['kind', 'name', 'email', 'nip']],
      ['update', ['name', 'email']],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Fundacja');
  });

  it('checks what the new kind may carry', async () => {
    const created = await create(admin, { kind: 'organization', name: 'Fundacja Rodzajowa', krs: nextKrs() });
    const toPerson = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${created.body.id}`,
      as: admin,
      payload: { kind: 'individual' },
    });
    expect(toPerson.status).toBe(422);
    expect(toPerson.body.error.details[0].path).toBe('krs');
    const cleared = await call(ctx, {
      method: 'PATCH',
      url: `/api/beneficiaries/${created.body.id}`,
      as: admin,
      payload: { kind: 'informal_group', krs: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ kind: 'informal_group', krs: null });
  });
});

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

    const erased = await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${id}`, as: coordinator });
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

describe('districts', () => {
  it("lists Kraków's 18 districts to anyone", async () => {
    const { status, body } = await call(ctx, { method: 'GET', url: '/api/districts' });
    expect(status).toBe(200);
    expect(body.items).toHaveLength(18);
    expect(body.items[0]).toEqual({ number: 1, name: 'Stare Miasto' });
    expect(body.items[17]).toEqual({ number: 18, name: 'Nowa Huta' });
  });
});

describe('who may do what', () => {
  type RoleName = 'admin' | 'coordinator' | 'advisor' | 'member' | 'observer' | 'anonymous';
  const roles: RoleName[] = ['admin', 'coordinator', 'advisor', 'member', 'observer', 'anonymous'];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, advisor, member, observer, anonymous: null })[role];

  // Each request is built fresh for every role: erasing and adding representatives change state.
  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'POST /beneficiaries',
      request: async () => ({
        method: 'POST',
        url: '/api/beneficiaries',
        payload: { kind: 'organization', name: `Fundacja Uprawnień ${++serial}` },
      }),
      expected: [201, 201, 403, 201, 403, 401],
    },
    {
      name: 'GET /beneficiaries',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries' }),
      expected: [200, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /beneficiaries?q=',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries?q=fundacja' }),
      expected: [200, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /beneficiaries?includeErased=true',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries?includeErased=true' }),
      expected: [200, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /beneficiaries/duplicates',
      request: async () => ({ method: 'GET', url: '/api/beneficiaries/duplicates?name=Fundacja' }),
      expected: [200, 200, 200, 403, 403, 401],
    },
    {
      name: 'GET /beneficiaries/:id',
      request: async () => ({ method: 'GET', url: `/api/beneficiaries/${await makeBeneficiary()}` }),
      expected: [200, 200, 200, 404, 403, 401],
    },
    {
      name: 'PATCH /beneficiaries/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/beneficiaries/${await makeBeneficiary()}`,
        payload: { district: 2 },
      }),
      expected: [200, 200, 403, 404, 403, 401],
    },
    {
      name: 'DELETE /beneficiaries/:id',
      request: async () => ({ method: 'DELETE', url: `/api/beneficiaries/${await makeBeneficiary()}` }),
      expected: [200, 200, 403, 404, 403, 401],
    },
    {
      name: 'GET /beneficiaries/:id/export',
      request: async () => ({ method: 'GET', url: `/api/beneficiaries/${await makeBeneficiary()}/export` }),
      expected: [200, 200, 403, 404, 403, 401],
    },
    {
      name: 'GET /beneficiaries/:id/representatives',
      request: async () => ({
        method: 'GET',
        url: `/api/beneficiaries/${await makeBeneficiary()}/representatives`,
      }),
      expected: [200, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /beneficiaries/:id/representatives',
      request: async () => ({
        method: 'POST',
        url: `/api/beneficiaries/${await makeBeneficiary()}/representatives`,
        payload: { userId: member.id },
      }),
      expected: [201, 201, 403, 404, 403, 401],
    },
    {
      name: 'DELETE /beneficiaries/:id/representatives/:userId',
      request: async () => {
        const someone = await makeUser(ctx, ['member']);
        const id = await makeBeneficiary({ representedBy: someone.id });
        return { method: 'DELETE', url: `/api/beneficiaries/${id}/representatives/${someone.id}` };
      },
      expected: [204, 204, 403, 404, 403, 401],
    },
    {
      name: 'GET /districts',
      request: async () => ({ method: 'GET', url: '/api/districts' }),
      expected: [200, 200, 200, 200, 200, 200],
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

  it('gives a representing member its own beneficiary, but not erasure or representatives', async () => {
    const id = await makeBeneficiary({ representedBy: member.id });
    const requests: [Request, number][] = [
      [{ method: 'GET', url: `/api/beneficiaries/${id}` }, 200],
      [{ method: 'PATCH', url: `/api/beneficiaries/${id}`, payload: { district: 4 } }, 200],
      [{ method: 'GET', url: `/api/beneficiaries/${id}/export` }, 200],
      [{ method: 'DELETE', url: `/api/beneficiaries/${id}` }, 403],
      [{ method: 'GET', url: `/api/beneficiaries/${id}/representatives` }, 403],
      [
        { method: 'POST', url: `/api/beneficiaries/${id}/representatives`, payload: { userId: advisor.id } },
        403,
      ],
      [{ method: 'DELETE', url: `/api/beneficiaries/${id}/representatives/${member.id}` }, 403],
    ];
    for (const [request, expected] of requests) {
      const { status } = await call(ctx, { ...request, as: member });
      expect(status, `${request.method} ${request.url}`).toBe(expected);
    }
  });
});

describe('bad input', () => {
  it('answers wrong types and huge strings with 422', async () => {
    const bodies: unknown[] = [
      { kind: 'company', name: 'X' },
      { kind: 1, name: 'X' },
      { kind: 'organization' },
      { kind: 'organization', name: '' },
      { kind: 'organization', name: '   ' },
      { kind: 'organization', name: null },
      { kind: 'organization', name: 'x'.repeat(301) },
      { kind: 'organization', name: 'x'.repeat(500_000) },
      { kind: 'organization', name: 'X', email: 'not-an-email' },
      { kind: 'organization', name: 'X', phone: 'call me' },
      { kind: 'organization', name: 'X', phone: `+48 ${'1'.repeat(40)}` },
      { kind: 'organization', name: 'X', district: 0 },
      { kind: 'organization', name: 'X', district: 19 },
      { kind: 'organization', name: 'X', district: 2.5 },
      { kind: 'organization', name: 'X', district: '5' },
      { kind: 'organization', name: 'X', krs: 1234567890 },
      { kind: 'organization', name: 'X', nip: 'x'.repeat(1000) },
      { kind: 'organization', name: 'X', legalForm: 'x'.repeat(101) },
      { kind: 'organization', name: 'X', notes: 'not accepted here' },
      [],
    ];
    for (const payload of bodies) {
      const { status, body } = await create(admin, payload as Record<string, unknown>);
      expect(status, JSON.stringify(payload).slice(0, 80)).toBe(422);
      expect(body.error.code).toBe('validation_failed');
    }
  });

  it('answers malformed queries with 400 and unknown ids with 404', async () => {
    const cases: [Request, number][] = [
      [{ method: 'GET', url: '/api/beneficiaries?limit=0' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?limit=201' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?limit=abc' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?kind=company' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?district=19' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?includeErased=yes' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?cursor=zzz' }, 400],
      [
        {
          method: 'GET',
          url: `/api/beneficiaries?cursor=${Buffer.from(JSON.stringify(['2020-01-01T00:00:00Z', 'x'])).toString('base64url')}`,
        },
        400,
      ],
      [{ method: 'GET', url: `/api/beneficiaries?q=${'x'.repeat(201)}` }, 400],
      [{ method: 'GET', url: '/api/beneficiaries?unknown=1' }, 400],
      [{ method: 'GET', url: '/api/beneficiaries/duplicates' }, 400],
      [{ method: 'GET', url: `/api/beneficiaries/duplicates?name=${'x'.repeat(301)}` }, 400],
      [{ method: 'GET', url: '/api/beneficiaries/not-an-id' }, 404],
      [{ method: 'GET', url: `/api/beneficiaries/${NIL_ID}` }, 404],
      [{ method: 'PATCH', url: `/api/beneficiaries/${NIL_ID}`, payload: { name: 'X' } }, 404],
      [{ method: 'PATCH', url: '/api/beneficiaries/1', payload: { name: 'X' } }, 404],
      [{ method: 'DELETE', url: `/api/beneficiaries/${NIL_ID}` }, 404],
      [{ method: 'GET', url: `/api/beneficiaries/${NIL_ID}/export` }, 404],
      [{ method: 'GET', url: `/api/beneficiaries/${NIL_ID}/representatives` }, 404],
      [
        {
          method: 'POST',
          url: `/api/beneficiaries/${NIL_ID}/representatives`,
          payload: { userId: admin.id },
        },
        404,
      ],
      [{ method: 'DELETE', url: `/api/beneficiaries/${NIL_ID}/representatives/${admin.id}` }, 404],
      [{ method: 'DELETE', url: `/api/beneficiaries/${NIL_ID}/representatives/nobody` }, 404],
    ];
    for (const [request, expected] of cases) {
      const { status, body } = await call(ctx, { ...request, as: admin });
      expect(status, `${request.method} ${request.url.slice(0, 80)}`).toBe(expected);
      expect(Object.keys(body)).toEqual(['error']);
    }
  });

  it('never answers 5xx to odd but well-formed input', async () => {
    const id = await makeBeneficiary();
    const requests: Request[] = [
      { method: 'GET', url: `/api/beneficiaries?q=${encodeURIComponent("'; drop table beneficiaries; --")}` },
      { method: 'GET', url: `/api/beneficiaries?q=${encodeURIComponent('\\')}` },
      { method: 'GET', url: `/api/beneficiaries?q=${encodeURIComponent('ąęłńóśźż 🙂')}` },
      { method: 'GET', url: '/api/beneficiaries?q=%20%20' },
      { method: 'GET', url: `/api/beneficiaries/duplicates?name=${encodeURIComponent('a')}` },
      { method: 'PATCH', url: `/api/beneficiaries/${id}`, payload: { name: 'x'.repeat(300), email: null } },
      { method: 'PATCH', url: `/api/beneficiaries/${id}`, payload: { district: null, nip: '', regon: ' ' } },
      {
        method: 'POST',
        url: `/api/beneficiaries/${id}/representatives`,
        payload: { userId: 'x'.repeat(100) },
      },
      {
        method: 'POST',
        url: `/api/beneficiaries/${id}/representatives`,
        payload: { userId: 'x'.repeat(101) },
      },
      { method: 'POST', url: `/api/beneficiaries/${id}/representatives`, payload: {} },
      { method: 'GET', url: `/api/beneficiaries/${'x'.repeat(150)}` },
    ];
    for (const request of requests) {
      const { status } = await call(ctx, { ...request, as: admin });
      expect(status, `${request.method} ${request.url.slice(0, 80)}`).toBeLessThan(500);
    }
    const malformed = await call(ctx, {
      method: 'POST',
      url: '/api/beneficiaries',
      as: admin,
      headers: { 'content-type': 'application/json' },
      payload: '{"kind": ',
    });
    expect(malformed.status).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('describes every registry endpoint', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/beneficiaries',
        '/api/beneficiaries/duplicates',
        '/api/beneficiaries/{id}',
        '/api/beneficiaries/{id}/export',
        '/api/beneficiaries/{id}/representatives',
        '/api/beneficiaries/{id}/representatives/{userId}',
        '/api/districts',
      ]),
    );
    expect(body.paths['/api/beneficiaries'].post.tags).toEqual(['registry']);
    expect(body.paths['/api/beneficiaries'].get.summary).toMatch(/nextCursor null/);
  });
});
