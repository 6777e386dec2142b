import { futureDate } from '../factories.ts';
import { anyStaff, centreStaff, defineTable, type Request, unique } from './runner.ts';
import type { World } from './world.ts';

/** A multipart/form-data upload of a CSV file with its form fields, as the console sends it. */
function upload(csv: string, fields: Record<string, string>): Omit<Request, 'url'> {
  const boundary = `----civitas${unique()}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const file = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="import.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
  return {
    payload: Buffer.from(parts.join('') + file, 'utf8'),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let day = 20;

/** A past lending of the world's beneficiary in its room, on a day of its own: a bookings import of the first centre. */
const lendingFile = (world: World) =>
  upload(
    `Sala;Data;Od;Do;Liczba osób;Beneficjent\r\nSala warsztatowa;${futureDate(-day++)};10:00;11:00;6;Stowarzyszenie Testowe\r\n`,
    {
      kind: 'bookings',
      centerId: world.centerId,
    },
  );

/** A new organization for the registry: a beneficiaries import, of no centre. */
const registryFile = () =>
  upload(`Rodzaj;Nazwa;Dzielnica\r\norganizacja;Fundacja ${unique()};Dębniki\r\n`, { kind: 'beneficiaries' });

/** An import the admin checked, not committed: its id. */
async function checked(world: World, request: Omit<Request, 'url'>): Promise<string> {
  const response = await world.ctx.app.inject({
    method: 'POST',
    url: '/api/imports',
    payload: request.payload as Buffer,
    headers: { ...world.users.admin.headers, ...request.headers },
  });
  if (response.statusCode !== 201) throw new Error(`an import for the table: ${response.body}`);
  return response.json().id;
}

/**
 * Imports: staff only. A centre's records (lendings, attendance) are the admin's and that
 * centre's coordinators'; the registry's (beneficiaries, volunteers) every coordinator's.
 */
export const importsTable = defineTable({
  title: 'imports',
  setup: async (world) => ({
    centreImportId: await checked(world, lendingFile(world)),
    registryImportId: await checked(world, registryFile()),
  }),
  rows: (w) => [
    {
      route: 'POST /api/imports',
      name: "a centre's lendings",
      prepare: () => ({ url: '/api/imports', ...lendingFile(w()) }),
      expect: centreStaff(201),
    },
    {
      route: 'POST /api/imports',
      name: 'the registry (no centre)',
      prepare: () => ({ url: '/api/imports', ...registryFile() }),
      expect: anyStaff(201),
    },
    {
      route: 'GET /api/imports',
      // A coordinator of another centre lists its own centres' and the registry's imports.
      prepare: () => ({ url: '/api/imports' }),
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/imports/examples/:kind.csv',
      prepare: () => ({ url: '/api/imports/examples/bookings.csv' }),
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/imports/:id',
      name: "a centre's import",
      prepare: () => ({ url: `/api/imports/${w().centreImportId}` }),
      expect: centreStaff(200),
    },
    {
      route: 'GET /api/imports/:id',
      name: "the registry's import",
      prepare: () => ({ url: `/api/imports/${w().registryImportId}` }),
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/imports/:id/errors.csv',
      name: "a centre's import",
      prepare: () => ({ url: `/api/imports/${w().centreImportId}/errors.csv` }),
      expect: centreStaff(200),
    },
    {
      route: 'GET /api/imports/:id/errors.csv',
      name: "the registry's import",
      prepare: () => ({ url: `/api/imports/${w().registryImportId}/errors.csv` }),
      expect: anyStaff(200),
    },
    {
      route: 'POST /api/imports/:id/commit',
      name: "a centre's import",
      prepare: async () => ({ url: `/api/imports/${await checked(w(), lendingFile(w()))}/commit` }),
      expect: centreStaff(200),
    },
    {
      route: 'POST /api/imports/:id/commit',
      name: "the registry's import",
      prepare: async () => ({ url: `/api/imports/${await checked(w(), registryFile())}/commit` }),
      expect: anyStaff(200),
    },
  ],
});
