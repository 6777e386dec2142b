import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from './browser.ts';
import { call, openConsole, signedInContext } from './console-fixtures.ts';
import { check as checkPage } from './public-fixtures.ts';

/**
 * Webhooks in the console, as the demo admin: an endpoint added for a real HTTP receiver started
 * here, its secret shown once, a test event that the receiver gets (signature checked with the
 * `standardwebhooks` package) and that is listed as delivered, disabling it and a new secret; in
 * Polish, then the list, deleting, adding and a test event in English; axe on each state. A
 * coordinator has no such page.
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
let admin: BrowserContext;
let page: Page;
let receiver: Server;
let receiverUrl: string;
type Got = { id: string; type: string; body: string; headers: Record<string, string> };
const received: Got[] = [];

beforeAll(async () => {
  receiver = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const header = (name: string) => String(request.headers[name] ?? '');
    received.push({
      id: header('webhook-id'),
      type: JSON.parse(body).type,
      body,
      headers: {
        'webhook-id': header('webhook-id'),
        'webhook-timestamp': header('webhook-timestamp'),
        'webhook-signature': header('webhook-signature'),
      },
    });
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/civitas/events`;
  demo = await startDemo();
  admin = await signedInContext(demo.browser, demo.baseUrl, 'admin@civitas.demo');
  page = await admin.newPage();
});
afterAll(async () => {
  await admin?.close();
  await demo?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

const check = (name: string) => checkPage(page, name);

/** Waits until every part of the page has loaded (no "Wczytywanie…"/"Loading…" left). */
async function loaded() {
  await page
    .getByRole('status')
    .filter({ hasText: /Wczytywanie|Loading/ })
    .first()
    .waitFor({ state: 'detached' });
}

const saidSo = (text: string) => page.getByRole('status').getByText(text).waitFor();

/** Polls until `found` returns something, or fails after the deadline. */
async function eventually<T>(what: string, found: () => Promise<T | undefined>, ms = 45_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await found();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The ping the receiver got with this secret's valid signature, once it came. */
function verifiedPing(secret: string, after: number) {
  return eventually(`a signed webhook.ping (receiver got ${received.length})`, async () =>
    received.slice(after).find((got) => {
      if (got.type !== 'webhook.ping') return false;
      try {
        new Webhook(secret).verify(got.body, got.headers);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/** Clicks "refresh" on the deliveries until the delivery's row says it was delivered with a 200. */
async function listedAsDelivered(refresh: string, delivered: string) {
  const table = page.getByRole('table', { name: /Wysyłki webhooka|The webhook’s deliveries/ });
  await eventually('the delivery listed as delivered', async () => {
    const row = table.getByRole('row').filter({ hasText: delivered }).filter({ hasText: 'HTTP 200' });
    if ((await row.count()) > 0) return row;
    await page.getByRole('button', { name: refresh }).click();
    await loaded();
    return undefined;
  });
}

let secret = '';
let webhookId = '';

describe('webhooks in the console', () => {
  it('shows what webhooks are for, and refuses a form without an address or events', async () => {
    await openConsole(page, '/console', 'Dziś w centrum');
    await page
      .getByRole('navigation', { name: 'Sekcje panelu obsługi' })
      .getByRole('link', { name: 'Webhooki' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Webhooki' }).waitFor();
    await loaded();
    await page.getByRole('heading', { level: 3, name: 'Nie ma jeszcze żadnego webhooka' }).waitFor();
    await check('console-webhooks-empty');

    await page.getByRole('button', { name: 'Dodaj webhook' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Popraw 2 błędy w formularzu' });
    await summary.getByRole('link', { name: /Podaj adres/ }).waitFor();
    await summary.getByRole('link', { name: /Zaznacz co najmniej jedno zdarzenie/ }).waitFor();
    await check('console-webhooks-missing');

    // An address the server refuses: its message is shown at the field.
    const refused = await admin.request.fetch('/api/webhooks', {
      method: 'POST',
      headers: { 'accept-language': 'pl' },
      data: { url: 'ftp://example.org/civitas', events: ['booking.created'] },
    });
    expect(refused.status()).toBe(422);
    const serverSays = (await refused.json()).error.details[0].message as string;
    await page.getByLabel(/^Adres \(URL\)/).fill('ftp://example.org/civitas');
    await page.getByLabel('Nowa rezerwacja sali lub wniosek o salę').check();
    await page.getByRole('button', { name: 'Dodaj webhook' }).click();
    const field = page.getByRole('textbox', { name: /^Adres \(URL\)/ });
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('#new-webhook-url-error').textContent()).toBe(serverSays);
    await check('console-webhooks-refused');
  });

  it('adds an endpoint and shows its secret once', async () => {
    await page.getByLabel(/^Adres \(URL\)/).fill(receiverUrl);
    await page.getByLabel('Nowa rezerwacja sali lub wniosek o salę').uncheck();
    await page.getByLabel('Rezerwacja sali zatwierdzona').check();
    await page.getByLabel('Zapis na wydarzenie lub szkolenie').check();
    await page.getByLabel(/^Opis/).fill('Hurtownia danych urzędu');
    await page.getByRole('button', { name: 'Dodaj webhook' }).click();

    const shown = page.getByRole('region', { name: 'Tajny klucz webhooka' });
    await shown.getByText('Civitas nie pokaże go już nigdy więcej', { exact: false }).waitFor();
    secret = await shown.getByLabel('Tajny klucz').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    await shown.getByRole('button', { name: 'Kopiuj klucz' }).waitFor();

    const table = page.getByRole('table', { name: 'Webhooki, od najnowszego' });
    const row = table.getByRole('row').filter({ hasText: receiverUrl });
    await row.getByText('Rezerwacja sali zatwierdzona').waitFor();
    await row.getByText('Zapis na wydarzenie lub szkolenie').waitFor();
    await row.getByText('Włączony').waitFor();
    await check('console-webhooks-secret');

    const listed = await call(admin.request, 'GET', '/api/webhooks');
    expect(listed.items.map((item: any) => [item.url, item.events, item.active, item.description])).toEqual([
      [receiverUrl, ['booking.approved', 'registration.created'], true, 'Hurtownia danych urzędu'],
    ]);
    webhookId = listed.items[0].id;
    expect(JSON.stringify(listed)).not.toContain(secret);

    // Hidden, or once the page is opened again, the secret is gone for good.
    await shown.getByRole('button', { name: 'Klucz zapisany, ukryj go' }).click();
    await shown.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Webhooki' }).waitFor();
    await loaded();
    expect(await page.getByText(secret).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Tajny klucz webhooka' }).count()).toBe(0);
  });

  it('sends a test event that the receiver gets, listed as delivered', async () => {
    await page.getByRole('link', { name: receiverUrl }).click();
    await page.getByRole('heading', { level: 1, name: `Webhook: ${receiverUrl}` }).waitFor();
    await loaded();
    await page
      .getByRole('table', { name: 'Wysyłki webhooka, od najnowszej' })
      .getByText('Brak wysyłek.')
      .waitFor();
    await check('console-webhook');

    const before = received.length;
    await page.getByRole('button', { name: 'Wyślij zdarzenie testowe' }).click();
    await saidSo('Zdarzenie testowe czeka na wysłanie; jego wynik pojawi się w wysyłkach poniżej.');
    const ping = await verifiedPing(secret, before);
    await listedAsDelivered('Odśwież', 'Doręczona');
    const row = page.getByRole('row').filter({ hasText: 'Zdarzenie testowe' });
    await row.getByText('webhook.ping').waitFor();
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('1');
    await check('console-webhook-delivered');
    const deliveries = await call(admin.request, 'GET', `/api/webhooks/${webhookId}/deliveries`);
    expect(deliveries.items.map((item: any) => [item.id, item.status, item.lastStatusCode])).toEqual([
      [ping.id, 'delivered', 200],
    ]);

    // Filtered by status: none failed, one delivered.
    await page.getByLabel('Status wysyłki').selectOption('failed');
    await page.getByText('Brak wysyłek o tym statusie.').waitFor();
    await saidSo('Widocznych 0 wysyłek.');
    await page.getByLabel('Status wysyłki').selectOption('delivered');
    await saidSo('Widoczna 1 wysyłka.');
  });

  it('changes the events of the endpoint', async () => {
    await page.getByRole('button', { name: 'Zmień adres lub zdarzenia' }).click();
    const form = page.getByRole('form', { name: 'Zmień adres lub zdarzenia' });
    await expect.poll(() => form.getByLabel(/^Adres \(URL\)/).inputValue()).toBe(receiverUrl);
    expect(await form.getByLabel('Rezerwacja sali zatwierdzona').isChecked()).toBe(true);
    await form.getByLabel('Rezerwacja sali odwołana').check();
    await check('console-webhook-edit');
    await form.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await saidSo('Zapisano zmiany webhooka.');
    await page.getByRole('region', { name: 'Podsumowanie' }).getByText('Rezerwacja sali odwołana').waitFor();
    const changed = await call(admin.request, 'GET', `/api/webhooks/${webhookId}`);
    expect([...changed.events].sort()).toEqual(
      ['booking.approved', 'booking.cancelled', 'registration.created'].sort(),
    );
  });

  it('disables the endpoint, gives it a new secret and enables it again', async () => {
    await page.getByRole('button', { name: 'Wyłącz' }).click();
    await saidSo('Webhook wyłączony. Civitas zachowa nowe wiadomości i wyśle je po ponownym włączeniu.');
    await page.getByText('Wyłączony przez administratora').waitFor();
    await check('console-webhook-disabled');
    const disabled = await call(admin.request, 'GET', `/api/webhooks/${webhookId}`);
    expect([disabled.active, disabled.disabledReason]).toEqual([false, 'admin']);

    await page.getByRole('button', { name: 'Utwórz nowy tajny klucz' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Utworzyć nowy tajny klucz?' });
    await check('console-webhook-rotate-confirm');
    await confirm.getByRole('button', { name: 'Tak, utwórz nowy klucz' }).click();
    const shown = page.getByRole('region', { name: 'Tajny klucz webhooka' });
    await shown.getByText('Civitas nie pokaże go już nigdy więcej', { exact: false }).waitFor();
    const rotated = await shown.getByLabel('Tajny klucz').inputValue();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await check('console-webhook-rotated');

    await page.getByRole('button', { name: 'Włącz ponownie' }).click();
    await saidSo('Webhook włączony. Zaległe wiadomości zostaną wysłane po kolei.');
    const before = received.length;
    await page.getByRole('button', { name: 'Wyślij zdarzenie testowe' }).click();
    await verifiedPing(rotated, before);
    secret = rotated;
  });

  it('lists the endpoints in English', async () => {
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: `Webhook: ${receiverUrl}` }).waitFor();
    await page.getByRole('table', { name: 'The webhook’s deliveries, newest first' }).waitFor();
    await page.getByRole('link', { name: '← All webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await loaded();
    const row = page
      .getByRole('table', { name: 'Webhooks, newest first' })
      .getByRole('row')
      .filter({ hasText: receiverUrl });
    await row.getByText('A room booking approved').waitFor();
    await row.getByText('A registration for an activity or training').waitFor();
    await row.getByText('Enabled').waitFor();
    await page.getByRole('heading', { level: 2, name: 'New webhook' }).waitFor();
    await page.getByLabel('A beneficiary’s data erased (GDPR)').waitFor();
    await check('console-webhooks-en');

    // Deleting asks first; then the list is empty again.
    await row.getByRole('link', { name: receiverUrl }).click();
    await page.getByRole('button', { name: 'Delete webhook' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this webhook?' });
    await check('console-webhook-delete-confirm-en');
    await confirm.getByRole('button', { name: 'Yes, delete the webhook' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'There are no webhooks yet' }).waitFor();
    expect((await call(admin.request, 'GET', '/api/webhooks')).items).toEqual([]);

    // Added again in English, its secret shown once, and a test event delivered.
    await page.getByLabel(/^Address \(URL\)/).fill(receiverUrl);
    await page.getByLabel('A room booking approved').check();
    await page.getByLabel(/^Description/).fill('City data warehouse');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const shown = page.getByRole('region', { name: 'The webhook’s secret key' });
    await shown.getByText(`The webhook for ${receiverUrl} was added.`).waitFor();
    const key = await shown.getByLabel('Secret key').inputValue();
    expect(key).toMatch(/^whsec_/);
    await shown.getByRole('button', { name: 'Key saved, hide it' }).click();
    await page.getByRole('link', { name: receiverUrl }).click();
    await page.getByRole('heading', { level: 1, name: `Webhook: ${receiverUrl}` }).waitFor();
    await loaded();
    const before = received.length;
    await page.getByRole('button', { name: 'Send a test event' }).click();
    await saidSo('The test event is queued; its result appears in the deliveries below.');
    await verifiedPing(key, before);
    await listedAsDelivered('Refresh', 'Delivered');
    const delivery = page.getByRole('row').filter({ hasText: 'Test event' });
    await delivery.getByText('webhook.ping').waitFor();
    // Its time is written the English way.
    const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'Europe/Warsaw' }).format(
      new Date(),
    );
    expect(await delivery.textContent()).toContain(month);
    await page.getByLabel('Delivery status').selectOption('delivered');
    await saidSo('1 delivery shown.');
    await check('console-webhook-delivered-en');
  });

  it('has no webhooks page for a coordinator', async () => {
    const coordinator = await signedInContext(demo.browser, demo.baseUrl, 'koordynator@civitas.demo');
    try {
      const other = await coordinator.newPage();
      await openConsole(other, '/console', 'Dziś w centrum');
      const nav = other.getByRole('navigation', { name: 'Sekcje panelu obsługi' });
      await nav.getByRole('link', { name: 'Kalendarz sal' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Webhooki' }).count()).toBe(0);
      await openConsole(other, '/console/webhooks', 'Brak dostępu');
      const status = await other.evaluate(async () => (await fetch('/api/webhooks')).status);
      expect(status).toBe(403);
    } finally {
      await coordinator.close();
    }
  });
});
