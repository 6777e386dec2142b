import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../src/lib/time.ts';
import { startDemo } from './browser.ts';
import { call, openConsole, signedInContext, ZONE } from './console-fixtures.ts';
import { check as checkPage } from './public-fixtures.ts';

/**
 * The centre's settings as a coordinator: opening hours, a closure, a new room, the room-use
 * terms, in Polish and in English; each change is read back through the API, axe on each state.
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
let coordinator: BrowserContext;
let page: Page;
let centerId: string;

beforeAll(async () => {
  demo = await startDemo();
  coordinator = await signedInContext(demo.browser, demo.baseUrl, 'koordynator@civitas.demo');
  const me = await call(coordinator.request, 'GET', '/api/auth/me');
  centerId = me.user.centerIds[0];
  page = await coordinator.newPage();
});
afterAll(async () => {
  await coordinator?.close();
  await demo?.stop();
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const saidSo = (text: string) => page.getByRole('status').getByText(text).waitFor();
const day = (name: string): Locator => page.getByRole('group', { name, exact: true });

describe('centre settings for a coordinator', () => {
  it('changes Tuesday’s hours, refusing a wrong time first', async () => {
    await openConsole(page, '/console/settings', 'Ustawienia centrum');
    await loaded();
    await check('console-settings');

    const tuesday = day('Wtorek');
    await tuesday.getByLabel('Nieczynne cały dzień').uncheck();
    await tuesday.getByLabel('Od', { exact: true }).fill('9:00');
    await tuesday.getByLabel('Do', { exact: true }).fill('17:30');
    await page.getByRole('button', { name: 'Zapisz godziny otwarcia' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Popraw 1 błąd w formularzu' });
    await summary.getByRole('link', { name: /Wtorek, Od: Podaj godzinę/ }).waitFor();
    await check('console-settings-hours-error');

    await tuesday.getByLabel('Od', { exact: true }).fill('09:00');
    await tuesday.getByRole('button', { name: 'Dodaj przedział: Wtorek' }).click();
    await tuesday.getByLabel('Od (2)').fill('18:00');
    await tuesday.getByLabel('Do (2)').fill('21:00');
    await page.getByRole('button', { name: 'Zapisz godziny otwarcia' }).click();
    await saidSo('Zapisano godziny otwarcia.');
    const center = await call(coordinator.request, 'GET', `/api/centers/${centerId}`);
    expect(center.openingHours.tue).toEqual([
      ['09:00', '17:30'],
      ['18:00', '21:00'],
    ]);
  });

  it('adds a closure with its reason, which the API then lists', async () => {
    const from = addDays(localDate(new Date(), ZONE), 40);
    const to = addDays(from, 2);
    const form = page.getByRole('form', { name: 'Nowe zamknięcie' });
    await form.getByLabel('Od dnia').fill(from);
    await form.getByLabel('Do dnia').fill(to);
    await form.getByLabel('Powód').fill('Malowanie sali głównej');
    await form.getByRole('button', { name: 'Dodaj zamknięcie' }).click();
    await saidSo('Dodano zamknięcie: Malowanie sali głównej.');
    await page
      .getByRole('table', { name: 'Zamknięcia od dziś' })
      .getByRole('cell', { name: 'Malowanie sali głównej', exact: true })
      .waitFor();
    await check('console-settings-closure');
    const closures = await call(coordinator.request, 'GET', `/api/centers/${centerId}/closures?from=${from}`);
    expect(closures.items).toContainEqual(
      expect.objectContaining({ from, to, reason: 'Malowanie sali głównej' }),
    );
  });

  it('adds a room, then changes its capacity and auto-approval', async () => {
    await page.getByRole('button', { name: 'Nowa sala' }).click();
    await page.getByRole('button', { name: 'Dodaj salę' }).click();
    await page.getByRole('alert').filter({ hasText: 'Popraw 2 błędy w formularzu' }).waitFor();
    await check('console-settings-room-errors');
    await page.getByLabel('Nazwa sali').fill('Pracownia ceramiczna');
    await page.getByLabel('Liczba miejsc').fill('12');
    await page.getByLabel('Wyposażenie').fill('piec, koło garncarskie, zlew');
    await page.getByLabel('Dostępna dla osób z niepełnosprawnościami').check();
    await page.getByRole('button', { name: 'Dodaj salę' }).click();
    await saidSo('Dodano salę: Pracownia ceramiczna.');
    const rooms = await call(coordinator.request, 'GET', `/api/rooms?centerId=${centerId}`);
    const room = rooms.items.find((candidate: any) => candidate.name === 'Pracownia ceramiczna');
    expect(room).toMatchObject({
      capacity: 12,
      amenities: ['piec', 'koło garncarskie', 'zlew'],
      accessible: true,
      autoApprove: false,
      active: true,
    });

    await page.getByRole('button', { name: 'Zmień salę: Pracownia ceramiczna' }).click();
    const form = page.getByRole('region', { name: 'Zmiana sali: Pracownia ceramiczna' });
    await form.getByLabel('Liczba miejsc').fill('16');
    await form.getByLabel('Wnioski zatwierdzane automatycznie').check();
    await check('console-settings-room-edit');
    await form.getByRole('button', { name: 'Zapisz salę' }).click();
    await saidSo('Zapisano salę: Pracownia ceramiczna.');
    const changed = await call(coordinator.request, 'GET', `/api/rooms/${room.id}`);
    expect([changed.capacity, changed.autoApprove]).toEqual([16, true]);
    await page
      .getByRole('table', { name: /^Sale: / })
      .getByRole('row', { name: /Pracownia ceramiczna/ })
      .getByRole('cell', { name: '16', exact: true })
      .waitFor();
  });

  it('edits the room-use terms', async () => {
    const terms = page.getByLabel('Regulamin korzystania z sal');
    await terms.fill('Salę zostawiamy czystą. Klucze oddajemy na recepcji do 21:00.');
    await page
      .getByLabel('Regulamin po angielsku (nieobowiązkowo)')
      .fill('Leave the room clean. Keys back at the desk by 21:00.');
    await page.getByLabel('Najdłuższa rezerwacja (godziny)').fill('8');
    await page.getByRole('button', { name: 'Zapisz zasady' }).click();
    await saidSo('Zapisano zasady korzystania z sal.');
    await check('console-settings-rules');
    const rules = await call(coordinator.request, 'GET', `/api/centers/${centerId}/booking-rules`);
    expect([rules.terms, rules.termsEn, rules.maxHours]).toEqual([
      'Salę zostawiamy czystą. Klucze oddajemy na recepcji do 21:00.',
      'Leave the room clean. Keys back at the desk by 21:00.',
      8,
    ]);
  });

  it('opens on a holiday and describes the building’s accessibility', async () => {
    const from = localDate(new Date(), ZONE);
    const { days } = await call(
      coordinator.request,
      'GET',
      `/api/centers/${centerId}/days?from=${from}&to=${addDays(from, 365)}`,
    );
    const holiday = days.find((candidate: any) => candidate.holiday && !candidate.open);
    await page
      .getByRole('group', { name: 'Święta w najbliższym roku' })
      .getByRole('checkbox', { name: new RegExp(`– ${escapeRegExp(holiday.holiday)}$`) })
      .first()
      .check();
    await page.getByRole('button', { name: 'Zapisz dni świąteczne' }).click();
    await saidSo('Zapisano dni świąteczne.');
    const center = await call(coordinator.request, 'GET', `/api/centers/${centerId}`);
    expect(center.openHolidays).toContain(holiday.date);

    const text =
      'Wejście bez progów od ul. Reymonta, winda do wszystkich pięter, pętla indukcyjna w sali głównej.';
    await page.getByLabel('Opis dostępności').fill(text);
    await page.getByRole('button', { name: 'Zapisz opis dostępności' }).click();
    await saidSo('Zapisano opis dostępności.');
    expect((await call(coordinator.request, 'GET', `/api/centers/${centerId}`)).accessibility).toBe(text);
  });

  it('does the same in English', async () => {
    await openConsole(page, '/console/settings', 'Ustawienia centrum');
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Centre settings' }).waitFor();
    // The choice is kept: the page opens in English again (and no button is mid-transition for axe).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Centre settings' }).waitFor();
    await loaded();
    await check('console-settings-en');

    await day('Tuesday').getByLabel('To (2)').fill('22:00');
    await page.getByRole('button', { name: 'Save opening hours' }).click();
    await saidSo('Opening hours saved.');

    const closure = page.getByRole('form', { name: 'New closure' });
    await closure.getByLabel('Reason').fill('Staff training');
    const from = addDays(localDate(new Date(), ZONE), 50);
    await closure.getByLabel('From').fill(from);
    await closure.getByRole('button', { name: 'Add closure' }).click();
    await saidSo('Closure added: Staff training.');

    await page.getByRole('button', { name: 'Change the room: Pracownia ceramiczna' }).click();
    const form = page.getByRole('region', { name: 'Changing the room: Pracownia ceramiczna' });
    await form.getByLabel('Seats').fill('20');
    await form.getByLabel('Requests approved automatically').uncheck();
    await form.getByRole('button', { name: 'Save room' }).click();
    await saidSo('Room saved: Pracownia ceramiczna.');

    // The holidays are named in English on the English page.
    const ahead = localDate(new Date(), ZONE);
    const { days } = await call(
      coordinator.request,
      'GET',
      `/api/centers/${centerId}/days?from=${ahead}&to=${addDays(ahead, 365)}`,
    );
    const holiday = days.find((candidate: any) => candidate.holidayEn);
    await page
      .getByRole('group', { name: 'Holidays in the year ahead' })
      .getByRole('checkbox', { name: new RegExp(`– ${escapeRegExp(holiday.holidayEn)}$`) })
      .first()
      .waitFor();

    await page.getByLabel('Terms of room use').fill('Leave the room tidy.');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await saidSo('Room-use rules saved.');
    await check('console-settings-en-saved');

    const center = await call(coordinator.request, 'GET', `/api/centers/${centerId}`);
    expect(center.openingHours.tue).toEqual([
      ['09:00', '17:30'],
      ['18:00', '22:00'],
    ]);
    const closures = await call(coordinator.request, 'GET', `/api/centers/${centerId}/closures?from=${from}`);
    expect(closures.items).toContainEqual(
      expect.objectContaining({ from, to: from, reason: 'Staff training' }),
    );
    const rooms = await call(coordinator.request, 'GET', `/api/rooms?centerId=${centerId}`);
    expect(rooms.items.find((room: any) => room.name === 'Pracownia ceramiczna')).toMatchObject({
      capacity: 20,
      autoApprove: false,
    });
    const rules = await call(coordinator.request, 'GET', `/api/centers/${centerId}/booking-rules`);
    expect(rules.terms).toBe('Leave the room tidy.');

    await page.getByRole('button', { name: /^Polski/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ustawienia centrum' }).waitFor();
  });

  it('retires the room and removes the closure', async () => {
    await openConsole(page, '/console/settings', 'Ustawienia centrum');
    await loaded();
    await page.getByRole('button', { name: 'Wycofaj salę: Pracownia ceramiczna' }).click();
    await saidSo('Wycofano salę: Pracownia ceramiczna.');
    await page.getByRole('button', { name: 'Przywróć salę: Pracownia ceramiczna' }).waitFor();
    const rooms = await call(
      coordinator.request,
      'GET',
      `/api/rooms?centerId=${centerId}&includeInactive=true`,
    );
    expect(rooms.items.find((room: any) => room.name === 'Pracownia ceramiczna').active).toBe(false);

    await page.getByRole('button', { name: /^Usuń zamknięcie: Malowanie sali głównej/ }).click();
    await saidSo('Usunięto zamknięcie: Malowanie sali głównej.');
    await check('console-settings-retired');
    const closures = await call(coordinator.request, 'GET', `/api/centers/${centerId}/closures`);
    expect(closures.items.map((closure: any) => closure.reason)).not.toContain('Malowanie sali głównej');
  });
});
