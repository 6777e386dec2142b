import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
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
  mailTo,
  member,
  observer,
  otherBeneficiaryId,
  otherCoordinator,
  otherMember,
  past,
  register,
  setUpProgramme,
} from '../programme.test-support.ts';

beforeAll(setUpProgramme);

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

describe("an activity's seat counts", () => {
  it('stay equal to its registrations through registering, cancelling, promoting and merging', async () => {
    const counted = await createActivity({ capacity: 3, title: 'Warsztaty liczone' });
    const [a, b, c, d] = (await beneficiaries(4)) as [string, string, string, string];
    const reg = async (id: string, seats: number) =>
      (await register(counted.id, coordinator, { beneficiaryId: id, seats })).body;
    const first = await reg(a, 2);
    await reg(b, 1);
    const third = await reg(c, 2);
    await reg(d, 1);
    expect(third.status).toBe('waitlisted');
    // Merging d (waiting) into b (registered): b keeps its place and holds both seats.
    const merged = await call(ctx, {
      method: 'POST',
      url: `/api/beneficiaries/${d}/merge`,
      as: admin,
      payload: { into: b },
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const cancelled = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${counted.id}/registrations/${first.id}/cancel`,
      as: coordinator,
    });
    expect(cancelled.status).toBe(200);
    const detail = await call(ctx, { method: 'GET', url: `/api/activities/${counted.id}` });
    const list = await call(ctx, {
      method: 'GET',
      url: `/api/activities/${counted.id}/registrations?limit=50`,
      as: coordinator,
    });
    const live = list.body.items as { status: string; seats: number }[];
    const sum = (status: string) =>
      live.filter((each) => each.status === status).reduce((total, each) => total + each.seats, 0);
    expect(detail.body).toMatchObject({
      seatsTaken: sum('registered'),
      waitlisted: live.filter((each) => each.status === 'waitlisted').length,
    });
    expect(detail.body.seatsTaken).toBe(3);
    // Every activity of this file's database, whatever its tests did to it.
    const drift = await ctx.db
      .selectFrom('activities')
      .select(['id', 'title'])
      .where(({ eb, selectFrom, or }) =>
        or([
          eb(
            'seats_taken',
            '<>',
            selectFrom('activity_registrations as r')
              .select(({ fn }) => fn.coalesce(fn.sum<number>('r.seats'), eb.lit(0)).as('s'))
              .whereRef('r.activity_id', '=', 'activities.id')
              .where('r.status', '=', 'registered'),
          ),
          eb(
            'waitlisted',
            '<>',
            selectFrom('activity_registrations as r')
              .select(({ fn }) => fn.countAll<number>().as('n'))
              .whereRef('r.activity_id', '=', 'activities.id')
              .where('r.status', '=', 'waitlisted'),
          ),
        ]),
      )
      .execute();
    expect(drift).toEqual([]);
  });
});
