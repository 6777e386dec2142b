import { futureDate } from '../factories.ts';
import { all, centreStaff, defineTable } from './runner.ts';
import { created, type World } from './world.ts';

const FROM = futureDate(-60);
const TO = futureDate(30);

/** Readers of the centre's figures: admins and observers, and the centre's own coordinator. */
const readers = (status: number) => all(403, { admin: status, coordinator: status, observer: status });

async function fixtures(world: World) {
  const agreement = await created(world, world.users.admin, '/api/agreements', {
    centerId: world.centerId,
    title: 'Umowa na prowadzenie Centrum Obywatelskiego',
    operator: 'KraFOS',
    funder: 'Gmina Miejska Kraków',
    from: FROM,
    to: TO,
    targets: { 'rooms.lendings': 4 },
  });
  const report = await created(world, world.users.coordinator, '/api/public-task-reports', {
    agreementId: agreement.id,
    from: FROM,
    to: futureDate(0),
    type: 'partial',
  });
  return { agreementId: agreement.id as string, reportId: report.id as string };
}

/**
 * The statutory report on a public task: the admin and the coordinator of the agreement's centre
 * make and write drafts; observers (the city) read them and their files; a coordinator of another
 * centre lists its own centres' drafts (none here) and may not open this one.
 */
export const publicTaskReportsTable = defineTable({
  title: 'public-task reports',
  setup: fixtures,
  rows: (w) => [
    {
      route: 'POST /api/public-task-reports',
      prepare: () => ({
        url: '/api/public-task-reports',
        payload: { agreementId: w().agreementId, from: FROM, to: futureDate(0), type: 'partial' },
      }),
      expect: centreStaff(201),
    },
    {
      route: 'GET /api/public-task-reports',
      prepare: () => ({ url: `/api/public-task-reports?agreementId=${w().agreementId}` }),
      expect: { ...readers(200), foreignCoordinator: 200, staffRepresentative: 200 },
    },
    {
      route: 'GET /api/public-task-reports/:id',
      prepare: () => ({ url: `/api/public-task-reports/${w().reportId}` }),
      expect: readers(200),
    },
    {
      route: 'PATCH /api/public-task-reports/:id',
      prepare: (role) => ({
        url: `/api/public-task-reports/${w().reportId}`,
        payload: { additionalInfo: `Uzupełnione (${role})` },
      }),
      expect: centreStaff(200),
    },
    {
      route: 'POST /api/public-task-reports/:id/refresh',
      prepare: () => ({ url: `/api/public-task-reports/${w().reportId}/refresh`, payload: {} }),
      expect: centreStaff(200),
    },
    {
      route: 'GET /api/public-task-reports/:id.pdf',
      prepare: () => ({ url: `/api/public-task-reports/${w().reportId}.pdf` }),
      expect: readers(200),
    },
    {
      route: 'GET /api/public-task-reports/:id.docx',
      prepare: () => ({ url: `/api/public-task-reports/${w().reportId}.docx` }),
      expect: readers(200),
    },
  ],
});
