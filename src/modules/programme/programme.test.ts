import { beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  createBeneficiary,
  createCenter,
  createRoom,
  everyDay,
  futureDate,
  openOnHolidays,
  UNKNOWN_ID,
} from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { pdfText } from '../../../test/pdf.ts';
import { addDays, isPolishHoliday } from '../../lib/time.ts';
import { sendDueActivityReminders } from './index.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let member: TestUser;
let otherMember: TestUser;
let advisor: TestUser;
let observer: TestUser;
let centerId: string;
let otherCenterId: string;
let hall: { id: string };
let smallRoom: { id: string };
let beneficiaryId: string;
let otherBeneficiaryId: string;

/** A day 10+ days ahead that is no public holiday. */
let day: string;
let past: string;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  centerId = (
    await createCenter(ctx, admin, {
      openingHours: everyDay([['08:00', '22:00']]),
      openHolidays: openOnHolidays(),
    })
  ).id;
  otherCenterId = (
    await createCenter(ctx, admin, { name: 'Centrum Nowa Huta', address: 'os. Centrum C 10, Kraków' })
  ).id;
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  otherCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [otherCenterId] });
  member = await makeUser(ctx, ['member'], { name: 'Maria Członkini' });
  otherMember = await makeUser(ctx, ['member']);
  advisor = await makeUser(ctx, ['advisor']);
  observer = await makeUser(ctx, ['observer']);
  hall = await createRoom(ctx, admin, centerId, { name: 'Sala konferencyjna', capacity: 40 });
  smallRoom = await createRoom(ctx, admin, centerId, { name: 'Sala spotkań', capacity: 12 });
  beneficiaryId = (
    await createBeneficiary(ctx, {
      name: 'Stowarzyszenie Żółta Łódź',
      email: 'biuro@zolta-lodz.example',
      representatives: [member],
    })
  ).id;
  otherBeneficiaryId = (
    await createBeneficiary(ctx, { name: 'Fundacja Obca', representatives: [otherMember] })
  ).id;
  day = futureDate(10, isPolishHoliday);
  past = futureDate(-5, isPolishHoliday);
});

const activity = (overrides: Record<string, unknown> = {}) => ({
  centerId,
  kind: 'training',
  title: 'Szkolenie z pisania wniosków',
  description: 'Jak napisać wniosek do budżetu obywatelskiego',
  audience: 'organizacje pozarządowe',
  start: at(day, '10:00'),
  end: at(day, '12:00'),
  capacity: 10,
  ...overrides,
});

async function createActivity(overrides: Record<string, unknown> = {}, as: TestUser = coordinator) {
  const response = await call(ctx, {
    method: 'POST',
    url: '/api/activities',
    as,
    payload: activity(overrides),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as {
    id: string;
    sessions: { id: string; bookingId: string | null }[];
    [key: string]: unknown;
  };
}

const register = (activityId: string, as: TestUser, payload: Record<string, unknown>) =>
  call(ctx, { method: 'POST', url: `/api/activities/${activityId}/registrations`, as, payload });

let beneficiaryCount = 0;
/** Beneficiaries inserted directly, each with its own e-mail address. */
async function beneficiaries(count: number, representatives: TestUser[] = []) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      beneficiaryCount++;
      return (
        await createBeneficiary(ctx, {
          name: `Grupa nieformalna nr ${beneficiaryCount}`,
          email: `grupa${beneficiaryCount}@example.org`,
          representatives,
        })
      ).id;
    }),
  );
}

const mailTo = async (to: string) =>
  (await call(ctx, { method: 'GET', url: `/api/outbox?to=${encodeURIComponent(to)}&limit=200`, as: admin }))
    .body.items as {
    kind: string;
    subject: string;
    text: string;
  }[];

describe('activities', () => {
  it('are created by staff of the centre, holding the room; capacity defaults to the room', async () => {
    const created = await createActivity({
      roomId: smallRoom.id,
      capacity: undefined,
      start: at(day, '08:00'),
      end: at(day, '09:00'),
    });
    expect(created).toMatchObject({
      centerId,
      kind: 'training',
      roomId: smallRoom.id,
      capacity: 12,
      seatsTaken: 0,
      seatsLeft: 12,
      status: 'scheduled',
      published: true,
      registrationClosesAt: new Date(at(day, '08:00')).toISOString(),
    });
    expect(created.sessions).toHaveLength(1);
    expect(created.sessions[0]?.bookingId).toEqual(expect.any(String));
    const noRoom = await createActivity({
      kind: 'study_visit',
      capacity: undefined,
      title: 'Wizyta w Nowej Hucie',
    });
    expect(noRoom.capacity).toBeNull();
    expect(noRoom.seatsLeft).toBeNull();
    const byAdmin = await createActivity(
      { kind: 'event', start: at(day, '18:00'), end: at(day, '19:00') },
      admin,
    );
    expect(byAdmin.kind).toBe('event');
  });

  it('refuses other roles, other centres and bad input', async () => {
    const post = (as: TestUser | null, overrides: Record<string, unknown> = {}) =>
      call(ctx, { method: 'POST', url: '/api/activities', as, payload: activity(overrides) });
    expect((await post(member)).status).toBe(403);
    expect((await post(advisor)).status).toBe(403);
    expect((await post(observer)).status).toBe(403);
    expect((await post(null)).status).toBe(401);
    expect((await post(otherCoordinator)).status).toBe(403);
    expect((await post(coordinator, { centerId: UNKNOWN_ID })).body.error.details[0].path).toBe('centerId');
    expect((await post(coordinator, { roomId: UNKNOWN_ID })).body.error.details[0].path).toBe('roomId');
    const otherRoom = await createRoom(ctx, admin, otherCenterId, { name: 'Sala w Hucie' });
    expect((await post(coordinator, { roomId: otherRoom.id })).status).toBe(422);
    const backwards = await post(coordinator, { start: at(day, '12:00'), end: at(day, '10:00') });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.details[0].rule).toBe('end_before_start');
    const tooBig = await post(coordinator, {
      roomId: smallRoom.id,
      capacity: 13,
      start: at(day, '20:00'),
      end: at(day, '21:00'),
    });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.error.details[0].rule).toBe('room_capacity');
    const night = await post(coordinator, {
      roomId: smallRoom.id,
      start: at(day, '22:30'),
      end: at(day, '23:30'),
    });
    expect(night.body.error.details[0].rule).toBe('outside_hours');
    const window = await post(coordinator, {
      registrationOpensAt: at(day, '09:00'),
      registrationClosesAt: at(day, '08:00'),
    });
    expect(window.body.error.details[0].rule).toBe('registration_window');
    const wrong = await post(coordinator, { kind: 'party', capacity: 0, title: 'x'.repeat(201) });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'capacity',
      'kind',
      'title',
    ]);
    const notJson = await call(ctx, {
      method: 'POST',
      url: '/api/activities',
      as: coordinator,
      payload: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(400);
  });

  it('runs as a series of meetings at the same local time across the change of time', async () => {
    const series = await createActivity({
      kind: 'working_group',
      title: 'Grupa robocza ds. zieleni',
      roomId: smallRoom.id,
      start: at('2027-03-16', '18:00'),
      end: at('2027-03-16', '20:00'),
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' },
    });
    expect(series.recurrence).toEqual({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' });
    expect(series.sessions.map((s) => (s as unknown as { start: string }).start)).toEqual([
      '2027-03-16T17:00:00.000Z',
      '2027-03-23T17:00:00.000Z',
      '2027-03-30T16:00:00.000Z',
      '2027-04-06T16:00:00.000Z',
    ]);
    expect(series.end).toBe('2027-04-06T18:00:00.000Z');
    const bad = await call(ctx, {
      method: 'POST',
      url: '/api/activities',
      as: coordinator,
      payload: activity({ recurrence: { rrule: 'FREQ=WEEKLY' } }),
    });
    expect(bad.body.error.details[0].path).toBe('recurrence.rrule');
  });

  it('holds its room against bookings and other activities, both ways (409 with the conflicts)', async () => {
    const holdDay = addDays(day, 1);
    const held = await createActivity({
      roomId: hall.id,
      start: at(holdDay, '10:00'),
      end: at(holdDay, '12:00'),
    });
    const booking = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: coordinator,
      payload: {
        roomId: hall.id,
        beneficiaryId,
        title: 'Zebranie',
        start: at(holdDay, '11:00'),
        end: at(holdDay, '13:00'),
      },
    });
    expect(booking.status).toBe(409);
    expect(booking.body.error.details.conflicts).toEqual([
      expect.objectContaining({ kind: 'activity', start: at(holdDay, '10:00') }),
    ]);

    const lent = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: coordinator,
      payload: {
        roomId: hall.id,
        beneficiaryId,
        title: 'Zebranie',
        start: at(holdDay, '14:00'),
        end: at(holdDay, '15:00'),
      },
    });
    expect(lent.status).toBe(201);
    const clash = await call(ctx, {
      method: 'POST',
      url: '/api/activities',
      as: coordinator,
      payload: activity({ roomId: hall.id, start: at(holdDay, '11:30'), end: at(holdDay, '14:30') }),
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('conflict');
    expect(clash.body.error.details.conflicts).toEqual([
      expect.objectContaining({ kind: 'activity', activityId: held.id, bookingId: null }),
      expect.objectContaining({ kind: 'lending', bookingId: lent.body.id, activityId: null }),
    ]);
    const created = await ctx.db
      .selectFrom('activities')
      .select('id')
      .where('start_at', '=', new Date(at(holdDay, '11:30')))
      .execute();
    expect(created).toHaveLength(0);
    const busy = await call(ctx, {
      method: 'GET',
      url: `/api/rooms/${hall.id}/availability?from=${holdDay}&to=${holdDay}`,
    });
    expect(busy.body.busy).toEqual([
      { start: at(holdDay, '10:00'), end: at(holdDay, '12:00') },
      { start: at(holdDay, '14:00'), end: at(holdDay, '15:00') },
    ]);
    // Back to back is fine.
    await createActivity({ roomId: hall.id, start: at(holdDay, '12:00'), end: at(holdDay, '14:00') });
  });

  it('are listed publicly when published; unpublished ones only for the staff of their centre', async () => {
    const hidden = await createActivity({
      published: false,
      kind: 'networking',
      title: 'Śniadanie sieciujące (szkic)',
    });
    const shown = await createActivity({ kind: 'networking', title: 'Śniadanie sieciujące' });
    const anonymous = await call(ctx, {
      method: 'GET',
      url: `/api/activities?kind=networking&centerId=${centerId}`,
    });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.items.map((a: { id: string }) => a.id)).toEqual([shown.id]);
    const staff = await call(ctx, { method: 'GET', url: '/api/activities?kind=networking', as: coordinator });
    expect(staff.body.items.map((a: { id: string }) => a.id).sort()).toEqual([hidden.id, shown.id].sort());
    const foreign = await call(ctx, {
      method: 'GET',
      url: '/api/activities?kind=networking',
      as: otherCoordinator,
    });
    expect(foreign.body.items.map((a: { id: string }) => a.id)).toEqual([shown.id]);
    expect((await call(ctx, { method: 'GET', url: `/api/activities/${hidden.id}` })).status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: `/api/activities/${hidden.id}`, as: member })).status).toBe(
      404,
    );
    expect(
      (await call(ctx, { method: 'GET', url: `/api/activities/${hidden.id}`, as: coordinator })).status,
    ).toBe(200);
    const one = await call(ctx, { method: 'GET', url: `/api/activities/${shown.id}` });
    expect(one.body).toMatchObject({
      id: shown.id,
      title: 'Śniadanie sieciujące',
      sessions: [expect.any(Object)],
    });
    expect(one.body).not.toHaveProperty('feedback');
    expect((await call(ctx, { method: 'GET', url: `/api/activities/${UNKNOWN_ID}` })).status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/activities/nonsense' })).status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: '/api/activities?centerId=nonsense' })).body.items).toEqual(
      [],
    );
    expect((await call(ctx, { method: 'GET', url: '/api/activities?limit=0' })).status).toBe(400);
    expect((await call(ctx, { method: 'GET', url: '/api/activities?kind=party' })).status).toBe(400);
  });

  it('pages through the programme in a stable order, both ways', async () => {
    const first = await call(ctx, { method: 'GET', url: '/api/activities?limit=3&order=asc', as: admin });
    const second = await call(ctx, {
      method: 'GET',
      url: `/api/activities?limit=3&order=asc&cursor=${first.body.nextCursor}`,
      as: admin,
    });
    const starts = [...first.body.items, ...second.body.items].map((a: { start: string }) => a.start);
    expect([...starts].sort()).toEqual(starts);
    expect(new Set([...first.body.items, ...second.body.items].map((a: { id: string }) => a.id)).size).toBe(
      6,
    );
    const from = at(addDays(day, 1), '00:00');
    const windowed = await call(ctx, {
      method: 'GET',
      url: `/api/activities?from=${from}&to=${at(addDays(day, 2), '00:00')}`,
    });
    expect(windowed.body.items.length).toBeGreaterThan(0);
    expect(windowed.body.items.every((a: { end: string }) => a.end > from)).toBe(true);
    expect((await call(ctx, { method: 'GET', url: '/api/activities?cursor=garbage' })).status).toBe(400);
  });
});

describe('registration', () => {
  it('never registers more seats than capacity: 30 at once for 10 seats leave 10 registered and 20 waiting in order', async () => {
    const race = await createActivity({ capacity: 10, title: 'Warsztaty z wyścigu' });
    const ids = await beneficiaries(30);
    const results = await Promise.all(ids.map((id) => register(race.id, coordinator, { beneficiaryId: id })));
    expect(results.map((r) => r.status).every((status) => status === 201)).toBe(true);
    const registered = results.filter((r) => r.body.status === 'registered');
    const waiting = results.filter((r) => r.body.status === 'waitlisted');
    expect(registered).toHaveLength(10);
    expect(waiting).toHaveLength(20);
    expect(waiting.map((r) => r.body.position).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(registered.every((r) => r.body.position === null)).toBe(true);
    const seats = await ctx.db
      .selectFrom('activity_registrations')
      .select((eb) => eb.fn.sum<number>('seats').as('seats'))
      .where('activity_id', '=', race.id)
      .where('status', '=', 'registered')
      .executeTakeFirstOrThrow();
    expect(Number(seats.seats)).toBe(10);
    const list = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${race.id}/registrations?status=waitlisted&limit=200`,
      as: coordinator,
    });
    expect(list.body.items.map((r: { position: number }) => r.position)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const detail = await call(ctx, { method: 'GET', url: `/api/activities/${race.id}` });
    expect(detail.body).toMatchObject({ seatsTaken: 10, seatsLeft: 0, waitlisted: 20 });
  });

  it('counts seats: an organization sending several people, also under concurrency', async () => {
    const seated = await createActivity({ capacity: 10, title: 'Seminarium z miejscami' });
    const ids = await beneficiaries(8);
    const results = await Promise.all(
      ids.map((id) => register(seated.id, coordinator, { beneficiaryId: id, seats: 3 })),
    );
    expect(results.filter((r) => r.body.status === 'registered')).toHaveLength(3);
    expect(results.filter((r) => r.body.status === 'waitlisted')).toHaveLength(5);
    expect(results.every((r) => r.body.seats === 3)).toBe(true);
    const tooMany = await register(seated.id, coordinator, {
      beneficiaryId: (await beneficiaries(1))[0],
      seats: 11,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.details[0].rule).toBe('seats_over_capacity');
    expect((await register(seated.id, coordinator, { beneficiaryId: beneficiaryId, seats: 0 })).status).toBe(
      422,
    );
    expect(
      (await register(seated.id, coordinator, { beneficiaryId: beneficiaryId, seats: 1.5 })).status,
    ).toBe(422);
  });

  it('registers a beneficiary once per activity (409), also when both requests come together', async () => {
    const once = await createActivity({ capacity: 5, title: 'Raz na zajęcia' });
    const [only] = await beneficiaries(1);
    const both = await Promise.all([
      register(once.id, coordinator, { beneficiaryId: only }),
      register(once.id, coordinator, { beneficiaryId: only }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const second = both.find((r) => r.status === 409);
    const first = both.find((r) => r.status === 201);
    expect(second?.body.error.details).toMatchObject({
      registrationId: first?.body.id,
      status: 'registered',
    });
    // After cancelling, the beneficiary may register again.
    await call(ctx, {
      method: 'POST',
      url: `/api/activities/${once.id}/registrations/${first?.body.id}/cancel`,
      as: coordinator,
    });
    expect((await register(once.id, coordinator, { beneficiaryId: only })).status).toBe(201);
  });

  it('promotes the first waiting registrations that fit, first in first out, and mails them', async () => {
    const fifo = await createActivity({ capacity: 4, title: 'Warsztaty kolejkowe' });
    const [a, b, c, d, e] = (await beneficiaries(5)) as [string, string, string, string, string];
    const regA = (await register(fifo.id, coordinator, { beneficiaryId: a, seats: 2 })).body;
    const regB = (await register(fifo.id, coordinator, { beneficiaryId: b, seats: 2 })).body;
    const regC = (await register(fifo.id, coordinator, { beneficiaryId: c, seats: 3 })).body;
    const regD = (await register(fifo.id, coordinator, { beneficiaryId: d, seats: 1 })).body;
    const regE = (await register(fifo.id, coordinator, { beneficiaryId: e, seats: 1 })).body;
    expect([regA.status, regB.status]).toEqual(['registered', 'registered']);
    expect([regC, regD, regE].map((r) => [r.status, r.position])).toEqual([
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);

    // Two seats free: C (3 seats) does not fit and keeps its place; D and E move up.
    const cancelA = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${fifo.id}/registrations/${regA.id}/cancel`,
      as: coordinator,
      payload: { reason: 'Choroba' },
    });
    expect(cancelA.status).toBe(200);
    expect(cancelA.body).toMatchObject({ id: regA.id, status: 'cancelled' });
    expect(cancelA.body.promoted).toEqual([regD.id, regE.id]);
    const afterA = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${fifo.id}/registrations`,
      as: coordinator,
    });
    const byId = new Map(afterA.body.items.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(regC.id)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(byId.get(regD.id)).toMatchObject({
      status: 'registered',
      position: null,
      promotedAt: expect.any(String),
    });

    // Two more free (B): still not three. Then D leaves: three free, C moves up.
    const cancelB = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${fifo.id}/registrations/${regB.id}/cancel`,
      as: coordinator,
    });
    expect(cancelB.body.promoted).toEqual([]);
    const cancelD = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${fifo.id}/registrations/${regD.id}/cancel`,
      as: coordinator,
    });
    expect(cancelD.body.promoted).toEqual([regC.id]);
    const final = await call(ctx, { method: 'GET', url: `/api/activities/${fifo.id}` });
    expect(final.body).toMatchObject({ seatsTaken: 4, seatsLeft: 0, waitlisted: 0 });

    const mailD = await mailTo(`grupa${beneficiaryCount - 1}@example.org`);
    expect(mailD.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['registration_waitlisted', 'registration_promoted']),
    );
    const promoted = mailD.find((m) => m.kind === 'registration_promoted');
    expect(promoted?.subject).toBe('Zwolniło się miejsce: Warsztaty kolejkowe');
    // Cancelling a waiting registration promotes nobody, and a cancelled one cannot be cancelled again.
    const again = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${fifo.id}/registrations/${regA.id}/cancel`,
      as: coordinator,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ status: 'cancelled', action: 'cancel' });
  });

  it('lets members register the beneficiaries they represent, within the registration window', async () => {
    const open = await createActivity({ capacity: 1, title: 'Seminarium otwarte' });
    const mine = await register(open.id, member, { beneficiaryId });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      status: 'registered',
      beneficiaryId,
      beneficiaryName: 'Stowarzyszenie Żółta Łódź',
      seats: 1,
      registeredBy: member.id,
    });
    const memberMail = await mailTo(member.email);
    expect(memberMail[0]).toMatchObject({
      kind: 'registration_confirmed',
      subject: 'Potwierdzenie zapisu: Seminarium otwarte',
    });
    expect(memberMail[0]?.text).toContain('Stowarzyszenie Żółta Łódź');
    const waiting = await register(open.id, otherMember, { beneficiaryId: otherBeneficiaryId });
    expect(waiting.body).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await mailTo(otherMember.email))[0]?.kind).toBe('registration_waitlisted');

    expect((await register(open.id, otherMember, { beneficiaryId })).status).toBe(403);
    expect((await register(open.id, advisor, { beneficiaryId })).status).toBe(403);
    expect((await register(open.id, observer, { beneficiaryId })).status).toBe(403);
    expect((await register(open.id, otherCoordinator, { beneficiaryId })).status).toBe(403);
    expect((await register(open.id, null as unknown as TestUser, { beneficiaryId })).status).toBe(401);
    expect((await register(open.id, member, { beneficiaryId: UNKNOWN_ID })).body.error.details[0].path).toBe(
      'beneficiaryId',
    );
    expect((await register(UNKNOWN_ID, member, { beneficiaryId })).status).toBe(404);
    expect((await register(open.id, member, { beneficiaryId, extra: 1 })).status).toBe(422);

    const notYet = await createActivity({
      registrationOpensAt: at(addDays(day, -2), '09:00'),
      title: 'Zapisy później',
    });
    const early = await register(notYet.id, member, { beneficiaryId });
    expect(early.status).toBe(422);
    expect(early.body.error.details[0].rule).toBe('registration_not_open');
    const closed = await createActivity({
      registrationClosesAt: new Date(Date.now() - 60_000).toISOString(),
      title: 'Zapisy zamknięte',
    });
    expect((await register(closed.id, member, { beneficiaryId })).body.error.details[0].rule).toBe(
      'registration_closed',
    );
    const over = await createActivity({
      start: at(past, '10:00'),
      end: at(past, '12:00'),
      title: 'Szkolenie minione',
    });
    expect((await register(over.id, member, { beneficiaryId })).body.error.details[0].rule).toBe('in_past');
    // Staff backfill the paper list of an activity that already took place.
    expect((await register(over.id, coordinator, { beneficiaryId })).status).toBe(201);
    expect((await register(closed.id, admin, { beneficiaryId })).status).toBe(201);
  });

  it('shows staff all registrations and members only their own', async () => {
    const shared = await createActivity({ capacity: 5, title: 'Wspólne zajęcia' });
    await register(shared.id, member, { beneficiaryId });
    await register(shared.id, otherMember, { beneficiaryId: otherBeneficiaryId });
    const list = (as: TestUser | null) =>
      call(ctx, { method: 'GET', url: `/api/activities/${shared.id}/registrations`, as });
    expect((await list(coordinator)).body.items).toHaveLength(2);
    expect((await list(admin)).body.items).toHaveLength(2);
    const own = await list(member);
    expect(own.body.items.map((r: { beneficiaryId: string }) => r.beneficiaryId)).toEqual([beneficiaryId]);
    expect((await list(otherCoordinator)).status).toBe(403);
    expect((await list(advisor)).status).toBe(403);
    expect((await list(observer)).status).toBe(403);
    expect((await list(null)).status).toBe(401);
    const regId = own.body.items[0].id;
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/activities/${shared.id}/registrations/${regId}`,
          as: member,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/activities/${shared.id}/registrations/${regId}`,
          as: otherMember,
        })
      ).status,
    ).toBe(404);
    const cancel = (as: TestUser) =>
      call(ctx, { method: 'POST', url: `/api/activities/${shared.id}/registrations/${regId}/cancel`, as });
    expect((await cancel(otherMember)).status).toBe(404);
    expect((await cancel(observer)).status).toBe(404);
    expect((await cancel(member)).status).toBe(200);
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: `/api/activities/${shared.id}/registrations/${UNKNOWN_ID}/cancel`,
          as: coordinator,
        })
      ).status,
    ).toBe(404);
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=activity_registration&entityId=${regId}`,
      as: coordinator,
    });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['cancel', 'register']);
  });
});

describe('changing and cancelling activities', () => {
  it('promotes on more capacity, refuses less than registered, moves one-off times with the room hold', async () => {
    const moveDay = addDays(day, 3);
    const changing = await createActivity({
      capacity: 1,
      roomId: smallRoom.id,
      start: at(moveDay, '10:00'),
      end: at(moveDay, '11:00'),
      title: 'Zajęcia zmienne',
    });
    const [first, second] = (await beneficiaries(2)) as [string, string];
    await register(changing.id, coordinator, { beneficiaryId: first });
    const waiting = (await register(changing.id, coordinator, { beneficiaryId: second })).body;
    const patch = (payload: Record<string, unknown>, as: TestUser = coordinator) =>
      call(ctx, { method: 'PATCH', url: `/api/activities/${changing.id}`, as, payload });
    expect((await patch({ capacity: 5 }, member)).status).toBe(403);
    expect((await patch({ capacity: 5 }, otherCoordinator)).status).toBe(403);
    const bigger = await patch({ capacity: 2 });
    expect(bigger.status).toBe(200);
    expect(bigger.body).toMatchObject({ capacity: 2, seatsTaken: 2, waitlisted: 0 });
    const promoted = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${changing.id}/registrations/${waiting.id}`,
      as: coordinator,
    });
    expect(promoted.body.status).toBe('registered');
    const smaller = await patch({ capacity: 1 });
    expect(smaller.status).toBe(422);
    expect(smaller.body.error.details[0].rule).toBe('capacity_below_registered');

    const moved = await patch({
      start: at(moveDay, '15:00'),
      end: at(moveDay, '16:00'),
      title: 'Zajęcia przeniesione',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.sessions[0]).toMatchObject({ start: at(moveDay, '15:00'), end: at(moveDay, '16:00') });
    // The old time is free again; the new one is held.
    const bookOld = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: coordinator,
      payload: {
        roomId: smallRoom.id,
        beneficiaryId,
        title: 'Stary termin',
        start: at(moveDay, '10:00'),
        end: at(moveDay, '11:00'),
      },
    });
    expect(bookOld.status).toBe(201);
    const clash = await patch({ start: at(moveDay, '10:30'), end: at(moveDay, '11:30') });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.conflicts).toEqual([
      expect.objectContaining({ kind: 'lending', bookingId: bookOld.body.id }),
    ]);
    const still = await call(ctx, { method: 'GET', url: `/api/activities/${changing.id}` });
    expect(still.body.sessions[0].start).toBe(at(moveDay, '15:00'));

    const series = await createActivity({
      start: at(moveDay, '18:00'),
      end: at(moveDay, '19:00'),
      recurrence: { rrule: 'FREQ=DAILY;COUNT=2' },
    });
    const seriesMove = await call(ctx, {
      method: 'PATCH',
      url: `/api/activities/${series.id}`,
      as: coordinator,
      payload: { start: at(moveDay, '17:00') },
    });
    expect(seriesMove.body.error.details[0].rule).toBe('series_times');
    expect(
      (
        await call(ctx, {
          method: 'PATCH',
          url: `/api/activities/${UNKNOWN_ID}`,
          as: coordinator,
          payload: {},
        })
      ).status,
    ).toBe(404);
  });

  it('cancels: frees the room, tells everyone registered or waiting, and takes no more registrations', async () => {
    const cancelDay = addDays(day, 4);
    const doomed = await createActivity({
      capacity: 1,
      roomId: hall.id,
      start: at(cancelDay, '10:00'),
      end: at(cancelDay, '12:00'),
      title: 'Seminarium odwołane',
    });
    await register(doomed.id, member, { beneficiaryId });
    await register(doomed.id, otherMember, { beneficiaryId: otherBeneficiaryId });
    const cancel = (as: TestUser) =>
      call(ctx, {
        method: 'POST',
        url: `/api/activities/${doomed.id}/cancel`,
        as,
        payload: { reason: 'Choroba prowadzącej' },
      });
    expect((await cancel(member)).status).toBe(403);
    expect((await cancel(otherCoordinator)).status).toBe(403);
    const done = await cancel(coordinator);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'cancelled', cancelReason: 'Choroba prowadzącej' });
    expect((await cancel(coordinator)).status).toBe(409);
    const mail = await mailTo(otherMember.email);
    expect(mail[0]).toMatchObject({
      kind: 'activity_cancelled',
      subject: 'Zajęcia odwołane: Seminarium odwołane',
    });
    expect(mail[0]?.text).toContain('Choroba prowadzącej');
    // Leaving a cancelled activity promotes nobody into it.
    const mine = (
      await call(ctx, { method: 'GET', url: `/api/activities/${doomed.id}/registrations`, as: member })
    ).body.items[0];
    const leave = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${doomed.id}/registrations/${mine.id}/cancel`,
      as: member,
    });
    expect(leave.status).toBe(200);
    expect(leave.body.promoted).toEqual([]);
    const [late] = await beneficiaries(1);
    expect((await register(doomed.id, coordinator, { beneficiaryId: late })).status).toBe(409);
    const roomFree = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: coordinator,
      payload: {
        roomId: hall.id,
        beneficiaryId,
        title: 'Po odwołaniu',
        start: at(cancelDay, '10:00'),
        end: at(cancelDay, '12:00'),
      },
    });
    expect(roomFree.status).toBe(201);
  });
});

describe('attendance', () => {
  let held: { id: string; sessions: { id: string }[] };
  type Reg = { id: string; seats: number };
  let regs: Reg[];

  beforeAll(async () => {
    held = await createActivity({
      roomId: hall.id,
      start: at(past, '10:00'),
      end: at(past, '13:00'),
      capacity: 20,
      title: 'Szkolenie: księgowość w małej organizacji',
    });
    regs = [];
    regs.push((await register(held.id, coordinator, { beneficiaryId, seats: 3 })).body);
    regs.push((await register(held.id, coordinator, { beneficiaryId: otherBeneficiaryId, seats: 1 })).body);
    const [third] = await beneficiaries(1);
    regs.push((await register(held.id, coordinator, { beneficiaryId: third, seats: 2 })).body);
  });

  it('records who came and walk-ins; the rest are no-shows', async () => {
    const [a, b, c] = regs as [Reg, Reg, Reg];
    const record = (as: TestUser, payload: Record<string, unknown>) =>
      call(ctx, { method: 'POST', url: `/api/activities/${held.id}/attendance`, as, payload });
    expect((await record(member, { attended: [] })).status).toBe(403);
    expect((await record(advisor, { attended: [] })).status).toBe(403);
    expect((await record(otherCoordinator, { attended: [] })).status).toBe(403);
    const tooMany = await record(coordinator, { attended: [{ registrationId: a.id, seats: 4 }] });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.details[0].path).toBe('attended.0.seats');
    const stranger = await record(coordinator, { attended: [{ registrationId: UNKNOWN_ID, seats: 1 }] });
    expect(stranger.body.error.details[0].path).toBe('attended.0.registrationId');
    const twice = await record(coordinator, {
      attended: [
        { registrationId: b.id, seats: 1 },
        { registrationId: b.id, seats: 1 },
      ],
    });
    expect(twice.body.error.details[0].path).toBe('attended.1.registrationId');
    expect(
      (await record(coordinator, { attended: [], sessionId: UNKNOWN_ID })).body.error.details[0].path,
    ).toBe('sessionId');

    const recorded = await record(coordinator, {
      attended: [
        { registrationId: a.id, seats: 2 },
        { registrationId: b.id, seats: 1 },
      ],
      walkIns: 4,
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.totals).toEqual({
      registeredSeats: 6,
      attendedSeats: 3,
      walkIns: 4,
      participants: 7,
      noShows: 1,
    });
    const rows = new Map(
      recorded.body.registrations.map((r: { registrationId: string }) => [r.registrationId, r]),
    );
    expect(rows.get(a.id)).toMatchObject({ attendedSeats: 2, noShow: false });
    expect(rows.get(c.id)).toMatchObject({ attendedSeats: 0, noShow: true });

    const view = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${held.id}/check-in`,
      as: coordinator,
    });
    expect(view.status).toBe(200);
    expect(view.body.totals.noShows).toBe(1);
    expect(view.body.session.attendanceRecordedAt).toEqual(expect.any(String));
    const unknownSession = `/api/activities/${held.id}/check-in?sessionId=${UNKNOWN_ID}`;
    expect((await call(ctx, { method: 'GET', url: unknownSession, as: coordinator })).status).toBe(404);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/activities/${held.id}/check-in`, as: member })).status,
    ).toBe(403);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/activities/${held.id}/check-in`, as: observer })).status,
    ).toBe(403);

    // Checked in at the door after all: no longer a no-show.
    const door = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${held.id}/check-in`,
      as: coordinator,
      payload: { registrationId: c.id },
    });
    expect(door.status).toBe(200);
    expect(door.body.totals).toMatchObject({ attendedSeats: 5, noShows: 0, walkIns: 4 });
    const reg = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${held.id}/registrations/${c.id}`,
      as: coordinator,
    });
    expect(reg.body.attendedSeats).toBe(2);
  });

  it('is taken only around the time of a session, and per session in a series', async () => {
    const future = await createActivity({ title: 'Przyszłe zajęcia' });
    const early = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${future.id}/attendance`,
      as: coordinator,
      payload: { attended: [] },
    });
    expect(early.status).toBe(409);
    const series = await createActivity({
      start: at(addDays(past, -2), '10:00'),
      end: at(addDays(past, -2), '11:00'),
      recurrence: { rrule: 'FREQ=DAILY;COUNT=2' },
      title: 'Szkolenie dwudniowe',
    });
    const noSession = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${series.id}/attendance`,
      as: coordinator,
      payload: { attended: [], walkIns: 1 },
    });
    expect(noSession.body.error.details[0].path).toBe('sessionId');
    const second = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${series.id}/attendance`,
      as: coordinator,
      payload: { sessionId: series.sessions[1]?.id, attended: [], walkIns: 6 },
    });
    expect(second.status).toBe(200);
    expect(second.body.session).toMatchObject({ id: series.sessions[1]?.id, ordinal: 1, walkIns: 6 });
  });

  it('prints the list people sign, with Polish letters', async () => {
    const { status, response } = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${held.id}/attendance.pdf`,
      as: coordinator,
    });
    expect(status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('Lista obecności');
    expect(text).toContain('Szkolenie: księgowość w małej organizacji');
    expect(text).toContain('Stowarzyszenie Żółta Łódź');
    expect(text).toContain('Fundacja Obca');
    expect(text).toContain('Podpis');
    expect(text).toContain('Sala konferencyjna');
    expect(text).toContain(`${past}, godz. 10:00–13:00`);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/activities/${held.id}/attendance.pdf`, as: member }))
        .status,
    ).toBe(403);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/activities/${held.id}/attendance.pdf` })).status,
    ).toBe(401);
    expect(
      (
        await call(ctx, {
          method: 'GET',
          url: `/api/activities/${UNKNOWN_ID}/attendance.pdf`,
          as: coordinator,
        })
      ).status,
    ).toBe(404);
  });

  it('takes feedback once from a participant who attended, and shows staff the average', async () => {
    const [a, b, c] = regs as [Reg, Reg, Reg];
    const rate = (as: TestUser, payload: Record<string, unknown>) =>
      call(ctx, { method: 'POST', url: `/api/activities/${held.id}/feedback`, as, payload });
    expect((await rate(coordinator, { registrationId: a.id, rating: 5 })).status).toBe(403);
    expect((await rate(otherMember, { registrationId: a.id, rating: 5 })).status).toBe(403);
    expect((await rate(member, { registrationId: a.id, rating: 6 })).status).toBe(422);
    expect((await rate(member, { registrationId: UNKNOWN_ID, rating: 4 })).body.error.details[0].path).toBe(
      'registrationId',
    );
    const given = await rate(member, {
      registrationId: a.id,
      rating: 5,
      comment: 'Bardzo przydatne, dziękujemy!',
    });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      registrationId: a.id,
      rating: 5,
      comment: 'Bardzo przydatne, dziękujemy!',
    });
    const again = await rate(member, { registrationId: a.id, rating: 1 });
    expect(again.status).toBe(409);
    expect((await rate(otherMember, { registrationId: b.id, rating: 3 })).status).toBe(201);

    // A no-show cannot rate; nor can anyone before the activity took place.
    await call(ctx, {
      method: 'POST',
      url: `/api/activities/${held.id}/check-in`,
      as: coordinator,
      payload: { registrationId: c.id, seats: 0 },
    });
    await ctx.db
      .insertInto('beneficiary_representatives')
      .values({
        beneficiary_id: (
          await call(ctx, {
            method: 'GET',
            url: `/api/activities/${held.id}/registrations/${c.id}`,
            as: coordinator,
          })
        ).body.beneficiaryId,
        user_id: otherMember.id,
      })
      .execute();
    const absent = await rate(otherMember, { registrationId: c.id, rating: 2 });
    expect(absent.status).toBe(422);
    expect(absent.body.error.details[0].rule).toBe('not_attended');
    const future = await createActivity({ title: 'Jeszcze przed nami' });
    const reg = (await register(future.id, member, { beneficiaryId })).body;
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: `/api/activities/${future.id}/feedback`,
          as: member,
          payload: { registrationId: reg.id, rating: 5 },
        })
      ).body.error.details[0].rule,
    ).toBe('not_held_yet');

    const staffView = await call(ctx, { method: 'GET', url: `/api/activities/${held.id}`, as: coordinator });
    expect(staffView.body.feedback).toEqual({ count: 2, average: 4 });
    expect(
      (await call(ctx, { method: 'GET', url: `/api/activities/${held.id}`, as: member })).body,
    ).not.toHaveProperty('feedback');

    const summary = (as: TestUser | null, query: string) =>
      call(ctx, { method: 'GET', url: `/api/feedback/summary?${query}`, as });
    const period = `from=${addDays(past, -10)}&to=${past}`;
    const ours = await summary(coordinator, `${period}&centerId=${centerId}`);
    expect(ours.status).toBe(200);
    expect(ours.body.activities.byKind.training).toEqual({ count: 2, average: 4 });
    expect(ours.body.activities.byKind.seminar).toEqual({ count: 0, average: null });
    expect(ours.body.activities).toMatchObject({ count: 2, average: 4 });
    expect(ours.body.advice.byKind).toHaveProperty('consulting');
    expect((await summary(admin, period)).body.activities.count).toBe(2);
    expect((await summary(coordinator, period)).body.centerIds).toEqual([centerId]);
    expect((await summary(otherCoordinator, period)).body.activities.count).toBe(0);
    expect((await summary(otherCoordinator, `${period}&centerId=${centerId}`)).status).toBe(403);
    expect((await summary(observer, period)).status).toBe(403);
    expect((await summary(member, period)).status).toBe(403);
    expect((await summary(advisor, period)).status).toBe(403);
    expect((await summary(null, period)).status).toBe(401);
    expect((await summary(admin, `${period}&centerId=${UNKNOWN_ID}`)).status).toBe(404);
    expect((await summary(admin, `from=${past}&to=${addDays(past, -1)}`)).status).toBe(400);
    expect((await summary(admin, 'from=2026-02-30&to=2026-03-01')).status).toBe(400);
  });
});

describe('mail', () => {
  it('reminds every registered participant the day before, once per session', async () => {
    const remindDay = addDays(day, 6);
    const soon = await createActivity({
      start: at(remindDay, '17:00'),
      end: at(remindDay, '19:00'),
      title: 'Warsztaty jutro',
    });
    const [who] = await beneficiaries(1);
    await register(soon.id, coordinator, { beneficiaryId: who });
    const base = new Date(at(addDays(remindDay, -1), '18:00'));
    const [one, two] = await Promise.all([
      sendDueActivityReminders(ctx.db, base),
      sendDueActivityReminders(ctx.db, base),
    ]);
    expect((one ?? 0) + (two ?? 0)).toBeGreaterThanOrEqual(1);
    expect(await sendDueActivityReminders(ctx.db, base)).toBe(0);
    const mail = await mailTo(`grupa${beneficiaryCount}@example.org`);
    const reminders = mail.filter((m) => m.kind === 'activity_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toBe('Przypomnienie: jutro Warsztaty jutro');
  });

  it('keeps every kind of programme mail in the outbox', async () => {
    const all = await call(ctx, { method: 'GET', url: '/api/outbox?limit=200', as: admin });
    const kinds = new Set(all.body.items.map((m: { kind: string }) => m.kind));
    for (const kind of [
      'registration_confirmed',
      'registration_waitlisted',
      'registration_promoted',
      'activity_cancelled',
      'activity_reminder',
    ]) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });
});

describe('the API description', () => {
  it('documents the programme endpoints in OpenAPI', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    for (const path of [
      '/api/activities',
      '/api/activities/{id}',
      '/api/activities/{id}/cancel',
      '/api/activities/{id}/registrations',
      '/api/activities/{id}/registrations/{regId}/cancel',
      '/api/activities/{id}/attendance',
      '/api/activities/{id}/check-in',
      '/api/activities/{id}/attendance.pdf',
      '/api/activities/{id}/feedback',
      '/api/feedback/summary',
    ]) {
      expect(body.paths[path], path).toBeDefined();
    }
    expect(body.paths['/api/activities'].post.tags).toEqual(['programme']);
  });
});

describe('permissions of every role on every programme endpoint', () => {
  const ROLES = [
    'admin',
    'coordinator',
    'foreignCoordinator',
    'advisor',
    'member',
    'observer',
    'anonymous',
  ] as const;
  type RoleName = (typeof ROLES)[number];
  type Expect = Record<RoleName, number>;
  type Row = {
    name: string;
    method: 'GET' | 'POST' | 'PATCH';
    /** Called once per role, so actions that change state get a fresh target each time. */
    prepare: (role: RoleName) => Promise<{ url: string; payload?: unknown }>;
    expect: Expect;
  };
  const as = (role: RoleName): TestUser | null =>
    ({
      admin,
      coordinator,
      foreignCoordinator: otherCoordinator,
      advisor,
      member,
      observer,
      anonymous: null,
    })[role];
  const all = (status: number, overrides: Partial<Expect> = {}): Expect => ({
    admin: status,
    coordinator: status,
    foreignCoordinator: status,
    advisor: status,
    member: status,
    observer: status,
    anonymous: 401,
    ...overrides,
  });
  const publicRead = all(200, { anonymous: 200 });
  const centreStaff = (status: number) => all(403, { admin: status, coordinator: status });
  const registrants = (status: number, others = 403) =>
    all(others, { admin: status, coordinator: status, member: status });

  let shared: { id: string };
  let heldId: string;
  let heldRegId: string;
  let tableDay: string;
  let slot = 0;
  const nextSlot = () => {
    const hour = String(8 + (slot++ % 12)).padStart(2, '0');
    return { start: at(tableDay, `${hour}:00`), end: at(tableDay, `${hour}:30`) };
  };
  const freshActivity = () => createActivity({ ...nextSlot(), capacity: 50, title: 'Zajęcia z tabeli' });
  /** A past activity with the member's beneficiary registered and present. */
  async function attended() {
    const pastActivity = await createActivity({
      start: at(past, '15:00'),
      end: at(past, '16:00'),
      title: 'Minione z tabeli',
    });
    const registration = (await register(pastActivity.id, coordinator, { beneficiaryId })).body;
    await call(ctx, {
      method: 'POST',
      url: `/api/activities/${pastActivity.id}/check-in`,
      as: coordinator,
      payload: { registrationId: registration.id },
    });
    return { activityId: pastActivity.id, registrationId: registration.id as string };
  }

  beforeAll(async () => {
    tableDay = addDays(day, 20);
    shared = await freshActivity();
    await register(shared.id, member, { beneficiaryId });
    const held = await attended();
    heldId = held.activityId;
    heldRegId = held.registrationId;
  });

  const rows: Row[] = [
    {
      name: 'create an activity',
      method: 'POST',
      prepare: async () => ({ url: '/api/activities', payload: activity(nextSlot()) }),
      expect: centreStaff(201),
    },
    {
      name: 'list activities',
      method: 'GET',
      prepare: async () => ({ url: '/api/activities' }),
      expect: publicRead,
    },
    {
      name: 'read an activity',
      method: 'GET',
      prepare: async () => ({ url: `/api/activities/${shared.id}` }),
      expect: publicRead,
    },
    {
      name: 'change an activity',
      method: 'PATCH',
      prepare: async () => ({ url: `/api/activities/${shared.id}`, payload: { audience: 'wszyscy' } }),
      expect: centreStaff(200),
    },
    {
      name: 'cancel an activity',
      method: 'POST',
      prepare: async () => ({ url: `/api/activities/${(await freshActivity()).id}/cancel` }),
      expect: centreStaff(200),
    },
    {
      name: 'register',
      method: 'POST',
      prepare: async () => ({
        url: `/api/activities/${(await freshActivity()).id}/registrations`,
        payload: { beneficiaryId },
      }),
      expect: registrants(201),
    },
    {
      name: 'list registrations',
      method: 'GET',
      prepare: async () => ({ url: `/api/activities/${shared.id}/registrations` }),
      expect: registrants(200),
    },
    {
      name: 'read a registration',
      method: 'GET',
      prepare: async () => ({ url: `/api/activities/${heldId}/registrations/${heldRegId}` }),
      expect: registrants(200, 404),
    },
    {
      name: 'cancel a registration',
      method: 'POST',
      prepare: async () => {
        const fresh = await freshActivity();
        const registration = (await register(fresh.id, member, { beneficiaryId })).body;
        return { url: `/api/activities/${fresh.id}/registrations/${registration.id}/cancel` };
      },
      expect: registrants(200, 404),
    },
    {
      name: 'record attendance',
      method: 'POST',
      prepare: async () => ({
        url: `/api/activities/${heldId}/attendance`,
        payload: { attended: [{ registrationId: heldRegId, seats: 1 }] },
      }),
      expect: centreStaff(200),
    },
    {
      name: 'see the check-in view',
      method: 'GET',
      prepare: async () => ({ url: `/api/activities/${heldId}/check-in` }),
      expect: centreStaff(200),
    },
    {
      name: 'check in at the door',
      method: 'POST',
      prepare: async () => ({
        url: `/api/activities/${heldId}/check-in`,
        payload: { registrationId: heldRegId },
      }),
      expect: centreStaff(200),
    },
    {
      name: 'print the attendance list',
      method: 'GET',
      prepare: async () => ({ url: `/api/activities/${heldId}/attendance.pdf` }),
      expect: centreStaff(200),
    },
    {
      name: 'rate an activity',
      method: 'POST',
      prepare: async () => {
        const { activityId, registrationId } = await attended();
        return { url: `/api/activities/${activityId}/feedback`, payload: { registrationId, rating: 4 } };
      },
      expect: all(403, { member: 201 }),
    },
    {
      name: 'read the feedback summary',
      method: 'GET',
      prepare: async () => ({ url: `/api/feedback/summary?from=${past}&to=${day}` }),
      expect: all(403, { admin: 200, coordinator: 200, foreignCoordinator: 200 }),
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

describe('my registrations across the programme', () => {
  it('lists a member its own registrations with their activity, newest first; staff their centres', async () => {
    const first = await createActivity({
      title: 'Warsztaty A',
      start: at(day, '13:00'),
      end: at(day, '14:00'),
    });
    const second = await createActivity({
      title: 'Warsztaty B',
      start: at(day, '15:00'),
      end: at(day, '16:00'),
    });
    expect((await register(first.id, member, { beneficiaryId })).status).toBe(201);
    expect((await register(second.id, member, { beneficiaryId })).status).toBe(201);
    expect((await register(second.id, otherMember, { beneficiaryId: otherBeneficiaryId })).status).toBe(201);

    const mine = await call(ctx, {
      method: 'GET',
      url: '/api/registrations?upcoming=true&limit=200',
      as: member,
    });
    expect(mine.status).toBe(200);
    const titles = mine.body.items.map((item: { activity: { title: string } }) => item.activity.title);
    expect(titles.indexOf('Warsztaty B')).toBeLessThan(titles.indexOf('Warsztaty A'));
    expect(
      mine.body.items.every((item: { beneficiaryId: string }) => item.beneficiaryId === beneficiaryId),
    ).toBe(true);
    expect(mine.body.items[0].activity).toMatchObject({
      centerId,
      kind: 'training',
      start: at(day, '15:00'),
    });

    const staff = await call(ctx, {
      method: 'GET',
      url: `/api/registrations?beneficiaryId=${otherBeneficiaryId}`,
      as: coordinator,
    });
    expect(staff.body.items.map((item: { activity: { title: string } }) => item.activity.title)).toContain(
      'Warsztaty B',
    );
    const foreign = await call(ctx, {
      method: 'GET',
      url: `/api/registrations?beneficiaryId=${otherBeneficiaryId}`,
      as: otherCoordinator,
    });
    expect(foreign.body.items).toEqual([]);
    expect((await call(ctx, { method: 'GET', url: '/api/registrations', as: observer })).status).toBe(403);
    expect((await call(ctx, { method: 'GET', url: '/api/registrations', as: advisor })).status).toBe(403);
    expect((await call(ctx, { method: 'GET', url: '/api/registrations' })).status).toBe(401);
    expect((await call(ctx, { method: 'GET', url: '/api/registrations?limit=500', as: member })).status).toBe(
      400,
    );

    const page = await call(ctx, { method: 'GET', url: '/api/registrations?limit=1', as: member });
    const next = await call(ctx, {
      method: 'GET',
      url: `/api/registrations?limit=1&cursor=${page.body.nextCursor}`,
      as: member,
    });
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
  });
});
