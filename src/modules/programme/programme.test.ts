import { beforeAll, describe, expect, it } from 'vitest';
import { at } from '../../../test/factories.ts';
import { call, type TestUser } from '../../../test/helpers.ts';
import { addDays } from '../../lib/time.ts';
import {
  activity,
  admin,
  advisor,
  beneficiaryId,
  coordinator,
  createActivity,
  ctx,
  day,
  member,
  observer,
  otherCoordinator,
  past,
  register,
  setUpProgramme,
} from './programme.test-support.ts';

beforeAll(setUpProgramme);

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
