import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, makeUser, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
  admin,
  advisorId,
  advisorUser,
  book,
  centerId,
  coordinator,
  ctx,
  day,
  member,
  observer,
  otherAdvisorId,
  otherAdvisorUser,
  otherCenterId,
  otherCoordinator,
  setupAdvice,
} from '../advice.test-support.ts';

beforeAll(setupAdvice);

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
