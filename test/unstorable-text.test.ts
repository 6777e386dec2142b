import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { backend, call, makeUser, setupApp, type TestContext, type TestUser } from './helpers.ts';

// Text PostgreSQL cannot store (a NUL, a lone surrogate) is a 400 or 422 in the error shape,
// wherever it comes (body, query, path), for the anonymous too; never a 500.
let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
});

const NUL = 'a\u0000b';
const LONE = 'a\ud800b';

describe(`strings that cannot be stored (${backend})`, () => {
  it.each([
    [
      'a sign-in e-mail (anonymous)',
      {
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `x${NUL}@example.org`, password: 'whatever whatever' },
      },
      422,
      'email',
    ],
    [
      'a registration name (anonymous)',
      {
        method: 'POST',
        url: '/api/auth/register',
        payload: { email: 'n@example.org', name: LONE, password: 'long enough passphrase' },
      },
      422,
      'name',
    ],
    [
      'an article slug in the path (anonymous)',
      { method: 'GET', url: `/api/articles/${encodeURIComponent(NUL)}` },
      400,
      'params.ref',
    ],
    [
      'a search query (anonymous)',
      { method: 'GET', url: `/api/articles?q=${encodeURIComponent(NUL)}` },
      400,
      'querystring.q',
    ],
  ] as const)('refuses %s', async (_name, request, status, path) => {
    const { status: got, body } = await call(ctx, {
      ...request,
      payload: 'payload' in request ? request.payload : undefined,
    });
    expect(got).toBe(status);
    expect(body.error.details).toEqual([{ path, message: expect.stringMatching(/cannot be stored/) }]);
  });

  it('refuses a token name of a signed-in user, in Polish too', async () => {
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      as: admin,
      headers: { 'accept-language': 'pl' },
      payload: { name: `Integracja ${NUL}` },
    });
    expect(status).toBe(422);
    expect(body.error.message).toMatch(/nie można zapisać/);
  });

  it('never answers 5xx for any string in a body, query or path', async () => {
    const routes = [
      { method: 'POST', url: '/api/beneficiaries', body: (s: string) => ({ kind: 'organization', name: s }) },
      { method: 'GET', url: (s: string) => `/api/beneficiaries?q=${encodeURIComponent(s)}` },
      { method: 'GET', url: (s: string) => `/api/articles/${encodeURIComponent(s) || 'x'}` },
      { method: 'POST', url: '/api/tokens', body: (s: string) => ({ name: s }) },
      { method: 'POST', url: '/api/auth/login', body: (s: string) => ({ email: s, password: s }) },
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(...routes),
        async (text, route) => {
          const { status } = await call(ctx, {
            method: route.method,
            url: typeof route.url === 'function' ? route.url(text) : route.url,
            as: admin,
            ...('body' in route ? { payload: route.body(text) } : {}),
          });
          expect(status).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
