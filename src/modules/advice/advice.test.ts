import { beforeAll, describe, expect, it } from 'vitest';
import { at, createBeneficiary, createCenter, futureDate, UNKNOWN_ID } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { addDays } from '../../lib/time.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let advisorUser: TestUser;
let otherAdvisorUser: TestUser;
let member: TestUser;
let otherMember: TestUser;
let observer: TestUser;
let centerId: string;
let otherCenterId: string;
let advisorId: string;
let otherAdvisorId: string;
let beneficiaryId: string;
let otherBeneficiaryId: string;

/** Days well ahead, and days past (for records of appointments that happened). */
let day: string;
let past: string;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerId = (await createCenter(ctx, admin)).id;
  otherCenterId = (
    await createCenter(ctx, admin, { name: 'Centrum Nowa Huta', address: 'os. Centrum C 10, Kraków' })
  ).id;
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  otherCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [otherCenterId] });
  advisorUser = await makeUser(ctx, ['advisor'], { name: 'Mecenas Józefa Łęcka' });
  otherAdvisorUser = await makeUser(ctx, ['advisor'], { name: 'Księgowy Wiesław' });
  member = await makeUser(ctx, ['member'], { name: 'Maria Członkini' });
  otherMember = await makeUser(ctx, ['member']);
  observer = await makeUser(ctx, ['observer']);
  beneficiaryId = (
    await createBeneficiary(ctx, {
      name: 'Fundacja Źródło',
      email: 'biuro@zrodlo.example',
      representatives: [member],
    })
  ).id;
  otherBeneficiaryId = (
    await createBeneficiary(ctx, { name: 'Stowarzyszenie Inne', representatives: [otherMember] })
  ).id;
  day = futureDate(10);
  past = futureDate(-4);

  const created = await call(ctx, {
    method: 'POST',
    url: '/api/advisors',
    as: admin,
    payload: {
      userId: advisorUser.id,
      specialties: ['legal', 'fundraising'],
      centerIds: [centerId],
      bio: 'Prawo stowarzyszeń',
    },
  });
  expect(created.status).toBe(201);
  advisorId = created.body.id;
  otherAdvisorId = (
    await call(ctx, {
      method: 'POST',
      url: '/api/advisors',
      as: admin,
      payload: {
        userId: otherAdvisorUser.id,
        specialties: ['accounting'],
        centerIds: [centerId, otherCenterId],
      },
    })
  ).body.id;
  for (const date of [day, addDays(day, 1), addDays(day, 2), past, addDays(past, -1)]) {
    const window = await call(ctx, {
      method: 'POST',
      url: `/api/advisors/${advisorId}/availability`,
      as: advisorUser,
      payload: { start: at(date, '09:00'), end: at(date, '17:00'), centerId },
    });
    expect(window.status).toBe(201);
  }
});

const appointment = (overrides: Record<string, unknown> = {}) => ({
  advisorId,
  beneficiaryId,
  kind: 'consulting',
  topic: 'Statut stowarzyszenia',
  start: at(day, '10:00'),
  end: at(day, '11:00'),
  ...overrides,
});

const book = (as: TestUser | null, overrides: Record<string, unknown> = {}) =>
  call(ctx, { method: 'POST', url: '/api/appointments', as, payload: appointment(overrides) });

async function booked(overrides: Record<string, unknown> = {}, as: TestUser = coordinator) {
  const response = await book(as, overrides);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; [key: string]: unknown };
}

const act = (id: string, verb: string, as: TestUser | null, payload?: Record<string, unknown>) =>
  call(ctx, { method: 'POST', url: `/api/appointments/${id}/${verb}`, as, payload });

const mailTo = async (to: string) =>
  (await call(ctx, { method: 'GET', url: `/api/outbox?to=${encodeURIComponent(to)}&limit=200`, as: admin }))
    .body.items as {
    kind: string;
    subject: string;
    text: string;
  }[];

describe('advisors', () => {
  it('are made by admins and listed publicly by specialty and centre', async () => {
    const one = await call(ctx, { method: 'GET', url: `/api/advisors/${advisorId}` });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: advisorId,
      userId: advisorUser.id,
      name: 'Mecenas Józefa Łęcka',
      specialties: ['legal', 'fundraising'],
      centerIds: [centerId],
      active: true,
    });
    expect(one.body).not.toHaveProperty('email');
    const legal = await call(ctx, { method: 'GET', url: '/api/advisors?specialty=legal' });
    expect(legal.body.items.map((a: { id: string }) => a.id)).toEqual([advisorId]);
    const huta = await call(ctx, { method: 'GET', url: `/api/advisors?centerId=${otherCenterId}` });
    expect(huta.body.items.map((a: { id: string }) => a.id)).toEqual([otherAdvisorId]);
    expect((await call(ctx, { method: 'GET', url: `/api/advisors/${UNKNOWN_ID}` })).status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/advisors?specialty=Bad Value' })).status).toBe(400);
  });

  it('refuses non-admins, unknown users and centres, and a second profile for one user', async () => {
    const newcomer = await makeUser(ctx, ['advisor']);
    const post = (as: TestUser | null, payload: Record<string, unknown>) =>
      call(ctx, { method: 'POST', url: '/api/advisors', as, payload });
    const body = { userId: newcomer.id, specialties: ['pr'], centerIds: [centerId] };
    for (const who of [coordinator, advisorUser, member, observer])
      expect((await post(who, body)).status).toBe(403);
    expect((await post(null, body)).status).toBe(401);
    expect((await post(admin, { ...body, userId: UNKNOWN_ID })).body.error.details[0].path).toBe('userId');
    expect((await post(admin, { ...body, centerIds: [UNKNOWN_ID] })).body.error.details[0].path).toBe(
      'centerIds.0',
    );
    expect((await post(admin, { ...body, specialties: ['PR!'] })).status).toBe(422);
    const duplicate = await post(admin, { ...body, userId: advisorUser.id });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.details).toEqual({ advisorId });
    const made = await post(admin, body);
    expect(made.status).toBe(201);
    const patched = await call(ctx, {
      method: 'PATCH',
      url: `/api/advisors/${made.body.id}`,
      as: admin,
      payload: { specialties: ['pr', 'project_management'], active: false },
    });
    expect(patched.body).toMatchObject({ specialties: ['pr', 'project_management'], active: false });
    expect(
      (
        await call(ctx, {
          method: 'PATCH',
          url: `/api/advisors/${made.body.id}`,
          as: coordinator,
          payload: { active: true },
        })
      ).status,
    ).toBe(403);
    const listed = await call(ctx, { method: 'GET', url: '/api/advisors?specialty=pr' });
    expect(listed.body.items).toEqual([]);
  });
});

describe('availability', () => {
  it('is kept by the advisor itself or the staff of the centre, without overlaps', async () => {
    const date = addDays(day, 5);
    const post = (as: TestUser | null, payload: Record<string, unknown>, id = advisorId) =>
      call(ctx, { method: 'POST', url: `/api/advisors/${id}/availability`, as, payload });
    const window = { start: at(date, '09:00'), end: at(date, '12:00'), centerId };
    expect((await post(otherAdvisorUser, window)).status).toBe(403);
    expect((await post(otherCoordinator, window)).status).toBe(403);
    expect((await post(member, window)).status).toBe(403);
    expect((await post(observer, window)).status).toBe(403);
    expect((await post(null, window)).status).toBe(401);
    expect((await post(coordinator, window, UNKNOWN_ID)).status).toBe(404);
    expect((await post(coordinator, { ...window, centerId: otherCenterId })).status).toBe(403);
    expect((await post(admin, { ...window, centerId: otherCenterId })).body.error.details[0].rule).toBe(
      'not_advisor_center',
    );
    expect((await post(admin, { ...window, centerId: UNKNOWN_ID })).body.error.details[0].path).toBe(
      'centerId',
    );
    expect((await post(admin, { ...window, end: at(date, '08:00') })).body.error.details[0].rule).toBe(
      'end_before_start',
    );
    const made = await post(coordinator, window);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      advisorId,
      centerId,
      start: at(date, '09:00'),
      end: at(date, '12:00'),
    });
    const overlap = await post(advisorUser, { ...window, start: at(date, '11:00'), end: at(date, '13:00') });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.details.conflicts).toEqual([expect.objectContaining({ id: made.body.id })]);
    // A window right after is fine; together they cover an appointment across the join.
    expect(
      (await post(advisorUser, { ...window, start: at(date, '12:00'), end: at(date, '14:00') })).status,
    ).toBe(201);
    expect((await book(member, { start: at(date, '11:30'), end: at(date, '12:30') })).status).toBe(201);

    const read = await call(ctx, {
      method: 'GET',
      url: `/api/advisors/${advisorId}/availability?from=${at(date, '00:00')}&to=${at(addDays(date, 1), '00:00')}`,
    });
    expect(read.status).toBe(200);
    expect(read.body.windows.map((w: { start: string }) => w.start)).toEqual([
      at(date, '09:00'),
      at(date, '12:00'),
    ]);
    expect(read.body.busy).toEqual([{ start: at(date, '11:30'), end: at(date, '12:30') }]);
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/advisors/${advisorId}/availability?from=${at(date, '00:00')}&to=${at(addDays(date, 200), '00:00')}`,
        })
      ).status,
    ).toBe(400);

    const remove = (as: TestUser) =>
      call(ctx, { method: 'DELETE', url: `/api/advisors/${advisorId}/availability/${made.body.id}`, as });
    expect((await remove(member)).status).toBe(403);
    expect((await remove(advisorUser)).status).toBe(204);
    expect((await remove(advisorUser)).status).toBe(404);
  });
});

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

describe('engagements', () => {
  it('run coaching or mentoring over several sessions with goals and their progress', async () => {
    const post = (as: TestUser | null, payload: Record<string, unknown>) =>
      call(ctx, { method: 'POST', url: '/api/engagements', as, payload });
    const body = {
      advisorId,
      beneficiaryId,
      kind: 'mentoring',
      title: 'Rozwój fundraisingu',
      goals: [{ title: 'Strategia pozyskiwania darczyńców' }, { title: 'Pierwsza zbiórka publiczna' }],
    };
    expect((await post(member, body)).status).toBe(403);
    expect((await post(otherAdvisorUser, body)).status).toBe(403);
    expect((await post(otherCoordinator, body)).status).toBe(403);
    expect((await post(observer, body)).status).toBe(403);
    expect((await post(null, body)).status).toBe(401);
    expect((await post(advisorUser, { ...body, kind: 'consulting' })).status).toBe(422);
    const created = await post(advisorUser, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      advisorId,
      beneficiaryId,
      kind: 'mentoring',
      status: 'active',
      sessions: [],
    });
    expect(created.body.goals.map((g: { title: string; progress: number }) => [g.title, g.progress])).toEqual(
      [
        ['Strategia pozyskiwania darczyńców', 0],
        ['Pierwsza zbiórka publiczna', 0],
      ],
    );
    const id = created.body.id;

    const wrongKind = await book(member, {
      engagementId: id,
      kind: 'consulting',
      start: at(addDays(day, 2), '15:00'),
      end: at(addDays(day, 2), '16:00'),
    });
    expect(wrongKind.body.error.details[0].path).toBe('engagementId');
    const session = await booked(
      {
        engagementId: id,
        kind: 'mentoring',
        start: at(addDays(day, 2), '15:00'),
        end: at(addDays(day, 2), '16:00'),
      },
      member,
    );
    expect(session.engagementId).toBe(id);

    const [goal, other] = created.body.goals as { id: string }[];
    const patchGoal = (as: TestUser, goalId: string, payload: Record<string, unknown>) =>
      call(ctx, { method: 'PATCH', url: `/api/engagements/${id}/goals/${goalId}`, as, payload });
    expect((await patchGoal(member, goal?.id as string, { progress: 50 })).status).toBe(403);
    expect((await patchGoal(advisorUser, goal?.id as string, { progress: 101 })).status).toBe(422);
    expect((await patchGoal(advisorUser, UNKNOWN_ID, { progress: 10 })).status).toBe(404);
    const half = await patchGoal(advisorUser, goal?.id as string, { progress: 50 });
    expect(half.status).toBe(200);
    const achieved = await patchGoal(coordinator, other?.id as string, { status: 'achieved' });
    expect(
      achieved.body.goals.map((g: { progress: number; status: string }) => [g.progress, g.status]),
    ).toEqual([
      [50, 'open'],
      [100, 'achieved'],
    ]);
    const added = await call(ctx, {
      method: 'POST',
      url: `/api/engagements/${id}/goals`,
      as: advisorUser,
      payload: { title: 'Raport dla darczyńców' },
    });
    expect(added.status).toBe(201);
    expect(added.body.goals).toHaveLength(3);

    const read = (as: TestUser) => call(ctx, { method: 'GET', url: `/api/engagements/${id}`, as });
    const forMember = await read(member);
    expect(forMember.status).toBe(200);
    expect(forMember.body.sessions.map((s: { id: string }) => s.id)).toEqual([session.id]);
    expect((await read(otherMember)).status).toBe(404);
    expect((await read(otherAdvisorUser)).status).toBe(404);
    expect((await read(observer)).status).toBe(404);
    expect((await read(coordinator)).status).toBe(200);
    const listed = await call(ctx, {
      method: 'GET',
      url: `/api/engagements?beneficiaryId=${beneficiaryId}`,
      as: member,
    });
    expect(listed.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await call(ctx, { method: 'GET', url: '/api/engagements', as: otherMember })).body.items).toEqual(
      [],
    );

    const close = (as: TestUser) => call(ctx, { method: 'POST', url: `/api/engagements/${id}/close`, as });
    expect((await close(member)).status).toBe(403);
    expect((await close(advisorUser)).body.status).toBe('closed');
    expect((await close(advisorUser)).status).toBe(409);
    const afterClose = await book(member, {
      engagementId: id,
      kind: 'mentoring',
      start: at(addDays(day, 2), '16:00'),
      end: at(addDays(day, 2), '17:00'),
    });
    expect(afterClose.body.error.details[0].path).toBe('engagementId');
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

describe('permissions of every role on every advice endpoint', () => {
  const ROLES = [
    'admin',
    'coordinator',
    'foreignCoordinator',
    'advisor',
    'otherAdvisor',
    'member',
    'observer',
    'anonymous',
  ] as const;
  type RoleName = (typeof ROLES)[number];
  type Expect = Record<RoleName, number>;
  type Row = {
    name: string;
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    /** Called once per role, so actions that change state get a fresh target each time. */
    prepare: (role: RoleName) => Promise<{ url: string; payload?: unknown }>;
    expect: Expect;
  };
  // The table's own advisor ("advisor"); the one of the other tests is "otherAdvisor" here.
  let tableAdvisor: TestUser;
  let tableAdvisorId: string;
  const as = (role: RoleName): TestUser | null =>
    ({
      admin,
      coordinator,
      foreignCoordinator: otherCoordinator,
      advisor: tableAdvisor,
      otherAdvisor: advisorUser,
      member,
      observer,
      anonymous: null,
    })[role];
  const all = (status: number, overrides: Partial<Expect> = {}): Expect => ({
    admin: status,
    coordinator: status,
    foreignCoordinator: status,
    advisor: status,
    otherAdvisor: status,
    member: status,
    observer: status,
    anonymous: 401,
    ...overrides,
  });
  const publicRead = all(200, { anonymous: 200 });
  /** Those who see an appointment or engagement: staff of its centre, its advisor, the representative. */
  const seers = (status: number, member = status) =>
    all(404, { admin: status, coordinator: status, advisor: status, member });
  const keepers = (status: number) => all(403, { admin: status, coordinator: status, advisor: status });

  let futureDays: string[];
  let pastDays: string[];
  let futureSlot = 0;
  let pastSlot = 0;
  let windowSlot = 0;
  const nextFuture = () => {
    const n = futureSlot++;
    const date = futureDays[Math.floor(n / 10)] as string;
    const hour = String(8 + (n % 10)).padStart(2, '0');
    return { start: at(date, `${hour}:00`), end: at(date, `${hour}:45`) };
  };
  const nextPast = () => {
    const n = pastSlot++;
    const date = pastDays[Math.floor(n / 10)] as string;
    const hour = String(8 + (n % 10)).padStart(2, '0');
    return { start: at(date, `${hour}:00`), end: at(date, `${hour}:45`) };
  };
  /** A window on a day of its own, far from the others. */
  const nextWindow = () => {
    const date = addDays(day, 60 + windowSlot++);
    return { start: at(date, '09:00'), end: at(date, '12:00'), centerId };
  };
  const appointmentOf = async (time: { start: string; end: string }) =>
    (await booked({ advisorId: tableAdvisorId, ...time }, coordinator)).id;
  let shared: string;
  let engagementId: string;
  let goalId: string;

  const engagement = async () =>
    (
      await call(ctx, {
        method: 'POST',
        url: '/api/engagements',
        as: coordinator,
        payload: { advisorId: tableAdvisorId, beneficiaryId, kind: 'coaching', goals: [{ title: 'Cel' }] },
      })
    ).body as { id: string; goals: { id: string }[] };

  beforeAll(async () => {
    tableAdvisor = await makeUser(ctx, ['advisor'], { name: 'Coach z tabeli' });
    tableAdvisorId = (
      await call(ctx, {
        method: 'POST',
        url: '/api/advisors',
        as: admin,
        payload: { userId: tableAdvisor.id, specialties: ['coaching'], centerIds: [centerId] },
      })
    ).body.id;
    futureDays = Array.from({ length: 6 }, (_, i) => addDays(day, 30 + i));
    pastDays = [addDays(past, -10), addDays(past, -11), addDays(past, -12)];
    for (const date of [...futureDays, ...pastDays]) {
      await call(ctx, {
        method: 'POST',
        url: `/api/advisors/${tableAdvisorId}/availability`,
        as: admin,
        payload: { start: at(date, '08:00'), end: at(date, '20:00'), centerId },
      });
    }
    shared = await appointmentOf(nextFuture());
    const made = await engagement();
    engagementId = made.id;
    goalId = made.goals[0]?.id as string;
  });

  const rows: Row[] = [
    {
      name: 'make an advisor',
      method: 'POST',
      prepare: async () => ({
        url: '/api/advisors',
        payload: { userId: (await makeUser(ctx, ['advisor'])).id, specialties: ['pr'], centerIds: [] },
      }),
      expect: all(403, { admin: 201 }),
    },
    {
      name: 'list advisors',
      method: 'GET',
      prepare: async () => ({ url: '/api/advisors' }),
      expect: publicRead,
    },
    {
      name: 'read an advisor',
      method: 'GET',
      prepare: async () => ({ url: `/api/advisors/${tableAdvisorId}` }),
      expect: publicRead,
    },
    {
      name: 'change an advisor',
      method: 'PATCH',
      prepare: async () => ({ url: `/api/advisors/${tableAdvisorId}`, payload: { bio: 'Coaching liderów' } }),
      expect: all(403, { admin: 200 }),
    },
    {
      name: 'add availability',
      method: 'POST',
      prepare: async () => ({ url: `/api/advisors/${tableAdvisorId}/availability`, payload: nextWindow() }),
      expect: keepers(201),
    },
    {
      name: 'read availability',
      method: 'GET',
      prepare: async () => ({ url: `/api/advisors/${tableAdvisorId}/availability` }),
      expect: publicRead,
    },
    {
      name: 'remove availability',
      method: 'DELETE',
      prepare: async () => {
        const window = await call(ctx, {
          method: 'POST',
          url: `/api/advisors/${tableAdvisorId}/availability`,
          as: admin,
          payload: nextWindow(),
        });
        return { url: `/api/advisors/${tableAdvisorId}/availability/${window.body.id}` };
      },
      expect: keepers(204),
    },
    {
      name: 'book an appointment',
      method: 'POST',
      prepare: async () => ({
        url: '/api/appointments',
        payload: appointment({ advisorId: tableAdvisorId, ...nextFuture() }),
      }),
      expect: all(403, { admin: 201, coordinator: 201, advisor: 201, member: 201 }),
    },
    {
      name: 'list appointments',
      method: 'GET',
      prepare: async () => ({ url: '/api/appointments' }),
      expect: all(200, { observer: 403 }),
    },
    {
      name: 'read an appointment',
      method: 'GET',
      prepare: async () => ({ url: `/api/appointments/${shared}` }),
      expect: seers(200),
    },
    {
      name: 'move an appointment',
      method: 'PATCH',
      prepare: async () => ({
        url: `/api/appointments/${await appointmentOf(nextFuture())}`,
        payload: nextFuture(),
      }),
      expect: seers(200),
    },
    {
      name: 'complete an appointment',
      method: 'POST',
      prepare: async () => ({ url: `/api/appointments/${await appointmentOf(nextPast())}/complete` }),
      expect: seers(200, 403),
    },
    {
      name: 'record a no-show',
      method: 'POST',
      prepare: async () => ({ url: `/api/appointments/${await appointmentOf(nextPast())}/no-show` }),
      expect: seers(200, 403),
    },
    {
      name: 'cancel an appointment',
      method: 'POST',
      prepare: async () => ({ url: `/api/appointments/${await appointmentOf(nextFuture())}/cancel` }),
      expect: seers(200),
    },
    {
      name: 'rate an appointment',
      method: 'POST',
      prepare: async () => {
        const id = await appointmentOf(nextPast());
        await act(id, 'complete', coordinator);
        return { url: `/api/appointments/${id}/feedback`, payload: { rating: 5 } };
      },
      expect: all(404, { admin: 403, coordinator: 403, advisor: 403, member: 201 }),
    },
    {
      name: 'start an engagement',
      method: 'POST',
      prepare: async () => ({
        url: '/api/engagements',
        payload: { advisorId: tableAdvisorId, beneficiaryId, kind: 'mentoring', goals: [] },
      }),
      expect: keepers(201),
    },
    {
      name: 'list engagements',
      method: 'GET',
      prepare: async () => ({ url: '/api/engagements' }),
      expect: all(200, { observer: 403 }),
    },
    {
      name: 'read an engagement',
      method: 'GET',
      prepare: async () => ({ url: `/api/engagements/${engagementId}` }),
      expect: seers(200),
    },
    {
      name: 'add a goal',
      method: 'POST',
      prepare: async () => ({
        url: `/api/engagements/${engagementId}/goals`,
        payload: { title: 'Nowy cel' },
      }),
      expect: seers(201, 403),
    },
    {
      name: "change a goal's progress",
      method: 'PATCH',
      prepare: async () => ({
        url: `/api/engagements/${engagementId}/goals/${goalId}`,
        payload: { progress: 30 },
      }),
      expect: seers(200, 403),
    },
    {
      name: 'close an engagement',
      method: 'POST',
      prepare: async () => ({ url: `/api/engagements/${(await engagement()).id}/close` }),
      expect: seers(200, 403),
    },
  ];

  for (const row of rows) {
    it(`${row.method} ${row.name}`, async () => {
      for (const role of ROLES) {
        const { url, payload } = await row.prepare(role);
        const response = await call(ctx, {
          method: row.method,
          url,
          payload: payload as never,
          as: as(role),
        });
        expect(response.status, `${row.name} as ${role}: ${JSON.stringify(response.body)}`).toBe(
          row.expect[role],
        );
      }
    });
  }
});
