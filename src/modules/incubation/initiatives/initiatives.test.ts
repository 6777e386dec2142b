import { describe, expect, it } from 'vitest';
import { createBeneficiary, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
  admin,
  beneficiaryId,
  coordinator,
  ctx,
  makeInitiative,
  member,
  mentor,
  observer,
  otherAdvisor,
  otherMember,
  setupIncubation,
  stage,
  today,
} from '../incubation.test-support.ts';
import { sendNextStepReminders } from './reminders.ts';

setupIncubation();

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

describe('the next step', () => {
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
