import { beforeAll, describe, expect, it } from 'vitest';
import { at, UNKNOWN_ID } from '../../../../test/factories.ts';
import { call, type TestUser } from '../../../../test/helpers.ts';
import { addDays } from '../../../lib/time.ts';
import {
  advisorId,
  advisorUser,
  beneficiaryId,
  book,
  booked,
  coordinator,
  ctx,
  day,
  member,
  observer,
  otherAdvisorUser,
  otherCoordinator,
  otherMember,
  setupAdvice,
} from '../advice.test-support.ts';

beforeAll(setupAdvice);

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
