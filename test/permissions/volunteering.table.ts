import { expect } from 'vitest';
import { anyStaff, defineTable, publicRead } from './runner.ts';
import { offer, organizationSide, person, volunteer, volunteerSide } from './volunteering.fixtures.ts';

/** Volunteering: volunteers, offers, matching, applying (applications are in their own table). */
export const volunteeringTable = defineTable({
  title: 'volunteering',
  setup: async () => ({}),
  rows: (w) => [
    {
      route: 'GET /api/volunteer-skills',
      prepare: () => ({ url: '/api/volunteer-skills' }),
      expect: publicRead,
    },
    {
      route: 'POST /api/volunteers',
      prepare: async () => ({
        url: '/api/volunteers',
        payload: { beneficiaryId: await person(w(), 'member'), skills: ['it'] },
      }),
      expect: volunteerSide(201),
    },
    { route: 'GET /api/volunteers', prepare: () => ({ url: '/api/volunteers' }), expect: volunteerSide(200) },
    {
      route: 'GET /api/volunteers/:id',
      prepare: async () => ({ url: `/api/volunteers/${await volunteer(w(), 'member')}` }),
      expect: volunteerSide(200),
    },
    {
      route: 'PATCH /api/volunteers/:id',
      prepare: async () => ({
        url: `/api/volunteers/${await volunteer(w(), 'member')}`,
        payload: { hoursPerWeek: 2 },
      }),
      expect: volunteerSide(200),
    },
    {
      route: 'GET /api/volunteers/:id/matches',
      prepare: async () => ({ url: `/api/volunteers/${await volunteer(w(), 'member')}/matches` }),
      expect: volunteerSide(200),
    },
    {
      route: 'GET /api/volunteers/:id/applications',
      prepare: async () => ({ url: `/api/volunteers/${await volunteer(w(), 'member')}/applications` }),
      expect: volunteerSide(200),
    },
    {
      route: 'GET /api/volunteers/:id',
      name: 'a volunteer the member does not represent',
      prepare: async () => ({ url: `/api/volunteers/${await volunteer(w(), 'other')}` }),
      expect: anyStaff(200, { member: 404 }),
    },
    {
      route: 'POST /api/volunteer-offers',
      prepare: () => ({
        url: '/api/volunteer-offers',
        payload: {
          organizationId: w().beneficiaryId,
          centerId: w().centerId,
          title: 'Oferta',
          skills: ['it'],
          volunteersNeeded: 1,
        },
      }),
      // A member's offer waits for the staff's review before it is public (offers.test.ts); so
      // does the staff representative's, who is no staff of this centre.
      expect: { ...organizationSide(201), foreignCoordinator: 403 },
      body: (role, body) => {
        if (role === 'member' || role === 'staffRepresentative') expect(body.status).toBe('pending_review');
      },
    },
    {
      route: 'GET /api/volunteer-offers',
      prepare: () => ({ url: '/api/volunteer-offers' }),
      expect: publicRead,
    },
    {
      route: 'GET /api/volunteer-offers/:id',
      prepare: async () => ({ url: `/api/volunteer-offers/${await offer(w())}` }),
      expect: publicRead,
    },
    {
      route: 'PATCH /api/volunteer-offers/:id',
      prepare: async () => ({
        url: `/api/volunteer-offers/${await offer(w())}`,
        payload: { volunteersNeeded: 4 },
      }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 403 },
    },
    {
      route: 'GET /api/volunteer-offers/:id/matches',
      prepare: async () => ({ url: `/api/volunteer-offers/${await offer(w())}/matches` }),
      // The organization's member sees the volunteers who applied, the others only as a count
      // (offers.test.ts).
      expect: { ...organizationSide(200), foreignCoordinator: 403 },
    },
    {
      route: 'POST /api/volunteer-offers/:id/applications',
      name: 'for a volunteer the member represents',
      prepare: async () => ({
        url: `/api/volunteer-offers/${await offer(w())}/applications`,
        payload: { volunteerId: await volunteer(w(), 'member') },
      }),
      expect: volunteerSide(201),
    },
    {
      route: 'GET /api/volunteer-offers/:id/applications',
      prepare: async () => ({ url: `/api/volunteer-offers/${await offer(w())}/applications` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...organizationSide(200), foreignCoordinator: 403 },
    },
  ],
});
