import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
  admin,
  advisor,
  beneficiaries,
  beneficiaryId,
  centerId,
  coordinator,
  createActivity,
  ctx,
  hall,
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

describe('feedback', () => {
  let held: { id: string; sessions: { id: string }[] };
  type Reg = { id: string; seats: number };
  let regs: Reg[];

  // A past training whose participants came: the first two as recorded, the third checked in at the door.
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
    const [a, b, c] = regs as [Reg, Reg, Reg];
    const recorded = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${held.id}/attendance`,
      as: coordinator,
      payload: {
        attended: [
          { registrationId: a.id, seats: 2 },
          { registrationId: b.id, seats: 1 },
        ],
        walkIns: 4,
      },
    });
    expect(recorded.status).toBe(200);
    const door = await call(ctx, {
      method: 'POST',
      url: `/api/activities/${held.id}/check-in`,
      as: coordinator,
      payload: { registrationId: c.id },
    });
    expect(door.status).toBe(200);
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
