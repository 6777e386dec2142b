import { beforeAll, describe, expect, it } from 'vitest';
import { futureDate } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import {
  admin,
  coordinator,
  ctx,
  groupId,
  makeOffer,
  makeVolunteer,
  organizationId,
  orgMember,
  person,
  setupVolunteering,
  today,
  volunteerMember,
} from '../volunteering.test-support.ts';

setupVolunteering();

describe('offers', () => {
  it("an organization's member proposes an offer; an informal group may too; an individual may not", async () => {
    const created = await call(ctx, {
      method: 'POST',
      url: '/api/volunteer-offers',
      as: orgMember,
      payload: {
        organizationId,
        title: 'Pomoc przy festynie sąsiedzkim',
        description: 'Rozstawianie namiotów, obsługa stoisk.',
        skills: ['event_support', 'photography'],
        district: 18,
        start: futureDate(10),
        end: futureDate(11),
        volunteersNeeded: 5,
        hoursPerWeek: 8,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organizationId,
      organizationName: 'Fundacja Żółty Żagiel',
      status: 'pending_review',
      volunteersNeeded: 5,
      volunteersAccepted: 0,
      district: 18,
      start: futureDate(10),
    });
    const group = await call(ctx, {
      method: 'POST',
      url: '/api/volunteer-offers',
      as: orgMember,
      payload: {
        organizationId: groupId,
        title: 'Sprzątanie skweru',
        skills: ['environment'],
        volunteersNeeded: 10,
      },
    });
    expect(group.status).toBe(201);
    expect(group.body.status).toBe('pending_review');
    const individual = await call(ctx, {
      method: 'POST',
      url: '/api/volunteer-offers',
      as: admin,
      payload: { organizationId: await person(), title: 'X', skills: ['it'], volunteersNeeded: 1 },
    });
    expect(individual.status).toBe(422);
    expect(individual.body.error.details[0].path).toBe('organizationId');
    const backwards = await call(ctx, {
      method: 'POST',
      url: '/api/volunteer-offers',
      as: admin,
      payload: {
        organizationId,
        title: 'X',
        skills: ['it'],
        volunteersNeeded: 1,
        start: futureDate(5),
        end: futureDate(4),
      },
    });
    expect(backwards.status).toBe(422);
    const notMine = await call(ctx, {
      method: 'POST',
      url: '/api/volunteer-offers',
      as: volunteerMember,
      payload: { organizationId, title: 'X', skills: ['it'], volunteersNeeded: 1 },
    });
    expect(notMine.status).toBe(403);
  });

  it('anyone sees open offers; a closed or ended one only staff and the organization', async () => {
    const open = await makeOffer();
    const closed = await makeOffer();
    expect(
      (
        await call(ctx, {
          method: 'PATCH',
          url: `/api/volunteer-offers/${closed.id}`,
          as: orgMember,
          payload: { status: 'closed' },
        })
      ).status,
    ).toBe(200);
    const ended = await makeOffer({ start: futureDate(-20), end: futureDate(-2) });
    const anonymous = await call(ctx, { method: 'GET', url: '/api/volunteer-offers?limit=200' });
    const ids = anonymous.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(ended.id);
    expect((await call(ctx, { method: 'GET', url: `/api/volunteer-offers/${open.id}` })).status).toBe(200);
    expect((await call(ctx, { method: 'GET', url: `/api/volunteer-offers/${closed.id}` })).status).toBe(404);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/volunteer-offers/${closed.id}`, as: orgMember })).status,
    ).toBe(200);
    const organization = await call(ctx, {
      method: 'GET',
      url: '/api/volunteer-offers?limit=200',
      as: orgMember,
    });
    expect(organization.body.items.map((item: { id: string }) => item.id)).toContain(closed.id);
    const staff = await call(ctx, {
      method: 'GET',
      url: '/api/volunteer-offers?status=closed',
      as: coordinator,
    });
    expect(staff.body.items.map((item: { id: string }) => item.id)).toContain(closed.id);
  });
});

describe('review before an offer is public', () => {
  it("keeps a member's offer from everyone else until the staff publish it", async () => {
    const proposed = await call(ctx, {
      method: 'POST',
      url: '/api/volunteer-offers',
      as: orgMember,
      payload: {
        organizationId,
        title: 'Korepetycje z matematyki',
        skills: ['tutoring'],
        volunteersNeeded: 2,
      },
    });
    expect(proposed.body.status).toBe('pending_review');
    const id = proposed.body.id;
    const publicList = async () =>
      (await call(ctx, { method: 'GET', url: '/api/volunteer-offers?limit=200' })).body.items.map(
        (item: { id: string }) => item.id,
      );
    expect(await publicList()).not.toContain(id);
    expect((await call(ctx, { method: 'GET', url: `/api/volunteer-offers/${id}` })).status).toBe(404);
    // The organization sees it; it may edit it, not publish it itself.
    expect(
      (await call(ctx, { method: 'GET', url: `/api/volunteer-offers/${id}`, as: orgMember })).status,
    ).toBe(200);
    const self = await call(ctx, {
      method: 'PATCH',
      url: `/api/volunteer-offers/${id}`,
      as: orgMember,
      payload: { status: 'open' },
    });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toContain('review');
    const queue = await call(ctx, {
      method: 'GET',
      url: '/api/volunteer-offers?status=pending_review',
      as: coordinator,
    });
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const published = await call(ctx, {
      method: 'PATCH',
      url: `/api/volunteer-offers/${id}`,
      as: coordinator,
      payload: { status: 'open' },
    });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('open');
    expect(await publicList()).toContain(id);
  });
});

describe('matching', () => {
  let offerId: string;
  let best: { id: string };
  let otherDistrict: { id: string };
  let oneSkill: { id: string };
  let twinA: { id: string };
  let twinB: { id: string };
  let unrelated: { id: string };

  beforeAll(async () => {
    const offer = await makeOffer({
      title: 'Tłumaczenie i oprawa graficzna przewodnika',
      skills: ['translation', 'graphic_design', 'event_support'],
      district: 18,
      hoursPerWeek: 5,
      start: futureDate(5),
      end: futureDate(60),
    });
    offerId = offer.id;
    const available = { from: today(), to: futureDate(120) };
    best = await makeVolunteer({
      skills: ['translation', 'graphic_design'],
      districts: [18],
      hoursPerWeek: 10,
      availability: available,
    });
    otherDistrict = await makeVolunteer({
      skills: ['translation', 'graphic_design'],
      districts: [1],
      hoursPerWeek: 10,
      availability: available,
    });
    oneSkill = await makeVolunteer({
      skills: ['translation', 'it'],
      districts: [18],
      hoursPerWeek: 10,
      availability: available,
    });
    twinA = await makeVolunteer({ skills: ['event_support'], districts: [5], hoursPerWeek: 2 });
    twinB = await makeVolunteer({ skills: ['event_support'], districts: [5], hoursPerWeek: 2 });
    unrelated = await makeVolunteer({ skills: ['accounting'], districts: [18] });
    // An inactive profile is not offered.
    const inactive = await makeVolunteer({ skills: ['translation', 'graphic_design', 'event_support'] });
    await call(ctx, {
      method: 'PATCH',
      url: `/api/volunteers/${inactive.id}`,
      as: admin,
      payload: { active: false },
    });
  });

  const matches = (as: TestUser, language = 'pl') =>
    call(ctx, {
      method: 'GET',
      url: `/api/volunteer-offers/${offerId}/matches`,
      as,
      headers: { 'accept-language': language },
    });

  it('ranks more shared skills higher, adds the same district, and leaves out who shares none', async () => {
    const { status, body } = await matches(coordinator);
    expect(status).toBe(200);
    // Volunteers of other tests may match too: the order among these is what is checked.
    const ours = [best.id, otherDistrict.id, oneSkill.id, twinA.id, twinB.id];
    const order = body.items
      .map((item: { volunteerId: string }) => item.volunteerId)
      .filter((id: string) => ours.includes(id) || id === unrelated.id);
    const [twinFirst, twinSecond] = [twinA.id, twinB.id].sort();
    expect(order).toEqual([best.id, otherDistrict.id, oneSkill.id, twinFirst, twinSecond]);
    expect(order).not.toContain(unrelated.id);
    const scoreOf = (id: string) =>
      body.items.find((item: { volunteerId: string }) => item.volunteerId === id).score;
    const scores = [best.id, otherDistrict.id, oneSkill.id, twinA.id].map(scoreOf);
    // 2 of 3 skills: 40 of 60 points; district, hours and availability in full.
    expect(scores).toEqual([80, 65, 60, 31]);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(scores[2]);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(100);
  });

  it('explains each score in the caller language, with machine codes', async () => {
    const polish = await matches(coordinator);
    const find = (items: { volunteerId: string }[], id: string) =>
      items.find((item) => item.volunteerId === id) as any;
    const first = find(polish.body.items, best.id);
    expect(first.reasons).toContain('2 z 3 poszukiwanych umiejętności: tłumaczenia, grafika');
    expect(first.reasons).toContain('ta sama dzielnica: Nowa Huta');
    expect(first.reasons).toContain('10 h tygodniowo (potrzeba 5 h)');
    expect(first.reasons).toContain('dostępność w całym okresie oferty');
    expect(first.factors.map((factor: { code: string }) => factor.code)).toEqual([
      'skills',
      'district_same',
      'hours_fit',
      'availability_full',
    ]);
    const second = find(polish.body.items, otherDistrict.id);
    expect(second.factors.map((factor: { code: string }) => factor.code)).toContain('district_other');
    const english = await matches(coordinator, 'en');
    expect(find(english.body.items, best.id).reasons).toContain(
      '2 of 3 wanted skills: translation, graphic design',
    );
    expect(find(english.body.items, best.id).reasons).toContain('same district: Nowa Huta');
    const twin = english.body.items.find((item: { volunteerId: string }) => item.volunteerId === twinA.id);
    expect(twin.factors.map((factor: { code: string }) => factor.code)).toEqual([
      'skills',
      'district_other',
      'hours_short',
      'availability_unknown',
    ]);
  });

  it("shows the organization's members a volunteer only once it applies, and the others as a count", async () => {
    const staff = await matches(coordinator);
    const before = await matches(orgMember);
    expect(before.status).toBe(200);
    expect(before.body.items).toEqual([]);
    expect(before.body.othersMatching).toBe(staff.body.items.length);
    expect(JSON.stringify(before.body)).not.toContain(best.id);

    const applied = await call(ctx, {
      method: 'POST',
      url: `/api/volunteer-offers/${offerId}/applications`,
      as: admin,
      payload: { volunteerId: oneSkill.id },
    });
    expect(applied.status).toBe(201);
    const after = await matches(orgMember);
    expect(after.body.items.map((item: { volunteerId: string }) => item.volunteerId)).toEqual([oneSkill.id]);
    expect(after.body.items[0]).toMatchObject({ applicationStatus: 'applied', score: 60 });
    expect(after.body.othersMatching).toBe(staff.body.items.length - 1);
    expect(JSON.stringify(after.body)).not.toContain(best.id);
    // Staff still see everyone who matches.
    expect((await matches(coordinator)).body.items).toHaveLength(staff.body.items.length);
  });

  it('gives the same answer every time (ties in id order)', async () => {
    const runs = await Promise.all([matches(admin), matches(admin), matches(admin)]);
    const [first, ...rest] = runs.map((run) => JSON.stringify(run.body));
    for (const other of rest) expect(other).toBe(first);
  });

  it('ranks open offers for a volunteer the same way', async () => {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/volunteers/${best.id}/matches`,
      as: volunteerMember,
    });
    expect(status).toBe(200);
    const mine = body.items.find((item: { offerId: string }) => item.offerId === offerId);
    expect(mine).toMatchObject({ score: 80, organizationName: 'Fundacja Żółty Żagiel' });
    for (let i = 1; i < body.items.length; i++)
      expect(body.items[i - 1].score).toBeGreaterThanOrEqual(body.items[i].score);
  });
});
