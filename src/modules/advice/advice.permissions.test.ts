import { beforeAll, describe, expect, it } from 'vitest';
import { at } from '../../../test/factories.ts';
import { call, makeUser, type TestUser } from '../../../test/helpers.ts';
import { addDays } from '../../lib/time.ts';
import {
  act,
  admin,
  advisorUser,
  appointment,
  beneficiaryId,
  booked,
  centerId,
  coordinator,
  ctx,
  day,
  member,
  observer,
  otherCoordinator,
  past,
  setupAdvice,
} from './advice.test-support.ts';

beforeAll(setupAdvice);

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
