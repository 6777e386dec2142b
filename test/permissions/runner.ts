import { beforeAll, describe, expect, it } from 'vitest';
import { call, type TestContext, type TestUser } from '../helpers.ts';
import { buildWorld, type World } from './world.ts';

/**
 * The role-by-endpoint tables: for every route of the app, the status each role gets. A table
 * is data (a `*.table.ts` module, read by the coverage test without running it); its
 * `*.test.ts` runs it on its own database. Module tests check what answers contain; these
 * check who gets in.
 *
 * `member` represents the beneficiary the rows act on; `coordinator` runs the centre the rows
 * act on and `foreignCoordinator` another one; `advisor` has an advisor profile;
 * `staffRepresentative` is a coordinator of the other centre who also represents the
 * beneficiary (a member the admin later made staff, world.ts). For what a representative does
 * for its beneficiary it gets what the member gets; for the staff's work on the rows' centre
 * what the foreignCoordinator gets; never the confidential notes a member representative reads.
 *
 * The helpers' default for it: `all`/`everyone` give it `status` like every role; `anyStaff`
 * counts it (it is a coordinator); `centreStaff` and `adminOnly` refuse it (403), as the
 * coordinator of another centre. Rows where it represents the beneficiary set it themselves.
 */
export const ROLES = [
  'admin',
  'coordinator',
  'foreignCoordinator',
  'advisor',
  'member',
  'staffRepresentative',
  'observer',
  'anonymous',
] as const;
export type RoleName = (typeof ROLES)[number];
export type SignedInRole = Exclude<RoleName, 'anonymous'>;
export type Expect = Record<RoleName, number>;

export type Request = { url: string; payload?: unknown; headers?: Record<string, string> };

export type Row = {
  /** Method and URL template exactly as Fastify registers it: 'POST /api/bookings/:id/approve'. */
  route: string;
  /** What the row checks, when one route has several rows. */
  name?: string;
  /** Called once per role, so actions that change state get a fresh target for each. */
  prepare: (role: RoleName) => Promise<Request> | Request;
  expect: Expect;
  /** What the answer must (not) contain for a role, beside its status (confidential notes). */
  body?: (role: RoleName, body: any) => void;
};

/**
 * A table: what it adds to the shared world (activities, offers, …) and its rows. `rows` only
 * builds closures; nothing in it may touch the fixtures until a row's `prepare` runs.
 */
export type Table<F> = {
  title: string;
  setup: (world: World) => Promise<F>;
  rows: (get: () => World & F) => Row[];
};

export function defineTable<F>(table: Table<F>): Table<F> {
  return table;
}

/** Every role gets `status`, the anonymous 401 unless said otherwise. */
export const all = (status: number, overrides: Partial<Expect> = {}): Expect => ({
  admin: status,
  coordinator: status,
  foreignCoordinator: status,
  advisor: status,
  member: status,
  staffRepresentative: status,
  observer: status,
  anonymous: 401,
  ...overrides,
});
/** Everyone, the anonymous included. */
export const everyone = (status: number, overrides: Partial<Expect> = {}): Expect => ({
  ...all(status),
  anonymous: status,
  ...overrides,
});
export const publicRead: Expect = everyone(200);
export const adminOnly = (status: number, overrides: Partial<Expect> = {}): Expect => ({
  ...all(403),
  admin: status,
  ...overrides,
});
/** The admin and the coordinator of the centre the row acts on. */
export const centreStaff = (status: number, overrides: Partial<Expect> = {}): Expect => ({
  ...all(403),
  admin: status,
  coordinator: status,
  ...overrides,
});
/** The admin and every coordinator, of whichever centre. */
export const anyStaff = (status: number, overrides: Partial<Expect> = {}): Expect => ({
  ...all(403),
  admin: status,
  coordinator: status,
  foreignCoordinator: status,
  staffRepresentative: status,
  ...overrides,
});

export const unique = () => Math.random().toString(36).slice(2, 10);

/**
 * A `body` check for confidential notes: the answer holds `text` for `readers` and nowhere in it
 * for every other role (whatever its status), a staff account that represents the beneficiary too.
 */
export const confidential =
  (text: string, readers: readonly RoleName[]) =>
  (role: RoleName, body: unknown): void => {
    const shown = (typeof body === 'string' ? body : JSON.stringify(body)) ?? '';
    if (readers.includes(role)) expect(shown, `${role} reads the notes`).toContain(text);
    else expect(shown, `${role} must not read the notes`).not.toContain(text);
  };

/** The user a role signs in as (null for the anonymous). */
export function userOf(world: World, role: RoleName): TestUser | null {
  return role === 'anonymous' ? null : world.users[role];
}

/** The method of a route ('POST /api/x' → 'POST'). */
const methodOf = (route: string) => route.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Runs one table: its world on a fresh database, then every row as every role. */
export function runTable<F>(table: Table<F>): void {
  let world: World & F;
  let ctx: TestContext;
  beforeAll(async () => {
    const base = await buildWorld();
    ctx = base.ctx;
    world = Object.assign(base, await table.setup(base));
  });
  const rows = table.rows(() => world);
  describe.each(rows.map((row) => ({ ...row, title: row.name ? `${row.route} (${row.name})` : row.route })))(
    '$title',
    (row) => {
      it.each(ROLES)('as %s', async (role) => {
        const request = await row.prepare(role);
        const user = userOf(world, role);
        const { status, body } = await call(ctx, {
          method: methodOf(row.route),
          url: request.url,
          payload: request.payload as object,
          headers: { ...(user ? user.headers : {}), ...(request.headers ?? {}) },
        });
        const shown = typeof body === 'string' ? body.slice(0, 300) : JSON.stringify(body)?.slice(0, 300);
        expect(status, `${row.route} as ${role}: ${shown}`).toBe(row.expect[role]);
        row.body?.(role, body);
      });
    },
  );
}
