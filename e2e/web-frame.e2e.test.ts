import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from './browser.ts';
import { open, settle, visitor } from './public-fixtures.ts';

/** The frame of the web app by role: the menu each account sees, and the page of an unknown address. */
let demo: Awaited<ReturnType<typeof startDemo>>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await demo?.stop();
});

async function as(email?: string) {
  const context = await visitor(demo.browser, demo.baseUrl, email ? { email } : {});
  contexts.push(context);
  return context.newPage();
}

describe('the web app frame', () => {
  it('offers the member area to a member and not to an observer, who has the console', async () => {
    const member = await as('czlonek@civitas.demo');
    await open(member, '/', /Centra obywatelskie Krakowa/);
    const menu = member.getByRole('navigation', { name: 'Menu główne' });
    await menu.getByRole('link', { name: 'Moje konto' }).waitFor();

    const observer = await as('urzad@civitas.demo');
    await open(observer, '/', /Centra obywatelskie Krakowa/);
    const observerMenu = observer.getByRole('navigation', { name: 'Menu główne' });
    await observerMenu.getByRole('link', { name: 'Panel obsługi' }).waitFor();
    expect(await observerMenu.getByRole('link', { name: 'Moje konto' }).count()).toBe(0);
    // Typed by hand, the member area shows an observer only its account's security.
    await open(observer, '/my/bookings', 'Bezpieczeństwo konta');
    expect(new URL(observer.url()).pathname).toBe('/my/security');
    expect(await observer.getByRole('link', { name: 'Moje rezerwacje' }).count()).toBe(0);
  });

  it('shows an unknown address as a page with the way back home', async () => {
    const page = await as();
    await open(page, '/no-such-page', /Nie ma takiej strony/);
    await page.getByRole('link', { name: 'Wróć na stronę główną' }).click();
    await settle(page, /Centra obywatelskie Krakowa/);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
