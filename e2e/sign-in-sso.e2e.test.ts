import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdp, type TestIdp } from '../test/oidc-idp.ts';
import { freePort } from '../test/server-process.ts';
import { expectAccessible } from './axe.ts';
import { startDemo } from './browser.ts';
import { call, settle, visitor } from './public-fixtures.ts';

/**
 * Single sign-on in a real browser: the sign-in page offers the city's account, the browser goes
 * through a real OpenID provider's sign-in form and lands in the console as the coordinator its
 * claims make it; a refusal comes back to the sign-in page, explained; axe on both.
 */
let idp: TestIdp;
let demo: Awaited<ReturnType<typeof startDemo>>;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  idp = await startIdp(`${publicUrl}/api/auth/oidc/callback`);
  demo = await startDemo({
    port,
    env: {
      PUBLIC_URL: publicUrl,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.config.clientId,
      OIDC_CLIENT_SECRET: idp.config.clientSecret,
    },
  });
  browser = await visitor(demo.browser, demo.baseUrl);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  await idp?.close();
});

describe("signing in with the city's account", () => {
  it('takes a coordinator from the sign-in page through the provider to the console', async () => {
    const centres = await call(browser.request, 'GET', '/api/centers');
    const centreId = centres.items[0].id as string;
    idp.people.set('ewa.nowak', {
      email: 'ewa.nowak@krakow.example',
      email_verified: true,
      name: 'Ewa Nowak',
      civitas_roles: ['coordinator'],
      civitas_centers: [centreId],
    });
    await page.goto('/sign-in');
    await settle(page, 'Logowanie');
    const button = page.getByRole('link', { name: 'Zaloguj kontem miejskim' });
    await button.waitFor();
    await expectAccessible(page, 'the sign-in page with single sign-on');
    await button.click();
    await page.getByRole('heading', { name: 'City sign-in' }).waitFor();
    await page.getByLabel('Login').fill('ewa.nowak');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${demo.baseUrl}/console`);
    const me = await call(browser.request, 'GET', '/api/auth/me');
    expect(me.user).toMatchObject({ name: 'Ewa Nowak', roles: ['coordinator'], centerIds: [centreId] });
  });

  it('comes back to the sign-in page saying why, when the account has no staff role', async () => {
    // Another person's browser: no session at Civitas or at the provider.
    const other = await visitor(demo.browser, demo.baseUrl);
    const page = await other.newPage();
    idp.people.set('jan.mieszkaniec', {
      email: 'jan@krakow.example',
      email_verified: true,
      civitas_roles: [],
    });
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Zaloguj kontem miejskim' }).click();
    await page.getByLabel('Login').fill('jan.mieszkaniec');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/sign-in\?sso_error=sso_no_role/);
    await page.getByRole('alert').filter({ hasText: 'nie ma roli w Civitas' }).waitFor();
    await expectAccessible(page, 'the sign-in page after a refused single sign-on');
    expect((await call(other.request, 'GET', '/api/auth/session')).user).toBeNull();
    await other.close();
  });
});
