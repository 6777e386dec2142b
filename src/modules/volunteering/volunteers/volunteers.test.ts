import { describe, expect, it } from 'vitest';
import { createBeneficiary, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
  admin,
  ctx,
  groupId,
  makeVolunteer,
  organizationId,
  otherMember,
  person,
  setupVolunteering,
  today,
  volunteerMember,
} from '../volunteering.test-support.ts';

setupVolunteering();

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
