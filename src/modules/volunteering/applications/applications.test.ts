import { describe, expect, it } from 'vitest';
import { futureDate } from '../../../../test/factories.ts';
import { backend, call, type TestUser } from '../../../../test/helpers.ts';
import { pdfText } from '../../../../test/pdf.ts';
import { addDays } from '../../../lib/time.ts';
import {
  admin,
  advisor,
  coordinator,
  ctx,
  makeApplication,
  makeOffer,
  makeVolunteer,
  orgMember,
  otherMember,
  setupVolunteering,
  today,
  volunteerMember,
} from '../volunteering.test-support.ts';

setupVolunteering();

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

/** PGlite runs one transaction at a time, so only PostgreSQL can race these accepts. */
describe(`applications (parallel requests, ${backend})`, () => {
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
