import { futureDate } from '../factories.ts';
import { adminOnly, all, defineTable, publicRead, type Row } from './runner.ts';
import { created, type World } from './world.ts';

const FROM = futureDate(-60);
const TO = futureDate(30);
const period = `from=${FROM}&to=${TO}`;

/** The funder's figures: admins and observers for the network, coordinators for their centres. */
const readers = (status: number) => all(403, { admin: status, coordinator: status, observer: status });

/** Lists each reader its own: a coordinator of another centre gets its centres' (none here), not a refusal. */
const readersOfOwn = (status: number) => ({
  ...readers(status),
  foreignCoordinator: status,
  staffRepresentative: status,
});

const agreement = async (world: World) =>
  (
    await created(world, world.users.admin, '/api/agreements', {
      centerId: world.centerId,
      title: 'Umowa na prowadzenie Centrum Obywatelskiego',
      operator: 'KraFOS',
      funder: 'Gmina Miejska Kraków',
      from: FROM,
      to: TO,
      targets: { 'rooms.lendings': 4 },
    })
  ).id as string;

const FIGURES = [
  'GET /api/reports/summary',
  'GET /api/reports/summary.csv',
  'GET /api/reports/summary.xlsx',
  'GET /api/reports/summary.pdf',
  'GET /api/reports/narrative',
  'GET /api/reports/analytics',
];

/** Reports: figures and their exports, funding agreements and indicators, open data. */
export const reportsTable = defineTable({
  title: 'reports',
  setup: async (world) => ({ agreementId: await agreement(world) }),
  rows: (w) => [
    ...FIGURES.flatMap((route): Row[] => [
      {
        route,
        name: 'the figures of the first centre',
        prepare: () => ({ url: `${route.slice(4)}?${period}&centerId=${w().centerId}` }),
        expect: readers(200),
      },
      {
        route,
        name: 'without a centre: the network, or a coordinator its own centres',
        prepare: () => ({ url: `${route.slice(4)}?${period}` }),
        expect: readersOfOwn(200),
      },
    ]),
    {
      route: 'POST /api/agreements',
      prepare: () => ({
        url: '/api/agreements',
        payload: {
          centerId: w().centerId,
          title: 'Umowa',
          operator: 'KraFOS',
          funder: 'Kraków',
          from: FROM,
          to: TO,
          targets: {},
        },
      }),
      expect: adminOnly(201),
    },
    {
      route: 'GET /api/agreements',
      prepare: () => ({ url: '/api/agreements' }),
      expect: readersOfOwn(200),
    },
    {
      route: 'PATCH /api/agreements/:id',
      prepare: () => ({ url: `/api/agreements/${w().agreementId}`, payload: { title: 'Umowa zmieniona' } }),
      expect: adminOnly(200),
    },
    {
      route: 'GET /api/reports/indicators',
      prepare: () => ({ url: `/api/reports/indicators?agreementId=${w().agreementId}` }),
      expect: readersOfOwn(200),
    },
    {
      route: 'GET /api/reports/open-data.json',
      prepare: () => ({ url: `/api/reports/open-data.json?${period}` }),
      expect: publicRead,
    },
    {
      route: 'GET /api/reports/open-data.csv',
      prepare: () => ({ url: `/api/reports/open-data.csv?${period}` }),
      expect: publicRead,
    },
  ],
});
