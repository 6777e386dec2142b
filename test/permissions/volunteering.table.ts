import { localDate } from '../../src/lib/time.ts';
import { createBeneficiary } from '../factories.ts';
import type { TestUser } from '../helpers.ts';
import { anyStaff, defineTable, publicRead, unique } from './runner.ts';
import { created, type World } from './world.ts';

const today = () => localDate(new Date(), 'Europe/Warsaw');

/** An individual, represented by the member ('member') or by a user no row is about ('other'). */
const person = async (world: World, by: 'member' | 'other') =>
  (
    await createBeneficiary(world.ctx, {
      kind: 'individual',
      name: `Łucja Wolontariuszka ${unique()}`,
      representatives: [by === 'member' ? world.users.member : ({ id: world.otherUserId } as TestUser)],
    })
  ).id;
const volunteer = async (world: World, by: 'member' | 'other') =>
  (
    await created(world, world.users.admin, '/api/volunteers', {
      beneficiaryId: await person(world, by),
      skills: ['translation'],
    })
  ).id as string;
/** An offer of the member's organization at the first centre. */
const offer = async (world: World) =>
  (
    await created(world, world.users.admin, '/api/volunteer-offers', {
      organizationId: world.beneficiaryId,
      centerId: world.centerId,
      title: `Tłumaczenia ulotek ${unique()}`,
      skills: ['translation'],
      volunteersNeeded: 3,
    })
  ).id as string;
/** Another person's application to the member's organization's offer. */
async function application(world: World, status: 'applied' | 'accepted' = 'applied') {
  const offerId = await offer(world);
  const { id } = await created(world, world.users.admin, `/api/volunteer-offers/${offerId}/applications`, {
    volunteerId: await volunteer(world, 'other'),
  });
  if (status === 'accepted') await created(world, world.users.admin, `/api/applications/${id}/accept`);
  return id as string;
}

/** Who acts on a volunteer's profile: any staff (the registry is the network's) and its representative. */
const volunteerSide = (status: number) => anyStaff(status, { member: status });
/**
 * Who acts on an offer and its applications: any staff and the organization's representative.
 * issue 11: coordinators of other centres act on the centre's offers, applications, hours and
 * agreements (foreignCoordinator should get 403 or 404).
 */
const organizationSide = (status: number) => anyStaff(status, { member: status });

/** Volunteering: volunteers, offers, matching, applications, hours and documents. */
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
      // issue 11: a member's offer is public at once, with no staff review.
      expect: organizationSide(201),
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
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'GET /api/volunteer-offers/:id/matches',
      prepare: async () => ({ url: `/api/volunteer-offers/${await offer(w())}/matches` }),
      // issue 11: the organization's member sees names, skills, districts and hours of every
      // matching volunteer before any of them applies.
      expect: organizationSide(200),
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
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'GET /api/applications/:id',
      prepare: async () => ({ url: `/api/applications/${await application(w())}` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/accept',
      prepare: async () => ({ url: `/api/applications/${await application(w())}/accept` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/decline',
      prepare: async () => ({ url: `/api/applications/${await application(w())}/decline` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/complete',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/complete` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'POST /api/applications/:id/hours',
      prepare: async () => ({
        url: `/api/applications/${await application(w(), 'accepted')}/hours`,
        payload: { date: today(), hours: 1 },
      }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(201),
    },
    {
      route: 'GET /api/applications/:id/hours',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/hours` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'GET /api/applications/:id/agreement.pdf',
      prepare: async () => ({ url: `/api/applications/${await application(w(), 'accepted')}/agreement.pdf` }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
    {
      route: 'GET /api/applications/:id/certificate.pdf',
      prepare: async () => ({
        url: `/api/applications/${await application(w(), 'accepted')}/certificate.pdf`,
      }),
      // issue 11: a coordinator of another centre acts on this centre's offer or application (should be 403/404).
      expect: organizationSide(200),
    },
  ],
});
