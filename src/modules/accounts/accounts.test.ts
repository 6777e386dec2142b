import { beforeAll, describe, expect, it } from 'vitest';
import { createCenter } from '../../../test/factories.ts';
import {
  call,
  makeUser,
  PASSWORD,
  setupApp,
  type TestContext,
  type TestUser,
} from '../../../test/helpers.ts';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
});

describe('health', () => {
  it('answers ok with the kind of database', async () => {
    const { status, body } = await call(ctx, { method: 'GET', url: '/api/health' });
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(['embedded', 'postgres']).toContain(body.database);
  });
});

describe('sign-in', () => {
  it('signs in, tells who is signed in, and signs out', async () => {
    const member = await makeUser(ctx, ['member']);
    const me = await call(ctx, { method: 'GET', url: '/api/auth/me', as: member });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({
      id: member.id,
      email: member.email,
      roles: ['member'],
      centerIds: [],
    });

    const out = await call(ctx, { method: 'POST', url: '/api/auth/logout', as: member });
    expect(out.status).toBe(204);
    const after = await call(ctx, { method: 'GET', url: '/api/auth/me', as: member });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
  });

  it('tells pages that only want to know who is signed in, without a 401', async () => {
    const member = await makeUser(ctx, ['member']);
    const signedIn = await call(ctx, { method: 'GET', url: '/api/auth/session', as: member });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: member.id, email: member.email, roles: ['member'] });

    const anonymous = await call(ctx, { method: 'GET', url: '/api/auth/session' });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ user: null });
  });

  it('sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await makeUser(ctx, ['member']);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/civitas_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it('gives the same 401 for an unknown e-mail and a wrong password', async () => {
    const user = await makeUser(ctx, ['member']);
    const wrong = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'not the password' },
    });
    const unknown = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.org', password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('limits failed sign-ins per e-mail with 429 and Retry-After', async () => {
    const user = await makeUser(ctx, ['member']);
    for (let i = 0; i < 5; i++) {
      const attempt = await call(ctx, {
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: `wrong ${i}` },
      });
      expect(attempt.status).toBe(401);
    }
    const limited = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts parallel wrong attempts before checking them: of 15 at once, 5 are checked and 10 refused', async () => {
    const user = await makeUser(ctx, ['member']);
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '198.51.100.7',
          payload: { email: user.email, password: `wrong ${i}` },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(10).fill(429)]);
  });

  it("does not lock the owner out for a stranger's failures from another address", async () => {
    const user = await makeUser(ctx, ['coordinator']);
    for (let i = 0; i < 6; i++) {
      await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.66',
        payload: { email: user.email, password: `guess ${i}` },
      });
    }
    const stranger = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.66',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(stranger.statusCode).toBe(429);
    const owner = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.10',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(owner.statusCode).toBe(200);
  });

  it('lets a person make a token, and a token make none', async () => {
    const user = await makeUser(ctx, ['member']);
    const made = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      as: user,
      payload: { name: 'Integracja' },
    });
    expect(made.status).toBe(201);
    const bearer = { authorization: `Bearer ${made.body.token}` };
    const me = await call(ctx, { method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(me.status).toBe(200);
    const child = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      headers: bearer,
      payload: { name: 'Dziecko' },
    });
    expect(child.status).toBe(403);
    expect(child.body.error.code).toBe('forbidden');
  });

  it('answers in Polish when the client prefers Polish', async () => {
    const { body } = await call(ctx, {
      method: 'GET',
      url: '/api/auth/me',
      headers: { 'accept-language': 'pl-PL,pl;q=0.9' },
    });
    expect(body.error.message).toBe('Najpierw się zaloguj.');
  });
});

describe('registration', () => {
  it('creates a member without signing it in (confirming the address: verification.test.ts)', async () => {
    const payload = { email: 'Anna.Nowak@example.org', name: 'Anna Nowak', password: 'długie hasło 123' };
    const created = await call(ctx, { method: 'POST', url: '/api/auth/register', payload });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ status: 'pending_verification' });
    expect(created.response.cookies.some((c) => c.name === 'civitas_session')).toBe(false);
    const row = await ctx.db
      .selectFrom('users')
      .select(['email', 'name', 'roles', 'email_verified_at'])
      .where('email', '=', 'anna.nowak@example.org')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      email: 'anna.nowak@example.org',
      name: 'Anna Nowak',
      roles: ['member'],
      email_verified_at: null,
    });
  });

  it('lists each invalid field with 422', async () => {
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'not-an-email', name: '', password: 'short' },
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    const paths = body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['email', 'name', 'password']);
  });
});

describe('API tokens', () => {
  it('acts as the user until revoked', async () => {
    const member = await makeUser(ctx, ['member']);
    const created = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      as: member,
      payload: { name: 'skrypt' },
    });
    expect(created.status).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const me = await call(ctx, { method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(me.body.user.id).toBe(member.id);

    const stored = await ctx.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(created.body.token);

    const other = await makeUser(ctx, ['member']);
    const foreign = await call(ctx, { method: 'DELETE', url: `/api/tokens/${created.body.id}`, as: other });
    expect(foreign.status).toBe(404);

    const revoked = await call(ctx, { method: 'DELETE', url: `/api/tokens/${created.body.id}`, as: member });
    expect(revoked.status).toBe(204);
    const denied = await call(ctx, { method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(denied.status).toBe(401);
  });
});

describe('users a coordinator sees', () => {
  it('are the members and advisors it works with and its own centres’ staff, not admins or other centres’ staff', async () => {
    const reymonta = await createCenter(ctx, admin);
    const nowaHuta = await createCenter(ctx, admin);
    const coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [reymonta.id] });
    const colleague = await makeUser(ctx, ['coordinator'], { centerIds: [reymonta.id] });
    const elsewhere = await makeUser(ctx, ['coordinator'], { centerIds: [nowaHuta.id] });
    const member = await makeUser(ctx, ['member']);
    const advisor = await makeUser(ctx, ['advisor']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call(ctx, {
        method: 'GET',
        url: `/api/users?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        as: coordinator,
      });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((user: { id: string }) => user.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining([coordinator.id, colleague.id, member.id, advisor.id]));
    expect(seen).not.toContain(elsewhere.id);
    expect(seen).not.toContain(admin.id);

    for (const hidden of [elsewhere, admin]) {
      const read = await call(ctx, { method: 'GET', url: `/api/users/${hidden.id}`, as: coordinator });
      expect(read.status).toBe(404);
    }
    const all = await call(ctx, { method: 'GET', url: `/api/users/${elsewhere.id}`, as: admin });
    expect(all.status).toBe(200);
  });
});

describe('users (admin)', () => {
  it('creates users with roles and centres, lists and changes them', async () => {
    const created = await call(ctx, {
      method: 'POST',
      url: '/api/users',
      as: admin,
      payload: {
        email: 'doradca@example.org',
        name: 'Jan Kowalski',
        password: 'hasło doradcy 1',
        roles: ['advisor'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      email: 'doradca@example.org',
      name: 'Jan Kowalski',
      roles: ['advisor'],
      centerIds: [],
      // Admins are told whether an account is linked to the city's identity provider.
      ssoLinked: false,
    });
    const patched = await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${created.body.id}`,
      as: admin,
      payload: { roles: ['advisor', 'member'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.roles).toEqual(['advisor', 'member']);

    const list = await call(ctx, { method: 'GET', url: '/api/users?q=kowalski', as: admin });
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toContain(created.body.id);

    const audit = await call(ctx, {
      method: 'GET',
      url: `/api/audit?entity=user&entityId=${created.body.id}`,
      as: admin,
    });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
  });

  it('refuses unknown centres and keeps the last admin', async () => {
    const unknownCenter = await call(ctx, {
      method: 'POST',
      url: '/api/users',
      as: admin,
      payload: {
        email: 'k@example.org',
        name: 'K',
        roles: ['coordinator'],
        centerIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(unknownCenter.status).toBe(422);
    expect(unknownCenter.body.error.details[0].path).toBe('centerIds');

    const lastAdmin = await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${admin.id}`,
      as: admin,
      payload: { roles: ['member'] },
    });
    expect(lastAdmin.status).toBe(409);
  });

  it('pages through users with a cursor', async () => {
    for (let i = 0; i < 3; i++) await makeUser(ctx, ['observer']);
    const first = await call(ctx, { method: 'GET', url: '/api/users?role=observer&limit=2', as: admin });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(ctx, {
      method: 'GET',
      url: `/api/users?role=observer&limit=2&cursor=${first.body.nextCursor}`,
      as: admin,
    });
    const ids = [...first.body.items, ...second.body.items].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });
});

describe('cross-site requests', () => {
  it('refuses a state change with the session cookie from another origin', async () => {
    const member = await makeUser(ctx, ['member']);
    const foreign = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      as: member,
      headers: { origin: 'https://evil.example' },
      payload: { name: 'x' },
    });
    expect(foreign.status).toBe(403);
    const fetchSite = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      as: member,
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { name: 'x' },
    });
    expect(fetchSite.status).toBe(403);
    const sameOrigin = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      as: member,
      headers: { origin: 'http://civitas.test:8080', host: 'civitas.test:8080' },
      payload: { name: 'x' },
    });
    expect(sameOrigin.status).toBe(201);
  });
});

describe('the error model', () => {
  it('answers malformed JSON with 400, a wrong content type with 400, and a huge body with 413', async () => {
    const malformed = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_request');

    const wrongType = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(wrongType.status).toBe(400);

    const huge = await call(ctx, {
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'a@example.org', name: 'x'.repeat(1024 * 1024), password: 'long enough password' },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('answers query parameters out of range with 400 and details, unknown ids with 404', async () => {
    const outOfRange = await call(ctx, { method: 'GET', url: '/api/users?limit=1000', as: admin });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.details[0].path).toBe('querystring.limit');
    const badCursor = await call(ctx, { method: 'GET', url: '/api/users?cursor=zzz', as: admin });
    expect(badCursor.status).toBe(400);
    // Well-formed, but with an id that is not one of ours: still 400, never a database error.
    const forged = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'x'])).toString('base64url');
    const forgedCursor = await call(ctx, { method: 'GET', url: `/api/users?cursor=${forged}`, as: admin });
    expect(forgedCursor.status).toBe(400);
    expect(forgedCursor.body.error.details[0].path).toBe('cursor');
    const unknownId = await call(ctx, { method: 'GET', url: '/api/users/not-an-id', as: admin });
    expect(unknownId.status).toBe(404);
    const unknownRoute = await call(ctx, { method: 'GET', url: '/api/nothing-here' });
    expect(unknownRoute.status).toBe(404);
    expect(Object.keys(unknownRoute.body)).toEqual(['error']);
  });

  it('sends security headers', async () => {
    const { response } = await call(ctx, { method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});

describe('OpenAPI', () => {
  it('describes the API at /api/openapi.json and serves readable docs', async () => {
    const { status, body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\.1/);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users/{id}', '/api/health']),
    );
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
