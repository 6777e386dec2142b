import { all, anyStaff, defineTable } from './runner.ts';
import { created, type World } from './world.ts';

/** An initiative of the member's beneficiary at the first centre, mentored by the advisor. */
const initiative = async (world: World) =>
  (
    await created(world, world.users.coordinator, '/api/initiatives', {
      beneficiaryId: world.beneficiaryId,
      centerId: world.centerId,
      title: 'Ogród społeczny',
      mentorId: world.users.advisor.id,
    })
  ).id as string;

/**
 * Who works on an initiative: staff of its centre and its mentor; its member reads it but may not
 * change it. Rows give the coordinator of another centre its own status.
 */
const workers = (status: number, member = 403) => anyStaff(status, { advisor: status, member });

/** Incubation: initiatives, their stages, notes and links. */
export const incubationTable = defineTable({
  title: 'incubation',
  setup: async () => ({}),
  rows: (w) => [
    {
      route: 'POST /api/initiatives',
      prepare: () => ({
        url: '/api/initiatives',
        payload: { beneficiaryId: w().beneficiaryId, centerId: w().centerId, title: 'Nowa' },
      }),
      // A coordinator of another centre does not take in initiatives for this one.
      expect: { ...anyStaff(201), foreignCoordinator: 403 },
    },
    {
      route: 'GET /api/initiatives',
      prepare: () => ({ url: '/api/initiatives' }),
      expect: all(200, { observer: 403 }),
    },
    {
      route: 'GET /api/initiatives/:id',
      prepare: async () => ({ url: `/api/initiatives/${await initiative(w())}` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...workers(200, 200), foreignCoordinator: 404 },
    },
    {
      route: 'PATCH /api/initiatives/:id',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}`,
        payload: { nextStep: 'Zadzwonić' },
      }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...workers(200), foreignCoordinator: 404 },
    },
    {
      route: 'POST /api/initiatives/:id/stage',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}/stage`,
        payload: { stage: 'planning' },
      }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...workers(200), foreignCoordinator: 404 },
    },
    {
      route: 'POST /api/initiatives/:id/notes',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}/notes`,
        payload: { body: 'Notatka' },
      }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...workers(201), foreignCoordinator: 404 },
    },
    {
      route: 'POST /api/initiatives/:id/links',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}/links`,
        payload: { kind: 'other', label: 'Warsztaty' },
      }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...workers(201), foreignCoordinator: 404 },
    },
    {
      route: 'DELETE /api/initiatives/:id/links/:linkId',
      prepare: async () => {
        const id = await initiative(w());
        const link = await created(w(), w().users.admin, `/api/initiatives/${id}/links`, {
          kind: 'other',
          label: 'x',
        });
        return { url: `/api/initiatives/${id}/links/${link.id}` };
      },
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...workers(204), foreignCoordinator: 404 },
    },
  ],
});
