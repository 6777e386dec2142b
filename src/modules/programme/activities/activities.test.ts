import { beforeAll, describe, expect, it } from 'vitest';
import { at, createRoom, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
  activity,
  admin,
  advisor,
  beneficiaries,
  beneficiaryCount,
  beneficiaryId,
  centerId,
  coordinator,
  createActivity,
  ctx,
  day,
  hall,
  mailTo,
  member,
  observer,
  otherBeneficiaryId,
  otherCenterId,
  otherCoordinator,
  otherMember,
  register,
  setUpProgramme,
  smallRoom,
} from '../programme.test-support.ts';
import { sendDueActivityReminders } from './activities.reminders.ts';

beforeAll(setUpProgramme);

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
