import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, makeUser, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
  act,
  admin,
  advisorId,
  advisorUser,
  appointment,
  beneficiaryId,
  book,
  booked,
  centerId,
  coordinator,
  ctx,
  day,
  mailTo,
  member,
  observer,
  otherAdvisorUser,
  otherBeneficiaryId,
  otherCenterId,
  otherCoordinator,
  otherMember,
  past,
  setupAdvice,
} from '../advice.test-support.ts';

beforeAll(setupAdvice);

describe('appointments', () => {
  it('are booked inside the availability by members for their beneficiaries, the advisor or staff; mailed', async () => {
    const mine = await book(member, { start: at(day, '09:00'), end: at(day, '10:00') });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      advisorId,
      advisorName: 'Mecenas Józefa Łęcka',
      beneficiaryId,
      beneficiaryName: 'Fundacja Źródło',
      centerId,
      kind: 'consulting',
      status: 'booked',
      bookedBy: member.id,
      notes: null,
    });
    const advisorMail = await mailTo(advisorUser.email);
    expect(advisorMail[0]).toMatchObject({
      kind: 'appointment_booked',
      subject: 'Umówiono spotkanie: konsultacja, Statut stowarzyszenia',
    });
    expect((await mailTo(member.email))[0]?.kind).toBe('appointment_booked');
    expect((await mailTo('biuro@zrodlo.example'))[0]?.kind).toBe('appointment_booked');

    expect((await booked({ start: at(day, '11:00'), end: at(day, '12:00') }, advisorUser)).bookedBy).toBe(
      advisorUser.id,
    );
    expect((await booked({ start: at(day, '12:00'), end: at(day, '13:00') }, admin)).status).toBe('booked');
    expect(
      (
        await book(member, {
          beneficiaryId: otherBeneficiaryId,
          start: at(day, '13:00'),
          end: at(day, '14:00'),
        })
      ).status,
    ).toBe(403);
    expect((await book(otherAdvisorUser, { start: at(day, '13:00'), end: at(day, '14:00') })).status).toBe(
      403,
    );
    expect((await book(otherCoordinator, { start: at(day, '13:00'), end: at(day, '14:00') })).status).toBe(
      403,
    );
    expect((await book(observer, { start: at(day, '13:00'), end: at(day, '14:00') })).status).toBe(403);
    expect((await book(null, { start: at(day, '13:00'), end: at(day, '14:00') })).status).toBe(401);
  });

  it('refuses times outside the availability (422), overlaps (409) and bad references', async () => {
    const outside = await book(member, { start: at(day, '16:30'), end: at(day, '17:30') });
    expect(outside.status).toBe(422);
    expect(outside.body.error.details[0].rule).toBe('outside_availability');
    const polish = await call(ctx, {
      method: 'POST',
      url: '/api/appointments',
      as: member,
      headers: { 'accept-language': 'pl' },
      payload: appointment({ start: at(day, '07:00'), end: at(day, '08:00') }),
    });
    expect(polish.body.error.message).toBe('Doradca nie jest dostępny w tym czasie.');
    const first = await booked({ start: at(addDays(day, 1), '10:00'), end: at(addDays(day, 1), '11:00') });
    const overlap = await book(member, {
      start: at(addDays(day, 1), '10:30'),
      end: at(addDays(day, 1), '11:30'),
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.details.conflicts).toEqual([
      {
        appointmentId: first.id,
        start: at(addDays(day, 1), '10:00'),
        end: at(addDays(day, 1), '11:00'),
        status: 'booked',
      },
    ]);
    expect(
      (await book(member, { start: at(addDays(day, 1), '11:00'), end: at(addDays(day, 1), '12:00') })).status,
    ).toBe(201);
    expect((await book(member, { advisorId: UNKNOWN_ID })).body.error.details[0].path).toBe('advisorId');
    expect((await book(member, { beneficiaryId: 'nope' })).body.error.details[0].path).toBe('beneficiaryId');
    expect(
      (await book(member, { engagementId: UNKNOWN_ID, start: at(day, '15:00'), end: at(day, '16:00') })).body
        .error.details[0].path,
    ).toBe('engagementId');
    expect((await book(member, { kind: 'therapy' })).status).toBe(422);
    expect((await book(member, { topic: '' })).status).toBe(422);
    const backwards = await book(member, { start: at(day, '15:00'), end: at(day, '14:00') });
    expect(backwards.body.error.details[0].rule).toBe('end_before_start');
    const late = await book(member, { start: at(past, '10:00'), end: at(past, '11:00') });
    expect(late.body.error.details[0].rule).toBe('in_past');
  });

  it('never double-books an advisor: of 20 overlapping requests at once, exactly one wins', async () => {
    const date = addDays(day, 2);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        book(i % 2 ? member : coordinator, {
          start: at(date, `${String(10 + (i % 3)).padStart(2, '0')}:00`),
          end: at(date, '13:30'),
        }),
      ),
    );
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const rows = await ctx.db
      .selectFrom('appointments')
      .select('id')
      .where('advisor_id', '=', advisorId)
      .where('start_at', '>=', new Date(at(date, '00:00')))
      .where('start_at', '<', new Date(at(addDays(date, 1), '00:00')))
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('moves through booked -> completed | cancelled | no-show; illegal transitions are 409', async () => {
    const future = await booked({ start: at(day, '14:00'), end: at(day, '15:00') });
    expect((await act(future.id, 'complete', advisorUser)).status).toBe(409);
    expect((await act(future.id, 'no-show', advisorUser)).status).toBe(409);

    const held = await booked({ start: at(past, '10:00'), end: at(past, '11:00') }, advisorUser);
    expect((await act(held.id, 'complete', member)).status).toBe(403);
    expect((await act(held.id, 'complete', otherMember)).status).toBe(404);
    expect((await act(held.id, 'complete', coordinator, { notes: 'Notatka koordynatora' })).status).toBe(403);
    const done = await act(held.id, 'complete', advisorUser, {
      notes: 'Omówiono zmiany w statucie; do poprawy §5.',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      notes: 'Omówiono zmiany w statucie; do poprawy §5.',
      decidedBy: advisorUser.id,
    });
    const again = await act(held.id, 'complete', advisorUser);
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({
      status: 'completed',
      action: 'complete',
      allowedFrom: ['booked'],
    });
    expect((await act(held.id, 'cancel', coordinator)).status).toBe(409);

    const missed = await booked({ start: at(past, '12:00'), end: at(past, '13:00') });
    const noShow = await act(missed.id, 'no-show', coordinator);
    expect(noShow.body.status).toBe('no_show');
    expect((await act(missed.id, 'no-show', coordinator)).status).toBe(409);
    // A no-show frees the advisor's time.
    expect((await book(coordinator, { start: at(past, '12:00'), end: at(past, '13:00') })).status).toBe(201);

    expect((await act(future.id, 'cancel', otherMember)).status).toBe(404);
    expect((await act(future.id, 'cancel', otherAdvisorUser)).status).toBe(404);
    const cancelled = await act(future.id, 'cancel', member, { reason: 'Zmiana planów' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Zmiana planów' });
    expect((await mailTo(advisorUser.email))[0]).toMatchObject({
      kind: 'appointment_cancelled',
      subject: 'Spotkanie odwołane: Statut stowarzyszenia',
    });
    // The cancelled time can be booked again.
    expect((await book(member, { start: at(day, '14:00'), end: at(day, '15:00') })).status).toBe(201);
    expect((await act(UNKNOWN_ID, 'cancel', admin)).status).toBe(404);
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=appointment&entityId=${held.id}`,
      as: coordinator,
    });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['complete', 'book']);
  });

  it('is moved within the availability, and everyone is told', async () => {
    const date = addDays(day, 1);
    const moving = await booked({ start: at(date, '14:00'), end: at(date, '15:00') }, member);
    const patch = (as: TestUser, payload: Record<string, unknown>) =>
      call(ctx, { method: 'PATCH', url: `/api/appointments/${moving.id}`, as, payload });
    expect((await patch(otherMember, { start: at(date, '15:00'), end: at(date, '16:00') })).status).toBe(404);
    expect(
      (await patch(member, { start: at(date, '16:30'), end: at(date, '17:30') })).body.error.details[0].rule,
    ).toBe('outside_availability');
    expect((await patch(member, { start: at(date, '10:30'), end: at(date, '11:30') })).status).toBe(409);
    const moved = await patch(member, { start: at(date, '15:00'), end: at(date, '16:00') });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ start: at(date, '15:00'), end: at(date, '16:00') });
    const mail = (await mailTo(advisorUser.email))[0];
    expect(mail).toMatchObject({
      kind: 'appointment_moved',
      subject: 'Zmiana terminu spotkania: Statut stowarzyszenia',
    });
    expect(mail?.text).toContain('Poprzedni termin');
    // Within its own old time is no overlap with itself.
    expect((await patch(member, { start: at(date, '15:30'), end: at(date, '16:30') })).status).toBe(200);
    expect((await patch(member, { notes: 'moja notatka' })).status).toBe(403);
    expect((await patch(advisorUser, { notes: 'Przygotować KRS-Z20' })).body.notes).toBe(
      'Przygotować KRS-Z20',
    );
  });

  it('keeps notes from staff who would make themselves representatives', async () => {
    const held = await booked(
      { start: at(addDays(past, -1), '15:00'), end: at(addDays(past, -1), '16:00') },
      advisorUser,
    );
    await act(held.id, 'complete', advisorUser, { notes: 'Poufne: spór w zarządzie' });
    // The coordinator of another centre tries to become a representative: a representative is a
    // member account, so it cannot.
    const self = await call(ctx, {
      method: 'POST',
      url: `/api/beneficiaries/${beneficiaryId}/representatives`,
      as: coordinator,
      payload: { userId: otherCoordinator.id },
    });
    expect(self.status).toBe(422);
    expect(self.body.error.details).toEqual([
      { path: 'userId', message: expect.stringMatching(/member account/) },
    ]);
    // A staff account that is also a member and a representative still reads no notes.
    const both = await makeUser(ctx, ['coordinator', 'member'], { centerIds: [otherCenterId] });
    const added = await call(ctx, {
      method: 'POST',
      url: `/api/beneficiaries/${beneficiaryId}/representatives`,
      as: coordinator,
      payload: { userId: both.id },
    });
    expect(added.status).toBe(201);
    const view = await call(ctx, { method: 'GET', url: `/api/appointments/${held.id}`, as: both });
    expect(view.status).toBe(200);
    expect(view.body).not.toHaveProperty('notes');
    expect(JSON.stringify(view.body)).not.toContain('Poufne');
    const representative = await call(ctx, {
      method: 'GET',
      url: `/api/appointments/${held.id}`,
      as: member,
    });
    expect(representative.body.notes).toBe('Poufne: spór w zarządzie');
  });

  it("shows notes only to the advisor of the appointment and the beneficiary's representatives", async () => {
    const held = await booked(
      { start: at(addDays(past, -1), '10:00'), end: at(addDays(past, -1), '11:00') },
      advisorUser,
    );
    await act(held.id, 'complete', advisorUser, { notes: 'Poufne: sytuacja finansowa fundacji' });
    const read = (as: TestUser | null) =>
      call(ctx, { method: 'GET', url: `/api/appointments/${held.id}`, as });
    const advisorView = await read(advisorUser);
    expect(advisorView.status).toBe(200);
    expect(advisorView.body.notes).toBe('Poufne: sytuacja finansowa fundacji');
    const representative = await read(member);
    expect(representative.body.notes).toBe('Poufne: sytuacja finansowa fundacji');
    for (const staff of [coordinator, admin]) {
      const view = await read(staff);
      expect(view.status).toBe(200);
      expect(view.body).not.toHaveProperty('notes');
      expect(JSON.stringify(view.body)).not.toContain('Poufne');
    }
    expect((await read(otherAdvisorUser)).status).toBe(404);
    expect((await read(otherMember)).status).toBe(404);
    expect((await read(otherCoordinator)).status).toBe(404);
    expect((await read(observer)).status).toBe(404);
    expect((await read(null)).status).toBe(401);

    const list = (as: TestUser | null, query = `beneficiaryId=${beneficiaryId}`) =>
      call(ctx, { method: 'GET', url: `/api/appointments?${query}&limit=200`, as });
    const inList = (body: { items: { id: string; notes?: string | null }[] }) =>
      body.items.find((item) => item.id === held.id);
    expect(inList((await list(advisorUser)).body)?.notes).toBe('Poufne: sytuacja finansowa fundacji');
    expect(inList((await list(member)).body)?.notes).toBe('Poufne: sytuacja finansowa fundacji');
    expect(inList((await list(admin)).body)).not.toHaveProperty('notes');
    expect(inList((await list(coordinator)).body)).not.toHaveProperty('notes');
    expect((await list(otherAdvisorUser)).body.items).toEqual([]);
    expect((await list(otherMember)).body.items).toEqual([]);
    expect((await list(otherCoordinator)).body.items).toEqual([]);
    expect((await list(observer)).status).toBe(403);
    expect((await list(null)).status).toBe(401);
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=appointment&entityId=${held.id}`,
      as: admin,
    });
    expect(JSON.stringify(audit.body)).not.toContain('Poufne');
  });

  it('lists by advisor, beneficiary and time, latest first, with a cursor', async () => {
    const mine = await call(ctx, {
      method: 'GET',
      url: `/api/appointments?advisorId=${advisorId}&limit=2`,
      as: advisorUser,
    });
    expect(mine.body.items).toHaveLength(2);
    const next = await call(ctx, {
      method: 'GET',
      url: `/api/appointments?advisorId=${advisorId}&limit=2&cursor=${mine.body.nextCursor}`,
      as: advisorUser,
    });
    const starts = [...mine.body.items, ...next.body.items].map((a: { start: string }) => a.start);
    expect([...starts].sort().reverse()).toEqual(starts);
    const from = at(day, '00:00');
    const to = at(addDays(day, 1), '00:00');
    const window = await call(ctx, {
      method: 'GET',
      url: `/api/appointments?from=${from}&to=${to}&limit=200`,
      as: admin,
    });
    expect(window.body.items.length).toBeGreaterThan(0);
    expect(window.body.items.every((a: { start: string; end: string }) => a.end > from && a.start < to)).toBe(
      true,
    );
    expect(
      (await call(ctx, { method: 'GET', url: '/api/appointments?advisorId=nope', as: admin })).body.items,
    ).toEqual([]);
    expect((await call(ctx, { method: 'GET', url: '/api/appointments?status=lost', as: admin })).status).toBe(
      400,
    );
  });
});

describe('feedback', () => {
  it('is given once by a representative after a completed appointment, and summarized for staff', async () => {
    const held = await booked(
      { kind: 'consulting', start: at(past, '14:00'), end: at(past, '15:00') },
      advisorUser,
    );
    const rate = (
      as: TestUser,
      payload: Record<string, unknown> = { rating: 4, comment: 'Konkretna pomoc' },
    ) => call(ctx, { method: 'POST', url: `/api/appointments/${held.id}/feedback`, as, payload });
    const early = await rate(member);
    expect(early.status).toBe(422);
    expect(early.body.error.details[0].rule).toBe('not_completed');
    await act(held.id, 'complete', advisorUser);
    expect((await rate(advisorUser)).status).toBe(403);
    expect((await rate(coordinator)).status).toBe(403);
    expect((await rate(otherMember)).status).toBe(404);
    expect((await rate(member, { rating: 0 })).status).toBe(422);
    const given = await rate(member);
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ appointmentId: held.id, rating: 4, comment: 'Konkretna pomoc' });
    expect((await rate(member, { rating: 5 })).status).toBe(409);
    const summary = await call(ctx, {
      method: 'GET',
      url: `/api/feedback/summary?from=${addDays(past, -3)}&to=${past}&centerId=${centerId}`,
      as: coordinator,
    });
    expect(summary.status).toBe(200);
    expect(summary.body.advice.byKind.consulting).toEqual({ count: 1, average: 4 });
    expect(summary.body.advice.byKind.coaching).toEqual({ count: 0, average: null });
  });
});

describe('mail and the API description', () => {
  it('keeps every kind of advice mail in the outbox and documents the endpoints', async () => {
    const all = await call(ctx, { method: 'GET', url: '/api/outbox?limit=200', as: admin });
    const kinds = new Set(all.body.items.map((m: { kind: string }) => m.kind));
    for (const kind of ['appointment_booked', 'appointment_moved', 'appointment_cancelled'])
      expect(kinds.has(kind), kind).toBe(true);
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    for (const path of [
      '/api/advisors',
      '/api/advisors/{id}',
      '/api/advisors/{id}/availability',
      '/api/appointments',
      '/api/appointments/{id}',
      '/api/appointments/{id}/complete',
      '/api/appointments/{id}/cancel',
      '/api/appointments/{id}/no-show',
      '/api/appointments/{id}/feedback',
      '/api/engagements',
      '/api/engagements/{id}',
      '/api/engagements/{id}/goals/{goalId}',
    ]) {
      expect(body.paths[path], path).toBeDefined();
    }
    expect(body.paths['/api/appointments'].post.tags).toEqual(['advice']);
  });
});
