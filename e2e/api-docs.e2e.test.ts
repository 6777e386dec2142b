import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startDemo } from './browser.ts';

let demo: Awaited<ReturnType<typeof startDemo>>;

beforeAll(async () => {
  demo = await startDemo();
});
afterAll(() => demo?.stop());

describe('the API documentation in a browser', () => {
  it('renders under the security headers and lists the endpoints', async () => {
    const page = await demo.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${demo.baseUrl}/api/docs/`);
    await page.getByRole('heading', { name: /Civitas API/ }).waitFor();
    await expect(page.getByText('/api/auth/login').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'api-docs.png'), fullPage: false });
    // Content Security Policy violations show up as console errors.
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await page.close();
  });

  it('signs in through the API from the page origin with the session cookie', async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/api/health`);
    const status = await page.evaluate(async () => {
      const login = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'koordynator@civitas.demo', password: 'civitas-demo' }),
      });
      const me = await fetch('/api/auth/me');
      return { login: login.status, me: ((await me.json()) as { user: { email: string } }).user.email };
    });
    expect(status).toEqual({ login: 200, me: 'koordynator@civitas.demo' });
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'civitas_session')?.httpOnly).toBe(true);
    await context.close();
  });
});
