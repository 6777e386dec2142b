import { beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary, futureDate, UNKNOWN_ID } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { pdfText } from '../../../test/pdf.ts';
import { addDays, localDate } from '../../lib/time.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let advisor: TestUser;
let orgMember: TestUser;
let volunteerMember: TestUser;
let otherMember: TestUser;
let observer: TestUser;
let organizationId: string;
let groupId: string;

const today = () => localDate(new Date(), 'Europe/Warsaw');
let serial = 0;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  coordinator = await makeUser(ctx, ['coordinator']);
  advisor = await makeUser(ctx, ['advisor']);
  orgMember = await makeUser(ctx, ['member'], { name: 'Ola Organizatorka' });
  volunteerMember = await makeUser(ctx, ['member'], { name: 'Wiktor Wolontariusz' });
  otherMember = await makeUser(ctx, ['member']);
  observer = await makeUser(ctx, ['observer']);
  organizationId = (
    await createBeneficiary(ctx, {
      name: 'Fundacja Żółty Żagiel',
      email: 'biuro@zagiel.example',
      representatives: [orgMember],
    })
  ).id;
  groupId = (
    await createBeneficiary(ctx, {
      kind: 'informal_group',
      name: 'Sąsiedzi z Bieńczyc',
      representatives: [orgMember],
    })
  ).id;
});

/** An individual beneficiary represented by the volunteer's member. */
const person = async (name = `Łucja Wolontariuszka ${++serial}`, email?: string) =>
  (await createBeneficiary(ctx, { kind: 'individual', name, email, representatives: [volunteerMember] })).id;

async function makeVolunteer(payload: Record<string, unknown> = {}, name?: string) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/volunteers',
    as: admin,
    payload: { beneficiaryId: await person(name), skills: ['translation'], ...payload },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; beneficiaryId: string; name: string };
}

async function makeOffer(payload: Record<string, unknown> = {}) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/volunteer-offers',
    as: admin,
    payload: {
      organizationId,
      title: `Tłumaczenia ulotek ${++serial}`,
      skills: ['translation'],
      volunteersNeeded: 3,
      ...payload,
    },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; title: string };
}

/** An application of a fresh volunteer to a fresh offer, in the given status. */
async function makeApplication(status: 'applied' | 'accepted' | 'completed' = 'applied', offerPayload = {}) {
  const offer = await makeOffer(offerPayload);
  const volunteer = await makeVolunteer();
  const applied = await call(ctx, {
    method: 'POST',
    url: `/api/volunteer-offers/${offer.id}/applications`,
    as: admin,
    payload: { volunteerId: volunteer.id },
  });
  expect(applied.status).toBe(201);
  if (status !== 'applied') {
    expect(
      (await call(ctx, { method: 'POST', url: `/api/applications/${applied.body.id}/accept`, as: admin }))
        .status,
    ).toBe(200);
  }
  if (status === 'completed') {
    expect(
      (await call(ctx, { method: 'POST', url: `/api/applications/${applied.body.id}/complete`, as: admin }))
        .status,
    ).toBe(200);
  }
  return { id: applied.body.id as string, offer, volunteer };
}

describe('skills', () => {
  it('lists the shared skills with Polish and English labels, for anyone', async () => {
    const polish = await call(ctx, {
      method: 'GET',
      url: '/api/volunteer-skills',
      headers: { 'accept-language': 'pl' },
    });
    expect(polish.status).toBe(200);
    expect(polish.body.items).toContainEqual({
      code: 'translation',
      label: 'tłumaczenia',
      pl: 'tłumaczenia',
      en: 'translation',
    });
    const english = await call(ctx, { method: 'GET', url: '/api/volunteer-skills' });
    expect(english.body.items.find((item: { code: string }) => item.code === 'graphic_design').label).toBe(
      'graphic design',
    );
    expect(english.body.items.length).toBeGreaterThanOrEqual(12);
  });
});

describe('volunteer profiles', () => {
  it('a member registers the person it represents: skills, free tags, districts, hours and availability', async () => {
    const beneficiaryId = await person('Zofia Źdźbło');
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: '/api/volunteers',
      as: volunteerMember,
      payload: {
        beneficiaryId,
        skills: ['translation', 'photography', 'translation'],
        tags: [' Język Ukraiński ', 'język ukraiński', 'rower'],
        districts: [18, 1],
        hoursPerWeek: 6,
        availability: { from: today(), to: addDays(today(), 90), weekdays: ['sat', 'sun'], note: 'weekendy' },
      },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      beneficiaryId,
      name: 'Zofia Źdźbło',
      skills: ['translation', 'photography'],
      tags: ['język ukraiński', 'rower'],
      districts: [1, 18],
      hoursPerWeek: 6,
      availability: { from: today(), weekdays: ['sat', 'sun'], note: 'weekendy' },
      active: true,
    });
    const again = await call(ctx, {
      method: 'POST',
      url: '/api/volunteers',
      as: admin,
      payload: { beneficiaryId, skills: ['it'] },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details.existingId).toBe(body.id);
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=volunteer&entityId=${body.id}`,
      as: admin,
    });
    expect(audit.body.items[0]).toMatchObject({ action: 'create', entity: 'volunteer' });
  });

  it('refuses an organization or an informal group as a volunteer (422), and bad values (422)', async () => {
    for (const beneficiaryId of [organizationId, groupId]) {
      const { status, body } = await call(ctx, {
        method: 'POST',
        url: '/api/volunteers',
        as: admin,
        payload: { beneficiaryId, skills: ['it'] },
      });
      expect(status).toBe(422);
      expect(body.error.details[0].path).toBe('beneficiaryId');
    }
    const beneficiaryId = await person();
    const bad: Record<string, unknown>[] = [
      { skills: [] },
      { skills: ['juggling'] },
      { skills: ['it'], districts: [19] },
      { skills: ['it'], districts: [0] },
      { skills: ['it'], hoursPerWeek: 0 },
      { skills: ['it'], availability: { from: '2026-02-30' } },
      { skills: ['it'], availability: { from: addDays(today(), 10), to: today() } },
      { skills: ['it'], tags: ['x'.repeat(51)] },
    ];
    for (const payload of bad) {
      const { status } = await call(ctx, {
        method: 'POST',
        url: '/api/volunteers',
        as: admin,
        payload: { beneficiaryId, ...payload },
      });
      expect(status, JSON.stringify(payload)).toBe(422);
    }
    const unknown = await call(ctx, {
      method: 'POST',
      url: '/api/volunteers',
      as: admin,
      payload: { beneficiaryId: UNKNOWN_ID, skills: ['it'] },
    });
    expect(unknown.status).toBe(422);
  });

  it('a member may not register a person it does not represent', async () => {
    const stranger = (await createBeneficiary(ctx, { kind: 'individual', name: 'Obca Osoba' })).id;
    const { status } = await call(ctx, {
      method: 'POST',
      url: '/api/volunteers',
      as: volunteerMember,
      payload: { beneficiaryId: stranger, skills: ['it'] },
    });
    expect(status).toBe(403);
  });

  it('members list and change only the profiles of the people they represent', async () => {
    const volunteer = await makeVolunteer({ skills: ['care'] });
    const mine = await call(ctx, { method: 'GET', url: '/api/volunteers?skill=care', as: volunteerMember });
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(volunteer.id);
    const theirs = await call(ctx, { method: 'GET', url: '/api/volunteers', as: otherMember });
    expect(theirs.body.items).toEqual([]);
    const changed = await call(ctx, {
      method: 'PATCH',
      url: `/api/volunteers/${volunteer.id}`,
      as: volunteerMember,
      payload: { hoursPerWeek: 3, active: false },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ hoursPerWeek: 3, active: false, skills: ['care'] });
    expect(
      (await call(ctx, { method: 'GET', url: `/api/volunteers/${volunteer.id}`, as: otherMember })).status,
    ).toBe(404);
  });
});

describe('offers', () => {
  it("an organization's member publishes an offer; an informal group may too; an individual may not", async () => {
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
      status: 'open',
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
    const polish = await matches(orgMember);
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
    const english = await matches(orgMember, 'en');
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

describe('applications', () => {
  it('a member applies for the volunteer it represents; the organization is told by e-mail', async () => {
    const offer = await makeOffer({ title: 'Korepetycje z matematyki' });
    const volunteer = await makeVolunteer({}, 'Jerzy Świątek');
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: `/api/volunteer-offers/${offer.id}/applications`,
      as: volunteerMember,
      payload: { volunteerId: volunteer.id, message: 'Chętnie pomogę.' },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: 'applied',
      offerId: offer.id,
      volunteerId: volunteer.id,
      volunteerName: 'Jerzy Świątek',
    });
    const mail = await call(ctx, { method: 'GET', url: `/api/outbox?to=${orgMember.email}`, as: admin });
    expect(mail.body.items[0]).toMatchObject({
      kind: 'volunteer_application_received',
      subject: 'Nowe zgłoszenie wolontariusza: Korepetycje z matematyki',
    });
    const organizationMail = await call(ctx, {
      method: 'GET',
      url: '/api/outbox?to=biuro@zagiel.example',
      as: admin,
    });
    expect(organizationMail.body.items.length).toBeGreaterThan(0);
    const twice = await call(ctx, {
      method: 'POST',
      url: `/api/volunteer-offers/${offer.id}/applications`,
      as: volunteerMember,
      payload: { volunteerId: volunteer.id },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.existingId).toBe(body.id);
  });

  it('accept, decline and complete follow the workflow; anything else is 409', async () => {
    const { id } = await makeApplication();
    const byVolunteer = await call(ctx, {
      method: 'POST',
      url: `/api/applications/${id}/accept`,
      as: volunteerMember,
    });
    expect(byVolunteer.status).toBe(403);
    const completeEarly = await call(ctx, {
      method: 'POST',
      url: `/api/applications/${id}/complete`,
      as: orgMember,
    });
    expect(completeEarly.status).toBe(409);
    expect(completeEarly.body.error.details).toMatchObject({ status: 'applied', action: 'complete' });
    const accepted = await call(ctx, {
      method: 'POST',
      url: `/api/applications/${id}/accept`,
      as: orgMember,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', decidedBy: orgMember.id });
    const mail = await call(ctx, {
      method: 'GET',
      url: `/api/outbox?to=${volunteerMember.email}`,
      as: admin,
    });
    expect(mail.body.items.map((item: { kind: string }) => item.kind)).toContain(
      'volunteer_application_accepted',
    );
    expect(
      (await call(ctx, { method: 'POST', url: `/api/applications/${id}/accept`, as: orgMember })).status,
    ).toBe(409);
    expect(
      (await call(ctx, { method: 'POST', url: `/api/applications/${id}/decline`, as: orgMember })).status,
    ).toBe(409);
    const completed = await call(ctx, {
      method: 'POST',
      url: `/api/applications/${id}/complete`,
      as: orgMember,
    });
    expect(completed.body.status).toBe('completed');
    const declined = await makeApplication();
    const decline = await call(ctx, {
      method: 'POST',
      url: `/api/applications/${declined.id}/decline`,
      as: coordinator,
      payload: { reason: 'Komplet chętnych' },
    });
    expect(decline.body).toMatchObject({ status: 'declined', decisionReason: 'Komplet chętnych' });
    const declinedMail = await call(ctx, {
      method: 'GET',
      url: `/api/outbox?to=${volunteerMember.email}`,
      as: admin,
    });
    expect(declinedMail.body.items[0]).toMatchObject({ kind: 'volunteer_application_declined' });
    expect(declinedMail.body.items[0].text).toContain('Komplet chętnych');
  });

  it('never accepts more volunteers than the offer needs, even at once', async () => {
    const offer = await makeOffer({ volunteersNeeded: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const volunteer = await makeVolunteer();
      const applied = await call(ctx, {
        method: 'POST',
        url: `/api/volunteer-offers/${offer.id}/applications`,
        as: admin,
        payload: { volunteerId: volunteer.id },
      });
      ids.push(applied.body.id);
    }
    const results = await Promise.all(
      ids.map((id) => call(ctx, { method: 'POST', url: `/api/applications/${id}/accept`, as: admin })),
    );
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([200, 200, 409, 409, 409]);
    const full = results.find((result) => result.status === 409);
    expect(full?.body.error.details).toMatchObject({ reason: 'offer_full', volunteersNeeded: 2 });
    const after = await call(ctx, { method: 'GET', url: `/api/volunteer-offers/${offer.id}`, as: admin });
    expect(after.body.volunteersAccepted).toBe(2);
  });

  it('refuses applications to a closed offer (409; 404 for members) and from an inactive profile (422)', async () => {
    const offer = await makeOffer();
    await call(ctx, {
      method: 'PATCH',
      url: `/api/volunteer-offers/${offer.id}`,
      as: admin,
      payload: { status: 'closed' },
    });
    const volunteer = await makeVolunteer();
    const apply = (as: TestUser) =>
      call(ctx, {
        method: 'POST',
        url: `/api/volunteer-offers/${offer.id}/applications`,
        as,
        payload: { volunteerId: volunteer.id },
      });
    // Staff see the closed offer and are told why; for members it no longer exists.
    const closed = await apply(coordinator);
    expect(closed.status).toBe(409);
    expect(closed.body.error.details.status).toBe('closed');
    expect((await apply(volunteerMember)).status).toBe(404);
    const open = await makeOffer();
    await call(ctx, {
      method: 'PATCH',
      url: `/api/volunteers/${volunteer.id}`,
      as: admin,
      payload: { active: false },
    });
    const inactive = await call(ctx, {
      method: 'POST',
      url: `/api/volunteer-offers/${open.id}/applications`,
      as: volunteerMember,
      payload: { volunteerId: volunteer.id },
    });
    expect(inactive.status).toBe(422);
  });

  it('lists applications for the organization and for the volunteer', async () => {
    const { id, offer, volunteer } = await makeApplication();
    const forOffer = await call(ctx, {
      method: 'GET',
      url: `/api/volunteer-offers/${offer.id}/applications`,
      as: orgMember,
    });
    expect(forOffer.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    const forVolunteer = await call(ctx, {
      method: 'GET',
      url: `/api/volunteers/${volunteer.id}/applications`,
      as: volunteerMember,
    });
    expect(forVolunteer.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/applications/${id}`, as: volunteerMember })).status,
    ).toBe(200);
    expect((await call(ctx, { method: 'GET', url: `/api/applications/${id}`, as: otherMember })).status).toBe(
      404,
    );
  });
});

describe('hours', () => {
  const log = (id: string, as: TestUser, payload: Record<string, unknown>) =>
    call(ctx, { method: 'POST', url: `/api/applications/${id}/hours`, as, payload });

  it('takes at most 24 hours a day per application', async () => {
    const { id } = await makeApplication('accepted');
    const first = await log(id, volunteerMember, { date: today(), hours: 8, note: 'Tłumaczenie ulotki' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      date: today(),
      hours: 8,
      dayTotal: 8,
      totalHours: 8,
      loggedBy: volunteerMember.id,
    });
    const over = await log(id, volunteerMember, { date: today(), hours: 17 });
    expect(over.status).toBe(422);
    expect(over.body.error.details[0]).toMatchObject({ path: 'hours', rule: 'day_limit', alreadyLogged: 8 });
    const upTo = await log(id, orgMember, { date: today(), hours: 16 });
    expect(upTo.status).toBe(201);
    expect(upTo.body.dayTotal).toBe(24);
    expect((await log(id, volunteerMember, { date: today(), hours: 0.25 })).status).toBe(422);
    const single = await makeApplication('accepted');
    const tooMany = await log(single.id, admin, { date: today(), hours: 25 });
    expect(tooMany.status).toBe(422);
  });

  it('refuses future days, zero or negative hours, and odd fractions', async () => {
    const { id } = await makeApplication('accepted');
    const future = await log(id, admin, { date: addDays(today(), 1), hours: 2 });
    expect(future.status).toBe(422);
    expect(future.body.error.details[0]).toMatchObject({ path: 'date', rule: 'future_date' });
    for (const hours of [0, -1, 1.1, 'dwie']) {
      expect((await log(id, admin, { date: today(), hours })).status, String(hours)).toBe(422);
    }
    expect((await log(id, admin, { date: '2026-13-01', hours: 1 })).status).toBe(422);
  });

  it('only on accepted or completed applications (409 otherwise)', async () => {
    const applied = await makeApplication('applied');
    const refused = await log(applied.id, admin, { date: today(), hours: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.status).toBe('applied');
    const completed = await makeApplication('completed');
    expect((await log(completed.id, volunteerMember, { date: today(), hours: 1.5 })).status).toBe(201);
  });

  it('staff may backfill earlier days; members log from the day they applied', async () => {
    const { id } = await makeApplication('accepted');
    const lastMonth = addDays(today(), -30);
    const member = await log(id, volunteerMember, { date: lastMonth, hours: 3 });
    expect(member.status).toBe(422);
    expect(member.body.error.details[0].rule).toBe('before_engagement');
    expect((await log(id, coordinator, { date: lastMonth, hours: 3 })).status).toBe(201);
    const listed = await call(ctx, {
      method: 'GET',
      url: `/api/applications/${id}/hours`,
      as: volunteerMember,
    });
    expect(listed.body).toMatchObject({ totalHours: 3, items: [{ date: lastMonth, hours: 3 }] });
    expect((await log(id, otherMember, { date: today(), hours: 1 })).status).toBe(404);
    expect((await log(id, advisor, { date: today(), hours: 1 })).status).toBe(403);
  });

  it('sums concurrent entries of one day without passing 24 hours', async () => {
    const { id } = await makeApplication('accepted');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => log(id, admin, { date: today(), hours: 5 })),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(4);
    expect(results.filter((result) => result.status === 422)).toHaveLength(2);
  });
});

describe('documents', () => {
  it('fills in the volunteering agreement as a PDF with Polish characters', async () => {
    const offer = await makeOffer({
      title: 'Opieka nad zwierzętami w schronisku',
      description: 'Spacery z psami, sprzątanie boksów.',
      skills: ['care'],
      start: futureDate(-10),
      end: futureDate(80),
      hoursPerWeek: 4,
    });
    const volunteer = await makeVolunteer({ skills: ['care'] }, 'Łukasz Żółkiewski');
    const applied = await call(ctx, {
      method: 'POST',
      url: `/api/volunteer-offers/${offer.id}/applications`,
      as: volunteerMember,
      payload: { volunteerId: volunteer.id },
    });
    const early = await call(ctx, {
      method: 'GET',
      url: `/api/applications/${applied.body.id}/agreement.pdf`,
      as: volunteerMember,
    });
    expect(early.status).toBe(409);
    await call(ctx, { method: 'POST', url: `/api/applications/${applied.body.id}/accept`, as: orgMember });
    const { status, response } = await call(ctx, {
      method: 'GET',
      url: `/api/applications/${applied.body.id}/agreement.pdf`,
      as: volunteerMember,
    });
    expect(status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('attachment');
    const text = (await pdfText(response.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Porozumienie o wykonywaniu świadczeń przez wolontariusza');
    expect(text).toContain('Fundacja Żółty Żagiel');
    expect(text).toContain('Łukasz Żółkiewski');
    expect(text).toContain('Opieka nad zwierzętami w schronisku');
    expect(text).toContain('do 4 godzin tygodniowo');
    expect(text).toContain('dłuższy niż 30 dni');
    expect(text).toContain('Obowiązki Korzystającego');
    expect(text).toContain('Wolontariusz (podpis)');
  });

  it('issues a certificate (zaświadczenie) of the hours logged', async () => {
    const { id } = await makeApplication('accepted');
    await call(ctx, {
      method: 'POST',
      url: `/api/applications/${id}/hours`,
      as: admin,
      payload: { date: addDays(today(), -3), hours: 2.5 },
    });
    await call(ctx, {
      method: 'POST',
      url: `/api/applications/${id}/hours`,
      as: admin,
      payload: { date: today(), hours: 4 },
    });
    const { status, response } = await call(ctx, {
      method: 'GET',
      url: `/api/applications/${id}/certificate.pdf`,
      as: orgMember,
    });
    expect(status).toBe(200);
    const text = (await pdfText(response.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Zaświadczenie o wykonaniu świadczeń przez wolontariusza');
    expect(text).toContain('6,5 godz.');
    expect(text).toContain('Fundacja Żółty Żagiel zaświadcza');
    expect(
      (await call(ctx, { method: 'GET', url: `/api/applications/${id}/certificate.pdf`, as: otherMember }))
        .status,
    ).toBe(404);
  });
});

describe('who may do what', () => {
  type RoleName =
    | 'admin'
    | 'coordinator'
    | 'advisor'
    | 'orgMember'
    | 'volunteerMember'
    | 'otherMember'
    | 'observer'
    | 'anonymous';
  const roles: RoleName[] = [
    'admin',
    'coordinator',
    'advisor',
    'orgMember',
    'volunteerMember',
    'otherMember',
    'observer',
    'anonymous',
  ];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, advisor, orgMember, volunteerMember, otherMember, observer, anonymous: null })[
      role
    ];
  type Request = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };

  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'GET /volunteer-skills',
      request: async () => ({ method: 'GET', url: '/api/volunteer-skills' }),
      expected: [200, 200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: 'POST /volunteers',
      request: async () => ({
        method: 'POST',
        url: '/api/volunteers',
        payload: { beneficiaryId: await person(), skills: ['it'] },
      }),
      expected: [201, 201, 403, 403, 201, 403, 403, 401],
    },
    {
      name: 'GET /volunteers',
      request: async () => ({ method: 'GET', url: '/api/volunteers' }),
      expected: [200, 200, 403, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /volunteers/:id',
      request: async () => ({ method: 'GET', url: `/api/volunteers/${(await makeVolunteer()).id}` }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'PATCH /volunteers/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/volunteers/${(await makeVolunteer()).id}`,
        payload: { hoursPerWeek: 2 },
      }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'GET /volunteers/:id/matches',
      request: async () => ({ method: 'GET', url: `/api/volunteers/${(await makeVolunteer()).id}/matches` }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'GET /volunteers/:id/applications',
      request: async () => ({
        method: 'GET',
        url: `/api/volunteers/${(await makeVolunteer()).id}/applications`,
      }),
      expected: [200, 200, 403, 404, 200, 404, 403, 401],
    },
    {
      name: 'POST /volunteer-offers',
      request: async () => ({
        method: 'POST',
        url: '/api/volunteer-offers',
        payload: { organizationId, title: 'Oferta', skills: ['it'], volunteersNeeded: 1 },
      }),
      expected: [201, 201, 403, 201, 403, 403, 403, 401],
    },
    {
      name: 'GET /volunteer-offers',
      request: async () => ({ method: 'GET', url: '/api/volunteer-offers' }),
      expected: [200, 200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /volunteer-offers/:id',
      request: async () => ({ method: 'GET', url: `/api/volunteer-offers/${(await makeOffer()).id}` }),
      expected: [200, 200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: 'PATCH /volunteer-offers/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/volunteer-offers/${(await makeOffer()).id}`,
        payload: { volunteersNeeded: 4 },
      }),
      expected: [200, 200, 403, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /volunteer-offers/:id/matches',
      request: async () => ({
        method: 'GET',
        url: `/api/volunteer-offers/${(await makeOffer()).id}/matches`,
      }),
      expected: [200, 200, 403, 200, 403, 403, 403, 401],
    },
    {
      name: 'POST /volunteer-offers/:id/applications',
      request: async () => ({
        method: 'POST',
        url: `/api/volunteer-offers/${(await makeOffer()).id}/applications`,
        payload: { volunteerId: (await makeVolunteer()).id },
      }),
      expected: [201, 201, 403, 403, 201, 403, 403, 401],
    },
    {
      name: 'GET /volunteer-offers/:id/applications',
      request: async () => ({
        method: 'GET',
        url: `/api/volunteer-offers/${(await makeOffer()).id}/applications`,
      }),
      expected: [200, 200, 403, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /applications/:id',
      request: async () => ({ method: 'GET', url: `/api/applications/${(await makeApplication()).id}` }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/accept',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication()).id}/accept`,
      }),
      expected: [200, 200, 403, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/decline',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication()).id}/decline`,
      }),
      expected: [200, 200, 403, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/complete',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication('accepted')).id}/complete`,
      }),
      expected: [200, 200, 403, 200, 403, 404, 403, 401],
    },
    {
      name: 'POST /applications/:id/hours',
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await makeApplication('accepted')).id}/hours`,
        payload: { date: today(), hours: 1 },
      }),
      expected: [201, 201, 403, 201, 201, 404, 403, 401],
    },
    {
      name: 'GET /applications/:id/hours',
      request: async () => ({
        method: 'GET',
        url: `/api/applications/${(await makeApplication('accepted')).id}/hours`,
      }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
    },
    {
      name: 'GET /applications/:id/agreement.pdf',
      request: async () => ({
        method: 'GET',
        url: `/api/applications/${(await makeApplication('accepted')).id}/agreement.pdf`,
      }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
    },
    {
      name: 'GET /applications/:id/certificate.pdf',
      request: async () => ({
        method: 'GET',
        url: `/api/applications/${(await makeApplication('accepted')).id}/certificate.pdf`,
      }),
      expected: [200, 200, 403, 200, 200, 404, 403, 401],
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
});

describe('bad input', () => {
  it('answers unknown ids with 404 and malformed ones without a 5xx', async () => {
    for (const url of [
      `/api/volunteers/${UNKNOWN_ID}`,
      '/api/volunteers/not-an-id',
      `/api/applications/${UNKNOWN_ID}`,
      `/api/applications/x/agreement.pdf`,
      `/api/volunteer-offers/${UNKNOWN_ID}/matches`,
    ]) {
      expect((await call(ctx, { method: 'GET', url, as: admin })).status, url).toBe(404);
    }
    const junk = await call(ctx, {
      method: 'POST',
      url: `/api/volunteer-offers/${UNKNOWN_ID}/applications`,
      as: admin,
      payload: { volunteerId: 'x' },
    });
    expect(junk.status).toBe(404);
    const query = await call(ctx, { method: 'GET', url: '/api/volunteer-offers?district=abc' });
    expect(query.status).toBe(400);
  });

  it('describes every volunteering route in the OpenAPI document', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(body.paths['/api/volunteer-offers/{id}/matches'].get.tags).toEqual(['volunteering']);
    expect(body.paths['/api/applications/{id}/hours'].post.requestBody).toBeDefined();
  });
});
