import { beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary, UNKNOWN_ID } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { addDays, localDate } from '../../lib/time.ts';
import { sendNextStepReminders } from './incubation.service.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let mentor: TestUser;
let otherAdvisor: TestUser;
let member: TestUser;
let otherMember: TestUser;
let observer: TestUser;
let beneficiaryId: string;

const today = () => localDate(new Date(), 'Europe/Warsaw');
let serial = 0;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  coordinator = await makeUser(ctx, ['coordinator']);
  mentor = await makeUser(ctx, ['advisor'], { name: 'Marta Mentorka' });
  otherAdvisor = await makeUser(ctx, ['advisor']);
  member = await makeUser(ctx, ['member'], { name: 'Paweł Pomysłodawca' });
  otherMember = await makeUser(ctx, ['member']);
  observer = await makeUser(ctx, ['observer']);
  beneficiaryId = (
    await createBeneficiary(ctx, {
      kind: 'informal_group',
      name: 'Grupa Zielone Podwórko',
      email: 'podworko@example.org',
      representatives: [member],
    })
  ).id;
});

async function makeInitiative(payload: Record<string, unknown> = {}) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/initiatives',
    as: coordinator,
    payload: { beneficiaryId, title: `Ogród społeczny ${++serial}`, mentorId: mentor.id, ...payload },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; stage: string };
}

const stage = (id: string, as: TestUser, payload: Record<string, unknown>) =>
  call(ctx, { method: 'POST', url: `/api/initiatives/${id}/stage`, as, payload });

describe('taking an initiative in', () => {
  it('staff create it at the stage idea, with a mentor and the first history entry', async () => {
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: '/api/initiatives',
      as: coordinator,
      payload: {
        beneficiaryId,
        title: 'Ogród na podwórku',
        description: 'Grządki i ławki dla sąsiadów.',
        mentorId: mentor.id,
      },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      stage: 'idea',
      beneficiaryId,
      beneficiaryName: 'Grupa Zielone Podwórko',
      title: 'Ogród na podwórku',
      mentor: { id: mentor.id, name: 'Marta Mentorka' },
      nextStep: null,
      notes: [],
      links: [],
    });
    expect(body.history).toEqual([
      expect.objectContaining({
        from: null,
        to: 'idea',
        changedBy: { id: coordinator.id, name: expect.any(String) },
      }),
    ]);
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=initiative&entityId=${body.id}`,
      as: admin,
    });
    expect(audit.body.items[0]).toMatchObject({ action: 'create' });
  });

  it('takes only an advisor as the mentor (422 otherwise)', async () => {
    for (const mentorId of [member.id, coordinator.id, UNKNOWN_ID, 'nie-id']) {
      const { status, body } = await call(ctx, {
        method: 'POST',
        url: '/api/initiatives',
        as: admin,
        payload: { beneficiaryId, title: 'X', mentorId },
      });
      expect(status, mentorId).toBe(422);
      expect(body.error.details[0].path).toBe('mentorId');
    }
    const noMentor = await call(ctx, {
      method: 'POST',
      url: '/api/initiatives',
      as: admin,
      payload: { beneficiaryId, title: 'Bez mentora' },
    });
    expect(noMentor.status).toBe(201);
    expect(noMentor.body.mentor).toBeNull();
    const unknown = await call(ctx, {
      method: 'POST',
      url: '/api/initiatives',
      as: admin,
      payload: { beneficiaryId: UNKNOWN_ID, title: 'X' },
    });
    expect(unknown.status).toBe(422);
  });
});

describe('stages', () => {
  it('moves through the stages and keeps the history with who, when and the note', async () => {
    const { id } = await makeInitiative();
    const planning = await stage(id, mentor, { stage: 'planning', note: 'Jest plan działania i budżet.' });
    expect(planning.status).toBe(200);
    expect(planning.body.stage).toBe('planning');
    const action = await stage(id, coordinator, { stage: 'first_action' });
    expect(action.status).toBe(200);
    const { body } = await call(ctx, { method: 'GET', url: `/api/initiatives/${id}`, as: member });
    expect(body.history.map((entry: { from: string | null; to: string }) => [entry.from, entry.to])).toEqual([
      [null, 'idea'],
      ['idea', 'planning'],
      ['planning', 'first_action'],
    ]);
    expect(body.history[1]).toMatchObject({
      note: 'Jest plan działania i budżet.',
      changedBy: { id: mentor.id, name: 'Marta Mentorka' },
    });
    expect(new Date(body.history[1].changedAt).getTime()).toBeLessThanOrEqual(
      new Date(body.history[2].changedAt).getTime(),
    );
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=initiative&entityId=${id}`,
      as: admin,
    });
    expect(audit.body.items[0]).toMatchObject({ action: 'stage', reason: 'planning -> first_action' });
  });

  it('refuses the same stage again (409) and an unknown stage (422)', async () => {
    const { id } = await makeInitiative();
    const same = await stage(id, coordinator, { stage: 'idea' });
    expect(same.status).toBe(409);
    expect(same.body.error.details).toEqual({ stage: 'idea' });
    expect((await stage(id, coordinator, { stage: 'famous' })).status).toBe(422);
    expect((await stage(id, coordinator, {})).status).toBe(422);
  });

  it('lets a dropped initiative come back', async () => {
    const { id } = await makeInitiative();
    expect((await stage(id, mentor, { stage: 'dropped', note: 'Grupa się rozpadła.' })).body.stage).toBe(
      'dropped',
    );
    expect((await stage(id, mentor, { stage: 'idea', note: 'Wracają z nowym składem.' })).body.stage).toBe(
      'idea',
    );
  });

  it('the mentor works on its own initiatives only; members only read', async () => {
    const { id } = await makeInitiative();
    expect((await stage(id, otherAdvisor, { stage: 'planning' })).status).toBe(404);
    expect((await stage(id, member, { stage: 'planning' })).status).toBe(403);
    expect((await stage(id, otherMember, { stage: 'planning' })).status).toBe(404);
    expect((await stage(id, observer, { stage: 'planning' })).status).toBe(403);
  });
});

describe('notes, links and the next step', () => {
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

  it('sets the next step with a date; the mentor may not change the mentor', async () => {
    const { id } = await makeInitiative();
    const next = await call(ctx, {
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      as: mentor,
      payload: { nextStep: 'Zebrać podpisy sąsiadów', nextStepDate: addDays(today(), 7) },
    });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({
      nextStep: 'Zebrać podpisy sąsiadów',
      nextStepDate: addDays(today(), 7),
    });
    const past = await call(ctx, {
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      as: mentor,
      payload: { nextStepDate: addDays(today(), -1) },
    });
    expect(past.status).toBe(422);
    expect(
      (
        await call(ctx, {
          method: 'PATCH',
          url: `/api/initiatives/${id}`,
          as: mentor,
          payload: { mentorId: otherAdvisor.id },
        })
      ).status,
    ).toBe(403);
    const handedOver = await call(ctx, {
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      as: coordinator,
      payload: { mentorId: otherAdvisor.id },
    });
    expect(handedOver.body.mentor.id).toBe(otherAdvisor.id);
    expect((await call(ctx, { method: 'GET', url: `/api/initiatives/${id}`, as: mentor })).status).toBe(404);
    expect(
      (
        await call(ctx, {
          method: 'PATCH',
          url: `/api/initiatives/${id}`,
          as: member,
          payload: { nextStep: 'x' },
        })
      ).status,
    ).toBe(403);
  });
});

describe('the next-step reminder', () => {
  it('mails the mentor and the beneficiary the day before, once per date', async () => {
    const { id } = await makeInitiative({ title: 'Festyn sąsiedzki' });
    await call(ctx, {
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      as: mentor,
      payload: { nextStep: 'Spotkanie z radą dzielnicy', nextStepDate: addDays(today(), 1) },
    });
    const later = await makeInitiative({ title: 'Później' });
    await call(ctx, {
      method: 'PATCH',
      url: `/api/initiatives/${later.id}`,
      as: mentor,
      payload: { nextStep: 'x', nextStepDate: addDays(today(), 5) },
    });
    const dropped = await makeInitiative({ title: 'Porzucona' });
    await call(ctx, {
      method: 'PATCH',
      url: `/api/initiatives/${dropped.id}`,
      as: mentor,
      payload: { nextStep: 'x', nextStepDate: addDays(today(), 1) },
    });
    await stage(dropped.id, mentor, { stage: 'dropped' });

    const sent = await Promise.all([sendNextStepReminders(ctx.db), sendNextStepReminders(ctx.db)]);
    expect(sent[0] + sent[1]).toBe(1);
    const toMentor = await call(ctx, { method: 'GET', url: `/api/outbox?to=${mentor.email}`, as: admin });
    const reminders = toMentor.body.items.filter(
      (item: { kind: string }) => item.kind === 'initiative_next_step',
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toBe('Jutro kolejny krok: Festyn sąsiedzki');
    expect(reminders[0].text).toContain('Spotkanie z radą dzielnicy');
    const toMember = await call(ctx, { method: 'GET', url: `/api/outbox?to=${member.email}`, as: admin });
    expect(toMember.body.items.map((item: { kind: string }) => item.kind)).toContain('initiative_next_step');
    const toGroup = await call(ctx, { method: 'GET', url: '/api/outbox?to=podworko@example.org', as: admin });
    expect(toGroup.body.items).toHaveLength(1);
    expect(await sendNextStepReminders(ctx.db)).toBe(0);

    // A new date is a new reminder.
    await call(ctx, {
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      as: mentor,
      payload: { nextStepDate: addDays(today(), 3) },
    });
    expect(await sendNextStepReminders(ctx.db)).toBe(0);
    expect(await sendNextStepReminders(ctx.db, new Date(Date.now() + 2 * 86_400_000))).toBe(1);
  });
});

describe('lists', () => {
  it('staff see all, the mentor its own, members their beneficiaries, observers nothing', async () => {
    const own = await makeInitiative();
    const otherBeneficiary = (await createBeneficiary(ctx, { kind: 'individual', name: 'Inna Osoba' })).id;
    const foreign = await makeInitiative({ beneficiaryId: otherBeneficiary, mentorId: otherAdvisor.id });
    const ids = async (as: TestUser, query = '') =>
      (
        (await call(ctx, { method: 'GET', url: `/api/initiatives?limit=200${query}`, as })).body.items as {
          id: string;
        }[]
      ).map((item) => item.id);
    expect(await ids(coordinator)).toEqual(expect.arrayContaining([own.id, foreign.id]));
    expect(await ids(mentor)).toContain(own.id);
    expect(await ids(mentor)).not.toContain(foreign.id);
    expect(await ids(member)).toContain(own.id);
    expect(await ids(member)).not.toContain(foreign.id);
    expect(await ids(otherMember)).toEqual([]);
    expect(await ids(coordinator, '&stage=planning')).not.toContain(own.id);
    expect(await ids(coordinator, `&mentorId=${otherAdvisor.id}`)).toContain(foreign.id);
    expect(await ids(coordinator, `&mentorId=${otherAdvisor.id}`)).not.toContain(own.id);
    expect((await call(ctx, { method: 'GET', url: '/api/initiatives', as: observer })).status).toBe(403);
    expect((await call(ctx, { method: 'GET', url: '/api/initiatives' })).status).toBe(401);
  });
});

describe('who may do what', () => {
  type RoleName =
    | 'admin'
    | 'coordinator'
    | 'mentor'
    | 'otherAdvisor'
    | 'member'
    | 'otherMember'
    | 'observer'
    | 'anonymous';
  const roles: RoleName[] = [
    'admin',
    'coordinator',
    'mentor',
    'otherAdvisor',
    'member',
    'otherMember',
    'observer',
    'anonymous',
  ];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, mentor, otherAdvisor, member, otherMember, observer, anonymous: null })[role];
  type Request = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object };

  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'POST /initiatives',
      request: async () => ({
        method: 'POST',
        url: '/api/initiatives',
        payload: { beneficiaryId, title: 'Nowa' },
      }),
      expected: [201, 201, 403, 403, 403, 403, 403, 401],
    },
    {
      name: 'GET /initiatives',
      request: async () => ({ method: 'GET', url: '/api/initiatives' }),
      expected: [200, 200, 200, 200, 200, 200, 403, 401],
    },
    {
      name: 'GET /initiatives/:id',
      request: async () => ({ method: 'GET', url: `/api/initiatives/${(await makeInitiative()).id}` }),
      expected: [200, 200, 200, 404, 200, 404, 403, 401],
    },
    {
      name: 'PATCH /initiatives/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/initiatives/${(await makeInitiative()).id}`,
        payload: { nextStep: 'Zadzwonić' },
      }),
      expected: [200, 200, 200, 404, 403, 404, 403, 401],
    },
    {
      name: 'POST /initiatives/:id/stage',
      request: async () => ({
        method: 'POST',
        url: `/api/initiatives/${(await makeInitiative()).id}/stage`,
        payload: { stage: 'planning' },
      }),
      expected: [200, 200, 200, 404, 403, 404, 403, 401],
    },
    {
      name: 'POST /initiatives/:id/notes',
      request: async () => ({
        method: 'POST',
        url: `/api/initiatives/${(await makeInitiative()).id}/notes`,
        payload: { body: 'Notatka' },
      }),
      expected: [201, 201, 201, 404, 403, 404, 403, 401],
    },
    {
      name: 'POST /initiatives/:id/links',
      request: async () => ({
        method: 'POST',
        url: `/api/initiatives/${(await makeInitiative()).id}/links`,
        payload: { kind: 'other', label: 'Warsztaty' },
      }),
      expected: [201, 201, 201, 404, 403, 404, 403, 401],
    },
    {
      name: 'DELETE /initiatives/:id/links/:linkId',
      request: async () => {
        const { id } = await makeInitiative();
        const link = await call(ctx, {
          method: 'POST',
          url: `/api/initiatives/${id}/links`,
          as: admin,
          payload: { kind: 'other', label: 'x' },
        });
        return { method: 'DELETE', url: `/api/initiatives/${id}/links/${link.body.id}` };
      },
      expected: [204, 204, 204, 404, 403, 404, 403, 401],
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
  it('answers unknown or malformed ids with 404 and odd bodies with 422', async () => {
    expect(
      (await call(ctx, { method: 'GET', url: `/api/initiatives/${UNKNOWN_ID}`, as: admin })).status,
    ).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/initiatives/abc', as: admin })).status).toBe(404);
    expect((await stage(UNKNOWN_ID, admin, { stage: 'planning' })).status).toBe(404);
    const { id } = await makeInitiative();
    for (const payload of [{ nextStepDate: '2026-02-30' }, { title: '' }, { unknown: 1 }, { nextStep: 5 }]) {
      expect(
        (await call(ctx, { method: 'PATCH', url: `/api/initiatives/${id}`, as: admin, payload })).status,
        JSON.stringify(payload),
      ).toBe(422);
    }
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(body.paths['/api/initiatives/{id}/stage'].post.tags).toEqual(['incubation']);
  });
});
