import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCenter } from '../../../../test/factories.ts';
import {
  call,
  makeUser,
  PASSWORD,
  setupApp,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers.ts';
import { startIdp, type TestIdp } from '../../../../test/oidc-idp.ts';
import { buildApp } from '../../../app.ts';
import { START_LIMIT } from './oidc.routes.ts';

// Single sign-on for staff against a real OpenID provider (oidc-provider on 127.0.0.1): the
// browser's part is driven by HTTP with its cookies carried by hand, Civitas's by app.inject.
const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

let idp: TestIdp;
let ctx: TestContext;
let admin: TestUser;
let centerId: string;
let otherCenterId: string;

beforeAll(async () => {
  idp = await startIdp(CALLBACK);
  ctx = await setupApp({ publicUrl: PUBLIC_URL, oidc: idp.config });
  admin = await makeUser(ctx, ['admin']);
  centerId = (await createCenter(ctx, admin, { name: 'Centrum Obywatelskie' })).id;
  otherCenterId = (await createCenter(ctx, admin, { name: 'Centrum Nowa Huta' })).id;
});

afterAll(async () => {
  await idp?.close();
});

let counter = 0;
/** A person at the provider with these claims; answers its `sub`. */
function person(claims: Record<string, unknown>): string {
  const sub = `person-${++counter}`;
  idp.people.set(sub, { email_verified: true, name: `Osoba ${counter}`, ...claims });
  return sub;
}

/** Begins a sign-in as a browser would: Civitas's redirect to the provider and its flow cookie. */
async function begin(next?: string) {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/auth/oidc/start${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  });
  expect(response.statusCode).toBe(302);
  const flowCookie = response.cookies.find((cookie) => cookie.name === 'civitas_oidc');
  expect(flowCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
  return { location: String(response.headers.location), cookie: `civitas_oidc=${flowCookie?.value}` };
}

/** The provider's redirect back, as the browser follows it (with its flow cookie, unless not). */
function callback(url: URL, cookie: string | null) {
  return ctx.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: cookie ? { cookie } : {},
  });
}

/** The whole sign-in; answers Civitas's last answer and the callback URL used. */
async function signInWithSso(sub: string, options: { next?: string; decline?: boolean } = {}) {
  const started = await begin(options.next);
  const url = await idp.signInAs(started.location, sub, { decline: options.decline });
  return { response: await callback(url, started.cookie), url, cookie: started.cookie };
}

function sessionOf(response: Awaited<ReturnType<typeof callback>>) {
  const session = response.cookies.find((cookie) => cookie.name === 'civitas_session');
  return session ? { cookie: `civitas_session=${session.value}` } : null;
}

async function me(session: { cookie: string }) {
  return call(ctx, { method: 'GET', url: '/api/auth/me', headers: session });
}

const refusedWith = (response: Awaited<ReturnType<typeof callback>>, code: string) => {
  expect(response.statusCode).toBe(302);
  expect(new URL(String(response.headers.location), PUBLIC_URL).pathname).toBe('/sign-in');
  expect(new URL(String(response.headers.location), PUBLIC_URL).searchParams.get('sso_error')).toBe(code);
  expect(sessionOf(response)).toBeNull();
};

const userByEmail = (email: string) =>
  ctx.db.selectFrom('users').select(['id', 'oidc_subject']).where('email', '=', email).executeTakeFirst();

describe('single sign-on with the city identity provider', () => {
  it('tells the web app it is on', async () => {
    const { status, body } = await call(ctx, { method: 'GET', url: '/api/auth/oidc/config' });
    expect(status).toBe(200);
    expect(body).toEqual({ enabled: true, label: null });
  });

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const { location } = await begin();
    const url = new URL(location);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('scope')).toBe('openid email profile');
  });

  it('signs a new coordinator in with the roles and centres of the claims, and changes them at each sign-in', async () => {
    const sub = person({
      email: 'Anna.Kowalska@krakow.example',
      name: 'Anna Kowalska',
      civitas_roles: ['coordinator'],
      civitas_centers: [centerId],
    });
    const { response } = await signInWithSso(sub, { next: '/console/approvals' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/console/approvals');
    const session = sessionOf(response);
    expect(session).not.toBeNull();
    const first = await me(session!);
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({
      email: 'anna.kowalska@krakow.example',
      name: 'Anna Kowalska',
      roles: ['coordinator'],
      centerIds: [centerId],
    });
    // The session is a real one: it lists itself and can act as a coordinator.
    const sessions = await call(ctx, { method: 'GET', url: '/api/auth/sessions', headers: session! });
    expect(sessions.status).toBe(200);
    expect(sessions.body.items).toHaveLength(1);
    // The account has no password: a password sign-in with anything fails.
    const login = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'anna.kowalska@krakow.example', password: '' },
    });
    expect(login.status).toBe(401);

    // The city moves her to observer in the other centre: the next sign-in says so.
    idp.people.set(sub, {
      ...idp.people.get(sub),
      civitas_roles: 'observer',
      civitas_centers: [otherCenterId],
    });
    const again = await signInWithSso(sub);
    expect(again.response.headers.location).toBe('/console');
    const second = await me(sessionOf(again.response)!);
    expect(second.body.user).toMatchObject({
      id: first.body.user.id,
      roles: ['observer'],
      centerIds: [otherCenterId],
    });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'fields'])
      .where('entity_id', '=', first.body.user.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', fields: ['email', 'name', 'roles', 'centerIds', 'oidcIdentity'] },
      { action: 'update', fields: ['roles', 'centerIds'] },
    ]);
  });

  it('links an existing account by its verified address, keeping its member role', async () => {
    const existing = await makeUser(ctx, ['member']);
    const sub = person({ email: existing.email.toUpperCase(), civitas_roles: ['advisor'] });
    const { response } = await signInWithSso(sub);
    const { body } = await me(sessionOf(response)!);
    expect(body.user).toMatchObject({ id: existing.id, email: existing.email });
    expect([...body.user.roles].sort()).toEqual(['advisor', 'member']);
    expect(await userByEmail(existing.email)).toMatchObject({ oidc_subject: sub });
    // Linked by its identity now: a later sign-in finds it even if the address claim changes.
    idp.people.set(sub, { ...idp.people.get(sub), email: 'nowy@krakow.example', email_verified: false });
    const again = await signInWithSso(sub);
    expect((await me(sessionOf(again.response)!)).body.user.id).toBe(existing.id);
    // And the password of the account still works for its member part.
    expect(
      (await call(ctx, { method: 'GET', url: '/api/auth/me', headers: existing.headers })).body.user.id,
    ).toBe(existing.id);
  });

  it('refuses an address the provider does not vouch for: nothing is created or linked', async () => {
    const existing = await makeUser(ctx, ['member']);
    const sub = person({ email: existing.email, email_verified: false, civitas_roles: ['admin'] });
    refusedWith((await signInWithSso(sub)).response, 'sso_email_unverified');
    expect(await userByEmail(existing.email)).toMatchObject({ oidc_subject: null });
    const { body } = await call(ctx, { method: 'GET', url: `/api/users/${existing.id}`, as: admin });
    expect(body.roles).toEqual(['member']);

    const stranger = person({
      email: 'obcy@krakow.example',
      email_verified: false,
      civitas_roles: ['admin'],
    });
    refusedWith((await signInWithSso(stranger)).response, 'sso_email_unverified');
    expect(await userByEmail('obcy@krakow.example')).toBeUndefined();
  });

  it('refuses someone whose claims give no staff role, and never grants member', async () => {
    const sub = person({ email: 'mieszkaniec@krakow.example', civitas_roles: ['member', 'superuser'] });
    const { response } = await signInWithSso(sub, { next: '/console/today' });
    refusedWith(response, 'sso_no_role');
    expect(new URL(String(response.headers.location), PUBLIC_URL).searchParams.get('next')).toBe(
      '/console/today',
    );
    expect(await userByEmail('mieszkaniec@krakow.example')).toBeUndefined();
  });

  it('refuses a callback with a wrong state, or one this browser did not begin', async () => {
    const sub = person({ email: 'stan@krakow.example', civitas_roles: ['advisor'] });
    const started = await begin();
    const url = await idp.signInAs(started.location, sub);
    const forged = new URL(url);
    forged.searchParams.set('state', 'x'.repeat(43));
    refusedWith(await callback(forged, started.cookie), 'sso_state');
    refusedWith(await callback(forged, `civitas_oidc=${'x'.repeat(43)}`), 'sso_state');
    // Someone else's valid callback link, opened in a browser that began no sign-in (login CSRF).
    refusedWith(await callback(url, null), 'sso_state');
    expect(await userByEmail('stan@krakow.example')).toBeUndefined();
    // The real browser still finishes its own sign-in.
    const own = await callback(url, started.cookie);
    expect(own.headers.location).toBe('/console');
  });

  it('refuses a replayed code: the same callback twice, and the code with a new sign-in', async () => {
    const sub = person({ email: 'powtorka@krakow.example', civitas_roles: ['observer'] });
    const first = await signInWithSso(sub);
    expect(sessionOf(first.response)).not.toBeNull();
    refusedWith(await callback(first.url, first.cookie), 'sso_state');

    // A fresh sign-in of this browser, given the used code: the provider refuses to exchange it.
    const fresh = await begin();
    const replay = new URL(first.url);
    replay.searchParams.set('state', new URL(fresh.location).searchParams.get('state') ?? '');
    refusedWith(await callback(replay, fresh.cookie), 'sso_failed');
  });

  it('ends one sign-in once when its callback arrives twice at the same moment', async () => {
    const sub = person({ email: 'rownolegle@krakow.example', civitas_roles: ['advisor'] });
    const started = await begin();
    const url = await idp.signInAs(started.location, sub);
    const answers = await Promise.all([callback(url, started.cookie), callback(url, started.cookie)]);
    const signedIn = answers.filter((answer) => sessionOf(answer) !== null);
    expect(signedIn).toHaveLength(1);
    refusedWith(answers.find((answer) => sessionOf(answer) === null)!, 'sso_state');
    const users = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'rownolegle@krakow.example')
      .execute();
    expect(users).toHaveLength(1);
  });

  it('says so when the person declines at the provider, or takes too long', async () => {
    const sub = person({ email: 'odmowa@krakow.example', civitas_roles: ['advisor'] });
    refusedWith((await signInWithSso(sub, { decline: true })).response, 'sso_denied');

    const started = await begin();
    const url = await idp.signInAs(started.location, sub);
    await ctx.db
      .updateTable('oidc_flows')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    refusedWith(await callback(url, started.cookie), 'sso_expired');
    expect(await userByEmail('odmowa@krakow.example')).toBeUndefined();
  });

  it('refuses a disabled account', async () => {
    const sub = person({ email: 'wylaczona@krakow.example', civitas_roles: ['advisor'] });
    const { response } = await signInWithSso(sub);
    const { body } = await me(sessionOf(response)!);
    await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${body.user.id}`,
      as: admin,
      payload: { disabled: true },
    });
    refusedWith((await signInWithSso(sub)).response, 'sso_disabled');
  });

  it('goes only to pages of this site after signing in', async () => {
    const sub = person({ email: 'przekierowanie@krakow.example', civitas_roles: ['advisor'] });
    for (const next of [
      '//evil.example/phish',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example',
    ]) {
      const { response } = await signInWithSso(sub, { next });
      expect(response.headers.location).toBe('/console');
    }
  });
});

describe('single sign-on across server processes and with the provider down', () => {
  /** Another server process on the same database, with these single sign-on settings. */
  async function anotherProcess(oidc: typeof idp.config): Promise<FastifyInstance> {
    const app = await buildApp({
      db: ctx.db,
      databaseKind: ctx.database.kind,
      config: { publicUrl: PUBLIC_URL, trustProxy: false, logLevel: 'silent', oidc },
      logger: false,
    });
    await app.ready();
    return app;
  }

  it('ends on one process a sign-in begun on another', async () => {
    const second = await anotherProcess(idp.config);
    try {
      const sub = person({ email: 'dwa-procesy@krakow.example', civitas_roles: ['advisor'] });
      const started = await begin('/console/today');
      const url = await idp.signInAs(started.location, sub);
      const response = await second.inject({
        method: 'GET',
        url: `${url.pathname}${url.search}`,
        headers: { cookie: started.cookie },
      });
      expect(response.headers.location).toBe('/console/today');
      expect((await me(sessionOf(response)!)).body.user.roles).toEqual(['advisor']);
    } finally {
      await second.close();
    }
  });

  it('sends the browser back to the sign-in page when the provider cannot be reached', async () => {
    const down = await anotherProcess({ ...idp.config, issuer: 'http://127.0.0.1:1' });
    try {
      const response = await down.inject({ method: 'GET', url: '/api/auth/oidc/start?next=/console/today' });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/sign-in?sso_error=sso_unavailable&next=%2Fconsole%2Ftoday');
    } finally {
      await down.close();
    }
  });
});

describe('single sign-on with a role map and a nested claim (as Keycloak sends roles)', () => {
  // The helpers above talk to `ctx`: from here on, an app mapping the city's own group names.
  beforeAll(async () => {
    ctx = await setupApp({
      publicUrl: PUBLIC_URL,
      oidc: {
        ...idp.config,
        rolesClaim: 'realm_access.roles',
        roleMap: { 'co-koordynatorzy': ['coordinator'], 'co-kierownictwo': ['admin', 'observer'] },
        label: 'Zaloguj kontem Urzędu Miasta',
      },
    });
    admin = await makeUser(ctx, ['admin']);
    centerId = (await createCenter(ctx, admin)).id;
  });

  it("grants only the roles the map names, and shows the city's label", async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/auth/oidc/config' });
    expect(body).toEqual({ enabled: true, label: 'Zaloguj kontem Urzędu Miasta' });
    const sub = person({
      email: 'mapa@krakow.example',
      realm_access: { roles: ['co-koordynatorzy', 'admin', 'offline_access'] },
      civitas_centers: `${centerId.toUpperCase()} ${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
    });
    const { response } = await signInWithSso(sub);
    // "admin" is not in the map, so it grants nothing; the unknown centre id is left out.
    expect((await me(sessionOf(response)!)).body.user).toMatchObject({
      roles: ['coordinator'],
      centerIds: [centerId],
    });
    const unmapped = person({ email: 'bez-mapy@krakow.example', civitas_roles: ['admin'] });
    refusedWith((await signInWithSso(unmapped)).response, 'sso_no_role');
  });
});

describe('single sign-on switched off', () => {
  it('answers 404 on its routes and tells the web app it is off', async () => {
    const off = await setupApp({ publicUrl: PUBLIC_URL });
    for (const url of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=a&state=b']) {
      const { status, body } = await call(off, { method: 'GET', url });
      expect(status).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
    const { body } = await call(off, { method: 'GET', url: '/api/auth/oidc/config' });
    expect(body).toEqual({ enabled: false, label: null });
  });
});

describe('single sign-on: the limit on starts, and an admin unlinking an identity', () => {
  beforeAll(async () => {
    ctx = await setupApp({ publicUrl: PUBLIC_URL, oidc: idp.config });
    admin = await makeUser(ctx, ['admin']);
    centerId = (await createCenter(ctx, admin)).id;
  });

  it('limits the sign-ins one address may begin: 429 rate_limited with Retry-After, and no more flows kept', async () => {
    const start = (remoteAddress: string, language = 'en') =>
      ctx.app.inject({
        method: 'GET',
        url: '/api/auth/oidc/start',
        remoteAddress,
        headers: { 'accept-language': language },
      });
    const flows = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('oidc_flows')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await flows();
    for (let index = 0; index < START_LIMIT.max; index++) {
      expect((await start('203.0.113.20')).statusCode).toBe(302);
    }
    expect(await flows()).toBe(before + START_LIMIT.max);
    const refused = await start('203.0.113.20');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: 'Too many requests. Try again later.',
        details: { retryAfterSeconds: expect.any(Number) },
      },
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(START_LIMIT.timeWindow / 1000);
    expect((await start('203.0.113.20', 'pl')).json().error.message).toBe(
      'Zbyt wiele żądań. Spróbuj później.',
    );
    expect(await flows()).toBe(before + START_LIMIT.max);
    // Another address is not held up.
    expect((await start('198.51.100.30')).statusCode).toBe(302);
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(Object.keys(body.paths['/api/auth/oidc/start'].get.responses)).toContain('429');
  });

  it('lets an admin unlink an identity (204, audited); its next sign-in links again only by a verified address', async () => {
    const sub = person({ email: 'odlaczany@krakow.example', civitas_roles: ['observer'] });
    const session = sessionOf((await signInWithSso(sub)).response)!;
    const userId = (await me(session)).body.user.id as string;
    // Admins see whether an account is linked; nobody else is told.
    const read = () => call(ctx, { method: 'GET', url: `/api/users/${userId}`, as: admin });
    const listed = async () =>
      (await call(ctx, { method: 'GET', url: '/api/users?q=odlaczany', as: admin })).body.items.find(
        (user: { id: string }) => user.id === userId,
      );
    expect((await read()).body).toMatchObject({ id: userId, ssoLinked: true });
    expect(await listed()).toMatchObject({ ssoLinked: true });
    expect((await me(session)).body.user).not.toHaveProperty('ssoLinked');
    expect(
      (await call(ctx, { method: 'GET', url: `/api/users/${admin.id}`, as: admin })).body.ssoLinked,
    ).toBe(false);

    const unlink = (id = userId) => call(ctx, { method: 'DELETE', url: `/api/users/${id}/sso`, as: admin });
    const unlinked = await unlink();
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(204);
    expect((await read()).body).toMatchObject({ id: userId, ssoLinked: false, roles: ['observer'] });
    expect(await listed()).toMatchObject({ ssoLinked: false });
    // Nothing linked any more, an account that never was, no account: 404 in the error shape.
    for (const id of [userId, admin.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const missing = await call(ctx, {
        method: 'DELETE',
        url: `/api/users/${id}/sso`,
        as: admin,
        headers: { 'accept-language': 'pl' },
      });
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({
        error: { code: 'not_found', message: 'Nie ma tu konta połączonego z kontem miejskim (SSO).' },
      });
    }
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entityId=${userId}&limit=200`,
      as: admin,
    });
    expect(audit.body.items.filter((entry: { action: string }) => entry.action === 'unlink_sso')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: admin.id }),
        entity: 'user',
        fields: ['oidcIdentity'],
      }),
    ]);

    // The provider no longer vouches for the address: the identity is a stranger, nothing is linked.
    idp.people.set(sub, { ...idp.people.get(sub), email_verified: false });
    refusedWith((await signInWithSso(sub)).response, 'sso_email_unverified');
    expect((await read()).body.ssoLinked).toBe(false);
    // Vouched for again: it links to the account of that address, the same one as before.
    idp.people.set(sub, { ...idp.people.get(sub), email_verified: true });
    const again = sessionOf((await signInWithSso(sub)).response);
    expect(again).not.toBeNull();
    expect((await me(again!)).body.user.id).toBe(userId);
    expect((await read()).body.ssoLinked).toBe(true);
  });

  it('refuses a password sign-in of a staff account linked to the provider, until it is unlinked', async () => {
    const staff = await makeUser(ctx, ['member']);
    const sub = person({ email: staff.email, civitas_roles: ['coordinator'] });
    expect(sessionOf((await signInWithSso(sub)).response)).not.toBeNull();
    const withPassword = (language: string) =>
      call(ctx, {
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'accept-language': language },
        payload: { email: staff.email, password: PASSWORD },
      });
    // Removed at the provider, the person must not keep staff access through an old password.
    const refused = await withPassword('pl');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({
      code: 'sso_required',
      message: 'To konto loguje się kontem miejskim: użyj przycisku „Zaloguj kontem miejskim”.',
    });
    expect(refused.response.cookies.find((cookie) => cookie.name === 'civitas_session')).toBeUndefined();
    expect((await withPassword('en')).body.error.message).toMatch(/signs in with the city's account/);
    // A wrong password is told apart from nothing: the same 401 as for anyone.
    const wrong = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: staff.email, password: 'not the password at all' },
    });
    expect(wrong.status).toBe(401);
    // ADMIN_EMAIL's account keeps its password: the way in when the provider is down.
    const breakGlass = await buildApp({
      db: ctx.db,
      databaseKind: ctx.database.kind,
      config: {
        publicUrl: PUBLIC_URL,
        trustProxy: false,
        logLevel: 'silent',
        oidc: idp.config,
        adminEmail: staff.email,
      },
      logger: false,
    });
    try {
      const response = await breakGlass.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: staff.email, password: PASSWORD },
      });
      expect(response.statusCode).toBe(200);
    } finally {
      await breakGlass.close();
    }
    const unlinked = await call(ctx, { method: 'DELETE', url: `/api/users/${staff.id}/sso`, as: admin });
    expect(unlinked.status).toBe(204);
    expect((await withPassword('pl')).status).toBe(200);
  });

  it('follows an address changed at the provider, unless another account has it', async () => {
    const sub = person({ email: 'stary.adres@krakow.example', civitas_roles: ['advisor'] });
    const first = sessionOf((await signInWithSso(sub)).response)!;
    const userId = (await me(first)).body.user.id as string;
    idp.people.set(sub, { ...idp.people.get(sub), email: 'Nowy.Adres@krakow.example' });
    const moved = sessionOf((await signInWithSso(sub)).response)!;
    expect((await me(moved)).body.user).toMatchObject({ id: userId, email: 'nowy.adres@krakow.example' });
    // An address another account here holds is not taken from it.
    const other = await makeUser(ctx, ['member']);
    idp.people.set(sub, { ...idp.people.get(sub), email: other.email });
    const kept = sessionOf((await signInWithSso(sub)).response)!;
    expect((await me(kept)).body.user).toMatchObject({ id: userId, email: 'nowy.adres@krakow.example' });
    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entityId=${userId}&limit=200`,
      as: admin,
    });
    expect(
      audit.body.items.filter(
        (entry: { action: string; fields: string[] }) =>
          entry.action === 'update' && entry.fields.includes('email'),
      ),
    ).toHaveLength(1);
  });
});
