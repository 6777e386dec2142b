import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays, localDate, zonedInstant } from '../src/lib/time.ts';
import { signInAs } from './axe.ts';

/** Fixtures of the console's browser tests: signed-in contexts and data made through the API. */
export const ZONE = 'Europe/Warsaw';

export async function signedInContext(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'pl-PL',
    timezoneId: ZONE,
    viewport: { width: 1366, height: 900 },
    // axe is injected as an inline script, which the server's Content-Security-Policy forbids.
    bypassCSP: true,
  });
  await signInAs(context, baseUrl, email);
  return context;
}

/** A JSON call through a context's request API (its session cookie), failing loudly on an error status. */
export async function call<T = any>(
  request: APIRequestContext,
  method: string,
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(path, { method, data: data as any });
  const text = await response.text();
  expect(response.ok(), `${method} ${path} -> ${response.status()} ${text}`).toBe(true);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The first day, at least `after` days from today, when the centre is open at 10:00-12:00. */
export async function openDay(request: APIRequestContext, centerId: string, after = 3): Promise<string> {
  const from = addDays(localDate(new Date(), ZONE), after);
  const { days } = await call<{ days: { date: string; open: boolean; hours: [string, string][] }[] }>(
    request,
    'GET',
    `/api/centers/${centerId}/days?from=${from}&to=${addDays(from, 20)}`,
  );
  const day = days.find(
    (candidate) =>
      candidate.open && candidate.hours.some(([start, end]) => start <= '10:00' && end >= '12:00'),
  );
  if (!day) throw new Error('no open day found');
  return day.date;
}

export const at = (date: string, time: string) => zonedInstant(date, time, ZONE).toISOString();

/** Waits until the console's page has rendered its heading, then returns the page. */
export async function openConsole(page: Page, path: string, heading: string | RegExp): Promise<Page> {
  await page.goto(path);
  try {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
  } catch (error) {
    const text =
      (await page
        .locator('body')
        .textContent()
        .catch(() => '')) ?? '';
    throw new Error(`${path}: no heading ${heading}; the page says:\n${text.slice(0, 2000)}`, {
      cause: error,
    });
  }
  return page;
}
