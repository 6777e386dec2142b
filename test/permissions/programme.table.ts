import { isPolishHoliday } from '../../src/lib/time.ts';
import { at, futureDate } from '../factories.ts';
import { all, anyStaff, centreStaff, defineTable, publicRead } from './runner.ts';
import { created, type World } from './world.ts';

/**
 * Who may register: the centre's staff and the representatives of the beneficiary (the member,
 * and the staff representative, who is no staff of this centre but represents it).
 */
const registrants = (status: number, others = 403) =>
  all(others, { admin: status, coordinator: status, member: status, staffRepresentative: status });

const DAY = futureDate(30, isPolishHoliday);
const PAST = futureDate(-5, isPolishHoliday);
let slot = 0;
const nextSlot = () => {
  const hour = String(8 + (slot++ % 12)).padStart(2, '0');
  return { start: at(DAY, `${hour}:00`), end: at(DAY, `${hour}:30`) };
};

const activity = (world: World, overrides: Record<string, unknown> = {}) => ({
  centerId: world.centerId,
  kind: 'training',
  title: 'Szkolenie z pisania wniosków',
  description: 'Jak napisać wniosek do budżetu obywatelskiego',
  audience: 'organizacje pozarządowe',
  capacity: 50,
  ...nextSlot(),
  ...overrides,
});

const freshActivity = async (world: World): Promise<string> =>
  (await created(world, world.users.coordinator, '/api/activities', activity(world))).id;

const register = async (world: World, activityId: string): Promise<string> =>
  (
    await created(world, world.users.member, `/api/activities/${activityId}/registrations`, {
      beneficiaryId: world.beneficiaryId,
    })
  ).id;

/** A past activity with the member's beneficiary registered and checked in. */
async function attended(world: World) {
  const activityId = (
    await created(
      world,
      world.users.coordinator,
      '/api/activities',
      activity(world, { start: at(PAST, '15:00'), end: at(PAST, '16:00'), title: 'Minione zajęcia' }),
    )
  ).id as string;
  const registrationId = (
    await created(world, world.users.coordinator, `/api/activities/${activityId}/registrations`, {
      beneficiaryId: world.beneficiaryId,
    })
  ).id as string;
  await created(world, world.users.coordinator, `/api/activities/${activityId}/check-in`, { registrationId });
  return { activityId, registrationId };
}

/** The programme: activities, registrations, attendance, feedback. */
export const programmeTable = defineTable({
  title: 'programme',
  setup: async (world) => {
    const sharedId = await freshActivity(world);
    await register(world, sharedId);
    const held = await attended(world);
    return { sharedId, heldId: held.activityId, heldRegId: held.registrationId };
  },
  rows: (w) => [
    {
      route: 'POST /api/activities',
      prepare: () => ({ url: '/api/activities', payload: activity(w()) }),
      expect: centreStaff(201),
    },
    { route: 'GET /api/activities', prepare: () => ({ url: '/api/activities' }), expect: publicRead },
    {
      route: 'GET /api/activities/:id',
      prepare: () => ({ url: `/api/activities/${w().sharedId}` }),
      expect: publicRead,
    },
    {
      route: 'PATCH /api/activities/:id',
      prepare: () => ({ url: `/api/activities/${w().sharedId}`, payload: { audience: 'wszyscy' } }),
      expect: centreStaff(200),
    },
    {
      route: 'POST /api/activities/:id/cancel',
      prepare: async () => ({ url: `/api/activities/${await freshActivity(w())}/cancel` }),
      expect: centreStaff(200),
    },
    {
      route: 'POST /api/activities/:id/registrations',
      prepare: async () => ({
        url: `/api/activities/${await freshActivity(w())}/registrations`,
        payload: { beneficiaryId: w().beneficiaryId },
      }),
      expect: registrants(201),
    },
    {
      route: 'GET /api/activities/:id/registrations',
      prepare: () => ({ url: `/api/activities/${w().sharedId}/registrations` }),
      expect: registrants(200),
    },
    {
      route: 'GET /api/registrations',
      prepare: () => ({ url: '/api/registrations' }),
      expect: anyStaff(200, { member: 200 }),
    },
    {
      route: 'GET /api/activities/:id/registrations/:regId',
      prepare: () => ({ url: `/api/activities/${w().heldId}/registrations/${w().heldRegId}` }),
      expect: registrants(200, 404),
    },
    {
      route: 'POST /api/activities/:id/registrations/:regId/cancel',
      prepare: async () => {
        const activityId = await freshActivity(w());
        const registrationId = await register(w(), activityId);
        return { url: `/api/activities/${activityId}/registrations/${registrationId}/cancel` };
      },
      expect: registrants(200, 404),
    },
    {
      route: 'POST /api/activities/:id/attendance',
      prepare: () => ({
        url: `/api/activities/${w().heldId}/attendance`,
        payload: { attended: [{ registrationId: w().heldRegId, seats: 1 }] },
      }),
      expect: centreStaff(200),
    },
    {
      route: 'GET /api/activities/:id/check-in',
      prepare: () => ({ url: `/api/activities/${w().heldId}/check-in` }),
      expect: centreStaff(200),
    },
    {
      route: 'POST /api/activities/:id/check-in',
      prepare: () => ({
        url: `/api/activities/${w().heldId}/check-in`,
        payload: { registrationId: w().heldRegId },
      }),
      expect: centreStaff(200),
    },
    {
      route: 'GET /api/activities/:id/attendance.pdf',
      prepare: () => ({ url: `/api/activities/${w().heldId}/attendance.pdf` }),
      expect: centreStaff(200),
    },
    {
      route: 'POST /api/activities/:id/feedback',
      prepare: async () => {
        const { activityId, registrationId } = await attended(w());
        return { url: `/api/activities/${activityId}/feedback`, payload: { registrationId, rating: 4 } };
      },
      // The beneficiary's representatives tell how it went; staff do not rate their own work.
      expect: all(403, { member: 201, staffRepresentative: 201 }),
    },
    {
      route: 'GET /api/feedback/summary',
      prepare: () => ({ url: `/api/feedback/summary?from=${PAST}&to=${DAY}` }),
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/feedback/summary',
      name: 'for one centre',
      prepare: () => ({ url: `/api/feedback/summary?centerId=${w().centerId}&from=${PAST}&to=${DAY}` }),
      expect: centreStaff(200),
    },
  ],
});
