import { all, anyStaff, confidential, defineTable } from './runner.ts';
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

/** An initiative with a note of its mentor. */
const NOTE = 'Poufne: spór z zarządcą budynku';
const initiativeWithNote = async (world: World) => {
  const id = await initiative(world);
  await created(world, world.users.advisor, `/api/initiatives/${id}/notes`, { body: NOTE });
  return id;
};

/**
 * Who works on an initiative: staff of its centre and its mentor; its representatives (the
 * member, and the staff representative, no staff of this centre) read it but may not change it.
 * Rows give the coordinator of another centre its own status.
 */
const workers = (status: number, member = 403) =>
  anyStaff(status, { advisor: status, member, staffRepresentative: member });

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
      // A coordinator of another centre does not take in initiatives for this one, even one of a
      // beneficiary it represents.
      expect: { ...anyStaff(201), foreignCoordinator: 403, staffRepresentative: 403 },
    },
    {
      route: 'GET /api/initiatives',
      prepare: () => ({ url: '/api/initiatives' }),
      expect: all(200, { observer: 403 }),
    },
    {
      route: 'GET /api/initiatives/:id',
      prepare: async () => ({ url: `/api/initiatives/${await initiativeWithNote(w())}` }),
      // A coordinator of another centre does not act on this centre's offers, applications or initiatives.
      expect: { ...workers(200, 200), foreignCoordinator: 404 },
      // The notes: the centre's staff and the mentor who keep them, and the member representatives;
      // not a staff account of another centre that represents the beneficiary.
      body: confidential(NOTE, ['admin', 'coordinator', 'advisor', 'member']),
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
