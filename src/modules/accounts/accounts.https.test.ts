import { beforeAll, describe, expect, it } from 'vitest';
import { call, makeUser, PASSWORD, setupApp, type TestContext } from '../../../test/helpers.ts';

// Behind a reverse proxy that terminates https (TRUST_PROXY=true, PUBLIC_URL=https://...).
let ctx: TestContext;

beforeAll(async () => {
  ctx = await setupApp({ publicUrl: 'https://co.krakow.example', trustProxy: true });
});

describe('sessions behind https', () => {
  it('marks the session cookie Secure and sends HSTS', async () => {
    const user = await makeUser(ctx, ['member']);
    const login = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: user.email, password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const cookie = String(login.response.headers['set-cookie']);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(login.response.headers['strict-transport-security']).toMatch(/max-age=/);
  });

  it('takes the client address from X-Forwarded-For for the sign-in limit', async () => {
    // At once: each attempt is counted before its password is checked.
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        call(ctx, {
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-for': '203.0.113.7' },
          payload: { email: `nobody${i}@example.org`, password: 'wrong password' },
        }),
      ),
    );
    const blocked = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': '203.0.113.7' },
      payload: { email: 'someone@example.org', password: 'wrong password' },
    });
    expect(blocked.status).toBe(429);
    const other = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': '198.51.100.9' },
      payload: { email: 'someone@example.org', password: 'wrong password' },
    });
    expect(other.status).toBe(401);
  });
});
