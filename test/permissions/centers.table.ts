import { futureDate } from '../factories.ts';
import { adminOnly, centreStaff, defineTable, publicRead, unique } from './runner.ts';
import { created, type World } from './world.ts';

/** A closure of the first centre, made by the admin, for a row to act on. */
const closure = async (world: World) =>
  (
    await created(world, world.users.admin, `/api/centers/${world.centerId}/closures`, {
      from: '2027-09-01',
      to: '2027-09-01',
      reason: 'Awaria',
    })
  ).id as string;

/** Centres, their closures and days, and rooms. */
export const centersTable = defineTable({
  title: 'centres, rooms and closures',
  setup: async () => ({}),
  rows: (w) => [
    { route: 'GET /api/centers', prepare: () => ({ url: '/api/centers' }), expect: publicRead },
    {
      route: 'GET /api/centers/:id',
      prepare: () => ({ url: `/api/centers/${w().centerId}` }),
      expect: publicRead,
    },
    {
      route: 'POST /api/centers',
      prepare: () => ({ url: '/api/centers', payload: { name: 'Nowe', address: 'ul. Nowa 1' } }),
      expect: adminOnly(201),
    },
    {
      route: 'PATCH /api/centers/:id',
      prepare: () => ({ url: `/api/centers/${w().centerId}`, payload: { phone: '+48 12 000 00 00' } }),
      expect: centreStaff(200),
    },
    {
      route: 'POST /api/centers/:id/closures',
      prepare: () => ({
        url: `/api/centers/${w().centerId}/closures`,
        payload: { from: '2027-08-14', to: '2027-08-14', reason: 'Inwentaryzacja' },
      }),
      expect: centreStaff(201),
    },
    {
      route: 'GET /api/centers/:id/closures',
      prepare: () => ({ url: `/api/centers/${w().centerId}/closures` }),
      expect: publicRead,
    },
    {
      route: 'DELETE /api/centers/:id/closures/:closureId',
      prepare: async () => ({ url: `/api/centers/${w().centerId}/closures/${await closure(w())}` }),
      expect: centreStaff(204),
    },
    {
      route: 'GET /api/centers/:id/days',
      prepare: () => ({ url: `/api/centers/${w().centerId}/days?from=${futureDate(1)}&to=${futureDate(7)}` }),
      expect: publicRead,
    },
    {
      route: 'GET /api/rooms',
      prepare: () => ({ url: `/api/rooms?centerId=${w().centerId}` }),
      expect: publicRead,
    },
    {
      route: 'GET /api/rooms/:id',
      prepare: () => ({ url: `/api/rooms/${w().roomId}` }),
      expect: publicRead,
    },
    {
      route: 'POST /api/rooms',
      prepare: () => ({
        url: '/api/rooms',
        payload: { centerId: w().centerId, name: `Sala ${unique()}`, capacity: 8 },
      }),
      expect: centreStaff(201),
    },
    {
      route: 'PATCH /api/rooms/:id',
      prepare: () => ({ url: `/api/rooms/${w().roomId}`, payload: { amenities: ['projektor'] } }),
      expect: centreStaff(200),
    },
  ],
});
