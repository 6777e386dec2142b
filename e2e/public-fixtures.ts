import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays, localDate, zonedInstant } from '../src/lib/time.ts';
import { expectAccessible, signInAs } from './axe.ts';
import { SCREENSHOTS } from './browser.ts';

/** Fixtures of the public site's and the member area's browser tests. */
export const ZONE = 'Europe/Warsaw';
export const at = (date: string, time: string) => zonedInstant(date, time, ZONE).toISOString();
export const todayInWarsaw = () => localDate(new Date(), ZONE);

/**
 * A browser context for a visitor: Polish browser, optionally another time zone (the app must
 * still show and book Warsaw times), optionally signed in through the API, optionally in English.
 */
export async function visitor(
  browser: Browser,
  baseUrl: string,
  options: { email?: string; timezoneId?: string; language?: 'pl' | 'en' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'pl-PL',
    timezoneId: options.timezoneId ?? ZONE,
    viewport: { width: 1280, height: 900 },
    // axe is injected as an inline script, which the server's Content-Security-Policy forbids.
    bypassCSP: true,
  });
  if (options.language) {
    const language = options.language;
    await context.addInitScript((value) => localStorage.setItem('civitas.language', value), language);
  }
  if (options.email) await signInAs(context, baseUrl, options.email);
  return context;
}

/** A JSON call with a context's session, failing loudly on an error status. */
export async function call<T = any>(
  request: APIRequestContext,
  method: string,
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(path, {
    method,
    data: data as any,
    headers: { 'accept-language': 'pl' },
  });
  const text = await response.text();
  expect(response.ok(), `${method} ${path} -> ${response.status()} ${text}`).toBe(true);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Waits until the page has its h1 and nothing on it is still loading. */
export async function settle(page: Page, heading?: string | RegExp) {
  await page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !/Wczytywanie…|Loading…/.test(document.body.textContent ?? ''));
}

/** Opens a page of the app and waits for it to settle. */
export async function open(page: Page, path: string, heading?: string | RegExp) {
  await page.goto(path);
  await settle(page, heading);
}

/** axe on the page as it is, then a full-page screenshot under e2e/screenshots/. */
export async function check(page: Page, name: string) {
  await expectAccessible(page, name);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The first day from `after` days on when the centre is open from..to and the room is free then. */
export async function freeDay(
  request: APIRequestContext,
  room: { id: string; centerId: string },
  from: string,
  to: string,
  after = 3,
): Promise<string> {
  const first = addDays(todayInWarsaw(), after);
  const last = addDays(first, 27);
  const { days } = await call<{ days: { date: string; open: boolean; hours: [string, string][] }[] }>(
    request,
    'GET',
    `/api/centers/${room.centerId}/days?from=${first}&to=${last}`,
  );
  const availability = await call<{ free: { start: string; end: string }[] }>(
    request,
    'GET',
    `/api/rooms/${room.id}/availability?from=${first}&to=${last}`,
  );
  const day = days.find(
    (candidate) =>
      candidate.open &&
      availability.free.some(
        (slot) => slot.start <= at(candidate.date, from) && slot.end >= at(candidate.date, to),
      ),
  );
  if (!day) throw new Error(`no day with the room free ${from}-${to}`);
  return day.date;
}
