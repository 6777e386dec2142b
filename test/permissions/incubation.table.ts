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
 * Who works on an initiative: staff and its mentor; its member reads it but may not change it.
 * issue 11: coordinators of other centres read and change the centre's initiatives and add
 * notes (foreignCoordinator should get 403 or 404).
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
      // issue 11: any coordinator takes in initiatives for any centre.
      expect: anyStaff(201),
    },
    {
      route: 'GET /api/initiatives',
      prepare: () => ({ url: '/api/initiatives' }),
      expect: all(200, { observer: 403 }),
    },
    {
      route: 'GET /api/initiatives/:id',
      prepare: async () => ({ url: `/api/initiatives/${await initiative(w())}` }),
      // issue 11: a coordinator of another centre acts on this centre's initiative (should be 403/404).
      expect: workers(200, 200),
    },
    {
      route: 'PATCH /api/initiatives/:id',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}`,
        payload: { nextStep: 'Zadzwonić' },
      }),
      // issue 11: a coordinator of another centre acts on this centre's initiative (should be 403/404).
      expect: workers(200),
    },
    {
      route: 'POST /api/initiatives/:id/stage',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}/stage`,
        payload: { stage: 'planning' },
      }),
      // issue 11: a coordinator of another centre acts on this centre's initiative (should be 403/404).
      expect: workers(200),
    },
    {
      route: 'POST /api/initiatives/:id/notes',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}/notes`,
        payload: { body: 'Notatka' },
      }),
      // issue 11: a coordinator of another centre acts on this centre's initiative (should be 403/404).
      expect: workers(201),
    },
    {
      route: 'POST /api/initiatives/:id/links',
      prepare: async () => ({
        url: `/api/initiatives/${await initiative(w())}/links`,
        payload: { kind: 'other', label: 'Warsztaty' },
      }),
      // issue 11: a coordinator of another centre acts on this centre's initiative (should be 403/404).
      expect: workers(201),
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
      // issue 11: a coordinator of another centre acts on this centre's initiative (should be 403/404).
      expect: workers(204),
    },
  ],
});
