import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import { pdfText } from '../../../../test/pdf.ts';
import { addDays } from '../../../lib/time.ts';
import {
  advisor,
  beneficiaries,
  beneficiaryId,
  coordinator,
  createActivity,
  ctx,
  hall,
  member,
  observer,
  otherBeneficiaryId,
  otherCoordinator,
  past,
  register,
  setUpProgramme,
} from '../programme.test-support.ts';

beforeAll(setUpProgramme);

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
    // The check-in view says when it opens, so the web app can wait for it instead of failing.
    const notYet = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${future.id}/check-in`,
      as: coordinator,
    });
    expect(notYet.body.open).toBe(false);
    expect(Date.parse(notYet.body.opensAt)).toBe(Date.parse(notYet.body.session.start) - 3_600_000);
    const heldView = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${held.id}/check-in`,
      as: coordinator,
    });
    expect(heldView.body.open).toBe(true);
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
});
