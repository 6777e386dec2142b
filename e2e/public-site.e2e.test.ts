import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from './browser.ts';
import { call, check, open, settle, visitor } from './public-fixtures.ts';

/**
 * The public site in a real browser: every page passes axe in Polish and in English, the
 * language switch, the knowledge base search, and the sign-in form itself (by keyboard).
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
let anonymous: BrowserContext;
let ids: { room: string; activity: string; article: string; offer: string };

beforeAll(async () => {
  demo = await startDemo();
  anonymous = await visitor(demo.browser, demo.baseUrl);
  const request = anonymous.request;
  const rooms = await call(request, 'GET', '/api/rooms');
  const activities = await call(request, 'GET', `/api/activities?from=${new Date().toISOString()}&order=asc`);
  const articles = await call(request, 'GET', '/api/articles');
  const offers = await call(request, 'GET', '/api/volunteer-offers');
  ids = {
    room: rooms.items.find((room: any) => room.name === 'Sala konferencyjna').id,
    activity: activities.items[0].id,
    article: articles.items[0].slug,
    offer: offers.items[0].id,
  };
});
afterAll(async () => {
  await anonymous?.close();
  await demo?.stop();
});

/** Every public page with its heading in both languages (null: the heading is the record's own name). */
function pages(): [string, string, RegExp | null, RegExp | null][] {
  return [
    ['home', '/', /Centra obywatelskie Krakowa/, /Kraków's civic centres/],
    ['centres', '/centres', /Centra i sale/, /Centres and rooms/],
    ['room', `/rooms/${ids.room}`, /Sala konferencyjna/, /Sala konferencyjna/],
    ['calendar', '/calendar', /Kalendarz wydarzeń/, /Events calendar/],
    ['activity', `/calendar/${ids.activity}`, null, null],
    ['knowledge', '/knowledge?q=fundacja', /Baza wiedzy/, /Knowledge base/],
    ['article', `/knowledge/${ids.article}`, null, null],
    ['volunteering', '/volunteering', /Wolontariat/, /Volunteering/],
    ['offer', `/volunteering/${ids.offer}`, null, null],
    ['advice', '/advice', /Doradztwo/, /Advice/],
    ['how-to-borrow', '/how-to-borrow', /Jak wypożyczyć salę/, /How to borrow a room/],
    ['contact', '/contact', /Kontakt/, /Contact/],
    ['accessibility', '/accessibility', /Deklaracja dostępności/, /Accessibility statement/],
    ['privacy', '/privacy', /Ochrona danych osobowych/, /Personal data protection/],
    ['sign-in', '/sign-in', /Logowanie/, /Sign in/],
    ['sign-up', '/sign-up', /Załóż konto/, /Sign up/],
    ['forgot-password', '/forgot-password', /Nie pamiętasz hasła/, /Forgot your password/],
    ['reset-password', '/reset-password?token=link-z-wiadomosci', /Ustaw nowe hasło/, /Set a new password/],
    ['not-found', '/no-such-page', /Nie ma takiej strony/, /No such page/],
  ];
}

describe('the public site', () => {
  it('passes axe on every page in Polish, with screenshots, and logs no error to the console', async () => {
    const page = await anonymous.newPage();
    const errors: string[] = [];
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${current}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
    for (const [name, path, heading] of pages()) {
      current = path;
      await open(page, path, heading ?? undefined);
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe('pl');
      await check(page, `public-${name}`);
    }
    // The not-found page is a 404 on purpose; the browser logs its status as a failed load.
    expect(errors.filter((error) => !error.startsWith('/no-such-page'))).toEqual([]);
    await page.close();
  });

  it('passes axe on every page in English', async () => {
    const context = await visitor(demo.browser, demo.baseUrl, { language: 'en' });
    const page = await context.newPage();
    for (const [name, path, , heading] of pages()) {
      await open(page, path, heading ?? undefined);
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe('en');
      await check(page, `public-${name}-en`);
    }
    await context.close();
  });

  it('switches the page to English and back, and lang follows', async () => {
    const context = await visitor(demo.browser, demo.baseUrl);
    const page = await context.newPage();
    await open(page, '/calendar', 'Kalendarz wydarzeń');
    const lang = () => page.evaluate(() => document.documentElement.lang);
    expect(await lang()).toBe('pl');

    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Events calendar' }).waitFor();
    expect(await lang()).toBe('en');
    expect(await page.title()).toBe('Events calendar – Civitas');
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Knowledge base' })
      .click();
    await settle(page, 'Knowledge base');
    await page.getByLabel('Search the knowledge base').waitFor();

    // The choice is remembered across a reload.
    await page.reload();
    await settle(page, 'Knowledge base');
    expect(await lang()).toBe('en');

    await page.getByRole('button', { name: /Polski/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Baza wiedzy' }).waitFor();
    expect(await lang()).toBe('pl');
    expect(await page.title()).toBe('Baza wiedzy – Civitas');
    await context.close();
  });

  it('finds an article despite a typo and missing Polish letters, and opens it', async () => {
    const page = await anonymous.newPage();
    await open(page, '/knowledge', 'Baza wiedzy');
    await page.getByLabel('Szukaj w bazie wiedzy').fill('zalozyc fundajce');
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await page.getByRole('heading', { level: 2, name: /Znaleziono \d+ artyku/ }).waitFor();
    await page.getByRole('link', { name: 'Jak założyć fundację?' }).click();
    await settle(page, 'Jak założyć fundację?');
    // The server's sanitized HTML, its headings one level down under the page's h1.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.article-body h2, .article-body p').count()).toBeGreaterThan(0);
    await check(page, 'public-article-found');
    await page.close();
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const page = await anonymous.newPage();
    await open(page, '/contact', 'Kontakt');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    expect(focused, 'the first Tab stop').toContain('Przejdź do treści');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

describe('the sign-in form', () => {
  let page: Page;
  let context: BrowserContext;
  beforeAll(async () => {
    context = await visitor(demo.browser, demo.baseUrl);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('announces missing fields and ties each error to its field', async () => {
    await open(page, '/sign-in', 'Logowanie');
    await page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    const alert = page.getByRole('alert');
    await alert.getByText('Popraw 2 błędy w formularzu').waitFor();
    // The summary takes focus, so a screen reader reads it at once.
    expect(await alert.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    const email = page.getByLabel('Adres e-mail');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const described = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(described).toContain('To pole jest wymagane.');
    // Each error in the summary leads to its field.
    await alert.getByRole('link', { name: /Hasło/ }).click();
    expect(await page.getByLabel('Hasło').evaluate((element) => element === document.activeElement)).toBe(
      true,
    );
    await check(page, 'public-sign-in-errors');
  });

  it('says so when the password is wrong', async () => {
    await page.getByLabel('Adres e-mail').fill('czlonek@civitas.demo');
    await page.getByLabel('Hasło').fill('not-the-password');
    await page.getByLabel('Hasło').press('Enter');
    await page.getByRole('alert').getByText('Nieprawidłowy adres e-mail lub hasło.').waitFor();
    expect(await page.evaluate(() => location.pathname)).toBe('/sign-in');
  });

  it('signs a member in by keyboard alone and opens the member area', async () => {
    await open(page, '/sign-in', 'Logowanie');
    await page.getByLabel('Adres e-mail').focus();
    await page.keyboard.type('czlonek@civitas.demo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('civitas-demo');
    await page.keyboard.press('Enter');
    await settle(page, 'Moje konto');
    expect(await page.evaluate(() => location.pathname)).toBe('/my');
    await page.getByText('Dzień dobry, Tomasz Wójcik.').waitFor();
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await settle(page, 'Centra obywatelskie Krakowa');
  });

  it('returns to the page that asked for sign-in', async () => {
    await page.goto('/my/bookings');
    await settle(page, 'Logowanie');
    await page.getByText('Ta strona wymaga zalogowania.').waitFor();
    await page.getByLabel('Adres e-mail').fill('czlonek@civitas.demo');
    await page.getByLabel('Hasło').fill('civitas-demo');
    await page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    await settle(page, 'Moje rezerwacje');
    expect(await page.evaluate(() => location.pathname)).toBe('/my/bookings');
  });
});
