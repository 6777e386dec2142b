import { beforeAll, describe, expect, it } from 'vitest';
import { backend, call } from '../../../../test/helpers.ts';
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
  nextKrs,
  nextNip,
  setupRegistryTests,
} from '../registry.test-support.ts';

setupRegistryTests();

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
      as: coordinator,
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
      as: coordinator,
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

describe('districts', () => {
  it("lists Kraków's 18 districts to anyone", async () => {
    const { status, body } = await call(ctx, { method: 'GET', url: '/api/districts' });
    expect(status).toBe(200);
    expect(body.items).toHaveLength(18);
    expect(body.items[0]).toEqual({ number: 1, name: 'Stare Miasto' });
    expect(body.items[17]).toEqual({ number: 18, name: 'Nowa Huta' });
  });
});

describe(`registering beneficiaries (parallel requests, ${backend})`, () => {
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
