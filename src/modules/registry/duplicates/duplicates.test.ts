import { describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import {
  admin,
  advisor,
  coordinator,
  ctx,
  makeBeneficiary as makeAny,
  NIL_ID,
  setupRegistryTests,
} from '../registry.test-support.ts';
import { namesAlike } from './duplicates.names.ts';

setupRegistryTests();

/** Without an e-mail address, so that only what a test sets makes a pair. */
const makeBeneficiary = (options: Parameters<typeof makeAny>[0]) => makeAny({ email: null, ...options });

type Pair = { a: { id: string; name: string }; b: { id: string; name: string }; reasons: string[] };

const listPairs = async () => {
  const { status, body } = await call(ctx, {
    method: 'GET',
    url: '/api/beneficiaries/duplicates',
    as: coordinator,
  });
  expect(status).toBe(200);
  return body.items as Pair[];
};
const pairOf = (pairs: Pair[], x: string, y: string) =>
  pairs.find((pair) => [pair.a.id, pair.b.id].sort().join() === [x, y].sort().join());

describe('the word rule for names', () => {
  it('tells neighbourhoods apart and sees legal forms, typos, word order and endings through', () => {
    expect(namesAlike('stowarzyszenie sasiedzi z ruczaju', 'stowarzyszenie sasiedzi z bronowic')).toBe(false);
    expect(namesAlike('stowarzyszenie sasiedzi z ruczaju', 'sasiedzi z ruczaju')).toBe(true);
    expect(namesAlike('fundacja zielone miasto', 'fundacja zielone miastp')).toBe(true);
    expect(namesAlike('jan kowalski', 'kowalski jan')).toBe(true);
    expect(namesAlike('klub sasiedzki nr 2', 'klub sasiedzki nr 3')).toBe(false);
    expect(namesAlike('anna nowak', 'anna nowakowska')).toBe(false);
    expect(namesAlike('fundacja', 'fundacja')).toBe(true);
  });
});

describe('likely duplicates', () => {
  it('lists pairs with their reasons, the older record first, and not a differing neighbourhood', async () => {
    const ruczaj = await makeBeneficiary({ name: 'Stowarzyszenie Sąsiedzi z Ruczaju', district: 10 });
    const bronowice = await makeBeneficiary({ name: 'Stowarzyszenie Sąsiedzi z Bronowic', district: 10 });
    const ruczajAgain = await makeBeneficiary({ name: 'Sąsiedzi z Ruczaju', district: 10 });
    const elsewhere = await makeBeneficiary({ name: 'Sąsiedzi z Ruczaju', district: 3 });
    const pairs = await listPairs();
    expect(pairOf(pairs, ruczaj, bronowice)).toBeUndefined();
    expect(pairOf(pairs, ruczaj, ruczajAgain)).toMatchObject({
      a: { id: ruczaj, name: 'Stowarzyszenie Sąsiedzi z Ruczaju' },
      b: { id: ruczajAgain },
      reasons: ['name'],
    });
    // Names alike in two districts are two bodies; in none known, they may be one.
    expect(pairOf(pairs, ruczajAgain, elsewhere)).toBeUndefined();
  });

  it('pairs records of one kind sharing an e-mail address, a phone number or a REGON', async () => {
    const first = await makeBeneficiary({ name: 'Koło Gospodyń Wiejskich w Toniach' });
    const second = await makeBeneficiary({ name: 'KGW Tonie' });
    await ctx.db
      .updateTable('beneficiaries')
      .set({ email: 'KGW.Tonie@example.org', phone: '+48 600 111 222', regon: '123456785' })
      .where('id', '=', first)
      .execute();
    await ctx.db
      .updateTable('beneficiaries')
      .set({ email: 'kgw.tonie@example.org', phone: '600-111-222', regon: '12345678512347' })
      .where('id', '=', second)
      .execute();
    const person = await makeBeneficiary({ name: 'Maria Tońska', kind: 'individual' });
    await ctx.db
      .updateTable('beneficiaries')
      .set({ email: 'kgw.tonie@example.org' })
      .where('id', '=', person)
      .execute();
    const pairs = await listPairs();
    expect(pairOf(pairs, first, second)?.reasons).toEqual(['email', 'phone', 'regon']);
    expect(pairOf(pairs, first, person)).toBeUndefined();
    // Most reasons first.
    expect(pairs[0]?.reasons).toHaveLength(3);
  });

  it('leaves out erased records and pairs dismissed as not duplicates', async () => {
    const a = await makeBeneficiary({ name: 'Fundacja Rozwoju Podgórza' });
    const b = await makeBeneficiary({ name: 'Fundacja Rozwoju Podgorza' });
    const c = await makeBeneficiary({ name: 'Fundacja Rozwoju Podgórza' });
    await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${c}`, as: admin });
    expect(pairOf(await listPairs(), a, b)).toBeDefined();
    expect(pairOf(await listPairs(), a, c)).toBeUndefined();
    const dismiss = (payload: object) =>
      call(ctx, { method: 'POST', url: '/api/beneficiaries/duplicates/dismiss', as: coordinator, payload });
    expect((await dismiss({ a: b, b: a })).status).toBe(204);
    expect((await dismiss({ a, b })).status).toBe(204);
    expect(pairOf(await listPairs(), a, b)).toBeUndefined();
    expect((await dismiss({ a, b: a })).status).toBe(422);
    expect((await dismiss({ a, b: NIL_ID })).status).toBe(404);
    expect((await dismiss({ a, b: 'nonsense' })).status).toBe(404);
  });

  it('with a name still answers the names alike to it, and staff alone see the list', async () => {
    await makeBeneficiary({ name: 'Fundacja Kwitnąca Łąka' });
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/beneficiaries/duplicates?name=${encodeURIComponent('Fundacja Kwitnaca Laka')}`,
      as: coordinator,
    });
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ name: 'Fundacja Kwitnąca Łąka', kind: 'organization' });
    expect(body.items[0].similarity).toBeGreaterThan(0.5);
    const asAdvisor = await call(ctx, { method: 'GET', url: '/api/beneficiaries/duplicates', as: advisor });
    expect(asAdvisor.status).toBe(403);
  });
});
