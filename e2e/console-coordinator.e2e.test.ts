import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from './browser.ts';
import { at, call, openConsole, openDay, signedInContext } from './console-fixtures.ts';
import { check as checkPage } from './public-fixtures.ts';

/**
 * The staff console as a coordinator of Reymonta 20: the approvals queue, attendance at an
 * activity, the reports with the PDF download, the language switch, the day's work (approvals,
 * attendance, a headcount, a booking from the calendar) in English too, and axe on every page.
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
let coordinator: BrowserContext;
let member: BrowserContext;
let page: Page;
let centerId: string;
let roomId: string;
let fundacjaId: string;

beforeAll(async () => {
  demo = await startDemo();
  coordinator = await signedInContext(demo.browser, demo.baseUrl, 'koordynator@civitas.demo');
  member = await signedInContext(demo.browser, demo.baseUrl, 'czlonek@civitas.demo');
  const me = await call(coordinator.request, 'GET', '/api/auth/me');
  centerId = me.user.centerIds[0];
  const rooms = await call(coordinator.request, 'GET', `/api/rooms?centerId=${centerId}`);
  roomId = rooms.items.find((room: any) => !room.autoApprove && room.capacity >= 10).id;
  // The demo member represents one beneficiary: it asks for rooms in its name.
  const represented = await call(member.request, 'GET', '/api/beneficiaries');
  fundacjaId = represented.items[0].id;
  page = await coordinator.newPage();
});
afterAll(async () => {
  await coordinator?.close();
  await member?.close();
  await demo?.stop();
});

const check = (name: string) => checkPage(page, name);

describe('the staff console for a coordinator', () => {
  it('approves a member’s pending request from the approvals queue, and rejects another by keyboard', async () => {
    const day = await openDay(coordinator.request, centerId);
    const ask = (title: string, from: string, to: string) =>
      call(member.request, 'POST', '/api/bookings', {
        roomId,
        beneficiaryId: fundacjaId,
        title,
        start: at(day, from),
        end: at(day, to),
        expectedAttendees: 8,
        purpose: 'Zebranie zarządu i wolontariuszy',
        termsAccepted: true,
      });
    const approved = await ask('Zebranie zarządu fundacji', '10:00', '12:00');
    const rejected = await ask('Próba chóru', '14:00', '16:00');
    expect([approved.status, rejected.status]).toEqual(['pending', 'pending']);

    await openConsole(page, '/console/approvals', 'Wnioski do decyzji');
    await page.getByRole('heading', { name: 'Zebranie zarządu fundacji' }).waitFor();
    await page.getByText('Fundacja Zielony Kraków').first().waitFor();
    // Who asked, with an address to write to, is on the card.
    await page
      .getByText(/^Prosi: .+, /)
      .first()
      .waitFor();
    await expect(
      page.getByRole('link', { name: 'czlonek@civitas.demo' }).first().getAttribute('href'),
    ).resolves.toBe('mailto:czlonek@civitas.demo');
    await check('console-approvals');

    await page.getByRole('button', { name: 'Zatwierdź: Zebranie zarządu fundacji' }).click();
    await page.getByRole('status').getByText('Zatwierdzono: Zebranie zarządu fundacji.').waitFor();
    await page.getByRole('heading', { name: 'Zebranie zarządu fundacji' }).waitFor({ state: 'detached' });
    expect((await call(coordinator.request, 'GET', `/api/bookings/${approved.id}`)).status).toBe('approved');

    // The other one by keyboard alone: focus, Enter, type the reason, Tab to the button, Enter.
    await page.getByRole('button', { name: 'Odrzuć: Próba chóru' }).focus();
    await page.keyboard.press('Enter');
    // Without a reason the app itself says what is missing (no browser bubble).
    await page.getByRole('button', { name: 'Odrzuć wniosek' }).click();
    await page.getByText('Wpisz powód: wnioskujący dostanie go e-mailem.').waitFor();
    await check('console-approvals-reason');
    await page.getByLabel('Powód odrzucenia').focus();
    await page.keyboard.type('Sala zarezerwowana na wydarzenie centrum.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Odrzucono: Próba chóru.').waitFor();
    const answer = await call(coordinator.request, 'GET', `/api/bookings/${rejected.id}`);
    expect([answer.status, answer.decisionReason]).toEqual([
      'rejected',
      'Sala zarezerwowana na wydarzenie centrum.',
    ]);
  });

  it('records attendance of an activity: check-in at the door, walk-ins, the waiting list in view', async () => {
    const now = Date.now();
    const activity = await call(coordinator.request, 'POST', '/api/activities', {
      centerId,
      kind: 'training',
      title: 'Szkolenie: jak napisać wniosek do budżetu obywatelskiego',
      start: new Date(now - 30 * 60_000).toISOString(),
      end: new Date(now + 90 * 60_000).toISOString(),
      capacity: 2,
      published: true,
    });
    const beneficiaries = (
      await call(coordinator.request, 'GET', '/api/beneficiaries?kind=organization&limit=3')
    ).items;
    for (const beneficiary of beneficiaries)
      await call(coordinator.request, 'POST', `/api/activities/${activity.id}/registrations`, {
        beneficiaryId: beneficiary.id,
      });
    const [first, , third] = beneficiaries;

    await openConsole(page, `/console/activities/${activity.id}`, activity.title);
    // The third registration waits in line at position 1.
    const waiting = page
      .getByRole('table', { name: /Zapisy na/ })
      .getByRole('row', { name: new RegExp(third.name) });
    await expect(waiting.getByRole('cell').nth(2).textContent()).resolves.toContain('lista rezerwowa');
    await expect(waiting.getByRole('cell').nth(3).textContent()).resolves.toBe('1');
    await check('console-activity');

    // At the door on a phone: a name typed finds the person, the button in reach, nothing sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Szukaj osoby na liście').fill(first.name.slice(0, 6).toLowerCase());
    const markButton = page.getByRole('button', { name: `Zaznacz obecność: ${first.name}` });
    await markButton.scrollIntoViewIfNeeded();
    const box = await markButton.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.height >= 36).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await check('console-check-in-phone');
    await markButton.click();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('status').getByText(`Zaznaczono obecność: ${first.name}.`).waitFor();
    await page.getByText('Obecni z zapisów: 1 z 2 miejsc').waitFor();
    await page.getByRole('button', { name: `Cofnij obecność: ${first.name}` }).waitFor();

    await page.getByLabel('Osoby bez zapisu').fill('3');
    await page.getByRole('button', { name: 'Zapisz obecność' }).click();
    await page.getByRole('status').getByText('Zapisano obecność: 4 uczestników.').waitFor();
    const view = await call(coordinator.request, 'GET', `/api/activities/${activity.id}/check-in`);
    expect(view.totals).toMatchObject({ attendedSeats: 1, walkIns: 3, participants: 4, noShows: 1 });

    const pdf = page.getByRole('link', { name: 'Lista obecności do druku (PDF)' });
    expect(await pdf.getAttribute('href')).toMatch(
      new RegExp(`/api/activities/${activity.id}/attendance\\.pdf`),
    );
  });

  it('downloads the report as PDF', async () => {
    await openConsole(page, '/console/reports', 'Raporty');
    await page.getByRole('table', { name: /Wskaźniki od/ }).waitFor();
    await page.getByLabel('Tekst do skopiowania').waitFor();
    await page.getByRole('table', { name: 'Obłożenie sal: dzień tygodnia × godzina' }).waitFor();
    await check('console-reports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Pobierz PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^civitas-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it("records how many people came to a lending that has ended, from today's overview", async () => {
    // Yesterday's lending from paper records (staff may book in the past), still without a headcount.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const lending = await call(coordinator.request, 'POST', '/api/bookings', {
      roomId,
      beneficiaryId: fundacjaId,
      title: 'Zebranie wspólnoty mieszkaniowej',
      start: at(yesterday, '06:00'),
      end: at(yesterday, '07:00'),
      expectedAttendees: 9,
      override: true,
    });
    expect(lending.status).toBe('approved');
    await openConsole(page, '/console/today', 'Dziś w centrum');
    const field = page.getByRole('textbox', { name: 'Liczba osób: Zebranie wspólnoty mieszkaniowej' });
    await field.fill('14');
    await check('console-today-headcount');
    await page
      .getByRole('form', { name: 'Liczba osób: Zebranie wspólnoty mieszkaniowej' })
      .getByRole('button', { name: 'Zapisz' })
      .click();
    await page.getByText('Zebranie wspólnoty mieszkaniowej: zapisano liczbę osób (14).').waitFor();
    await field.waitFor({ state: 'detached' });
    const saved = await call(coordinator.request, 'GET', `/api/bookings/${lending.id}`);
    expect(saved).toMatchObject({ status: 'completed', attendees: 14 });
  });

  it('picks a report period with one click, and the indicators follow it', async () => {
    await openConsole(page, '/console/reports', 'Raporty');
    await page.getByRole('button', { name: 'Poprzedni rok' }).click();
    const lastYear = new Date().getFullYear() - 1;
    await expect(page.getByLabel('Od dnia').inputValue()).resolves.toBe(`${lastYear}-01-01`);
    await expect(page.getByLabel('Do dnia').inputValue()).resolves.toBe(`${lastYear}-12-31`);
    await expect(
      page.getByRole('button', { name: 'Poprzedni rok' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.getByRole('table', { name: new RegExp(`Wskaźniki od .*${lastYear}`) }).waitFor();
    // The demo's agreement of this year, its actual figures counted over last year.
    await page
      .getByRole('table', { name: new RegExp(`wykonanie .*${lastYear}.*${lastYear}`) })
      .first()
      .waitFor();
    await check('console-reports-last-year');
    // The agreement's own period, one click too.
    const year = new Date().getFullYear();
    await page
      .getByRole('button', { name: `Okres umowy: Umowa na prowadzenie Centrum Obywatelskiego ${year}` })
      .click();
    await expect(page.getByLabel('Od dnia').inputValue()).resolves.toBe(`${year}-01-01`);
    await expect(page.getByLabel('Do dnia').inputValue()).resolves.toBe(`${year}-12-31`);
  });

  it('books a room from an empty slot of the calendar, then moves and cancels it there', async () => {
    const day = await openDay(coordinator.request, centerId, 4);
    const rooms = await call(coordinator.request, 'GET', `/api/rooms?centerId=${centerId}`);
    const room = rooms.items.find((candidate: { id: string }) => candidate.id === roomId);
    await openConsole(page, '/console/calendar', 'Kalendarz sal');
    await page.getByLabel('Sala', { exact: true }).selectOption(roomId);
    await page.getByLabel('Tydzień zawierający dzień').fill(day);
    const dayName = await page.evaluate(
      (date) =>
        new Intl.DateTimeFormat('pl-PL', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          timeZone: 'Europe/Warsaw',
        }).format(new Date(`${date}T12:00:00Z`)),
      day,
    );
    // The first and the last free hour of that day in this room.
    const slots = page.getByRole('button', { name: new RegExp(`^Zarezerwuj: ${room.name}, ${dayName}, `) });
    const hourOf = async (index: number) =>
      ((await slots.nth(index).getAttribute('aria-label')) ?? '').slice(-5);
    const first = await hourOf(0);
    const last = await hourOf((await slots.count()) - 1);
    const plusHour = (hour: string) => `${String(Number(hour.slice(0, 2)) + 1).padStart(2, '0')}:00`;
    expect(first < last).toBe(true);
    await slots.first().click();
    const dialog = page.getByRole('dialog', { name: 'Nowa rezerwacja sali' });
    await dialog.waitFor();
    // Sent empty: the form says what is missing.
    await dialog.getByRole('button', { name: 'Zarezerwuj' }).click();
    await dialog.getByText('To pole jest wymagane.').first().waitFor();
    await dialog.getByLabel(/Szukaj/).fill('Zielony');
    const picker = dialog.getByRole('combobox', { name: 'Beneficjent', exact: true });
    const option = picker.locator('option', { hasText: 'Fundacja Zielony Kraków' });
    await option.waitFor({ state: 'attached' });
    await picker.selectOption((await option.getAttribute('value')) ?? '');
    await dialog.getByLabel('Nazwa spotkania').fill('Dyżur telefoniczny fundacji');
    await dialog.getByLabel('Spodziewana liczba osób').fill('6');
    await check('console-calendar-new-booking');
    await dialog.getByRole('button', { name: 'Zarezerwuj' }).click();
    await page.getByRole('status').getByText('Zarezerwowano: Dyżur telefoniczny fundacji.').waitFor();
    await page
      .getByRole('button', { name: new RegExp(`${first}–${plusHour(first)} Dyżur telefoniczny fundacji`) })
      .click();
    const opened = page.getByRole('dialog', { name: 'Dyżur telefoniczny fundacji' });
    await opened.getByLabel('Od', { exact: true }).fill(last);
    await opened.getByLabel('Do', { exact: true }).fill(plusHour(last));
    await check('console-calendar-booking');
    await opened.getByRole('button', { name: 'Przenieś' }).click();
    await page.getByRole('status').getByText('Przeniesiono: Dyżur telefoniczny fundacji.').waitFor();
    const week = await call(
      coordinator.request,
      'GET',
      `/api/bookings?roomId=${roomId}&from=${day}&to=${day}`,
    );
    const booked = week.items.find((item: { title: string }) => item.title === 'Dyżur telefoniczny fundacji');
    expect(booked).toMatchObject({ status: 'approved', start: at(day, last), end: at(day, plusHour(last)) });
    await page
      .getByRole('button', { name: new RegExp(`${last}–${plusHour(last)} Dyżur telefoniczny fundacji`) })
      .click();
    await page
      .getByRole('dialog', { name: 'Dyżur telefoniczny fundacji' })
      .getByRole('button', { name: 'Odwołaj rezerwację' })
      .click();
    await page.getByRole('status').getByText('Odwołano: Dyżur telefoniczny fundacji.').waitFor();
    expect((await call(coordinator.request, 'GET', `/api/bookings/${booked.id}`)).status).toBe('cancelled');
  });

  it("shows a day of the centre's rooms side by side, a free hour one click from a booking", async () => {
    await openConsole(page, '/console/calendar', 'Kalendarz sal');
    await page.getByRole('radio', { name: 'Dzień', exact: true }).first().dispatchEvent('click');
    const day = await openDay(coordinator.request, centerId, 5);
    await page.getByLabel('Dzień', { exact: true }).last().fill(day);
    const table = page.getByRole('table', { name: /^Sale centrum, / });
    await table.waitFor();
    const rooms = await call(coordinator.request, 'GET', `/api/rooms?centerId=${centerId}`);
    for (const room of rooms.items.filter((each: { active: boolean }) => each.active))
      await table.getByRole('columnheader', { name: room.name }).waitFor();
    await table
      .getByRole('button', { name: /^Zarezerwuj: / })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Nowa rezerwacja sali' });
    await dialog.waitFor();
    // A walk-in not in the registry yet is added on the spot and chosen.
    await dialog.getByRole('button', { name: 'Nie ma w rejestrze? Dodaj na miejscu' }).click();
    await dialog.getByLabel('Nazwa (lub imię i nazwisko)').fill('Klub Szachowy Goniec');
    await dialog.getByRole('button', { name: 'Dodaj do rejestru' }).click();
    await dialog.getByText('Dodano do rejestru i wybrano: Klub Szachowy Goniec.').waitFor();
    const found = await call(coordinator.request, 'GET', '/api/beneficiaries?q=Goniec');
    expect(found.items.map((item: { name: string }) => item.name)).toContain('Klub Szachowy Goniec');
    await page.keyboard.press('Escape');
    await check('console-calendar-day');
  });

  it('gives the coordinator a private calendar address that a calendar program can read', async () => {
    await openConsole(page, '/console/calendar', 'Kalendarz sal');
    await page.getByRole('button', { name: 'Utwórz nowy prywatny adres' }).click();
    const address = page.getByLabel('Adres do subskrypcji');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/feeds\/[A-Za-z0-9_-]+\/calendar\.ics$/);
    await check('console-calendar-feed');
    const feed = await page.request.get(new URL(new URL(url).pathname, page.url()).toString());
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/^Civitas: /);
    await page.getByRole('button', { name: 'Wyłącz prywatny adres' }).click();
    await page.getByText('Prywatny adres już nie działa.').waitFor();
    expect((await page.request.get(new URL(new URL(url).pathname, page.url()).toString())).status()).toBe(
      404,
    );
  });

  it('switches the console to English and back', async () => {
    await openConsole(page, '/console/approvals', 'Wnioski do decyzji');
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Console sections' });
    await nav.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('link', { name: 'Download PDF' }).waitFor();
    await check('console-reports-en');
    await page.getByRole('button', { name: /^Polski/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Raporty' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
  });

  it('does the day’s work in English: approvals, attendance, a headcount and a booking from the calendar', async () => {
    const day = await openDay(coordinator.request, centerId, 8);
    const ask = (title: string, from: string, to: string) =>
      call(member.request, 'POST', '/api/bookings', {
        roomId,
        beneficiaryId: fundacjaId,
        title,
        start: at(day, from),
        end: at(day, to),
        expectedAttendees: 8,
        purpose: 'Annual general meeting',
        termsAccepted: true,
      });
    const approved = await ask('Board meeting of the foundation', '10:00', '12:00');
    const rejected = await ask('Choir rehearsal', '14:00', '16:00');

    await openConsole(page, '/console/approvals', 'Wnioski do decyzji');
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    // The choice is kept: the page opens in English again (and no button is mid-transition for axe).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const card = page.getByRole('article', { name: approved.title, exact: true });
    await card.getByText(/^Asked by: .+, /).waitFor();
    await card.getByText('Purpose: Annual general meeting').waitFor();
    // The date is written the English way (no Polish month names).
    const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'Europe/Warsaw' }).format(
      new Date(`${day}T12:00:00Z`),
    );
    expect(await card.textContent()).toContain(month);
    await check('console-approvals-en');
    await page.getByRole('button', { name: `Approve: ${approved.title}` }).click();
    await page.getByRole('status').getByText(`Approved: ${approved.title}.`).waitFor();
    await page.getByRole('button', { name: `Reject: ${rejected.title}` }).click();
    await page.getByRole('button', { name: 'Reject the request' }).click();
    await page.getByText('Write the reason: the requester gets it by e-mail.').waitFor();
    await check('console-approvals-reason-en');
    await page.getByLabel('Reason for rejecting').fill('The room is taken by an event of the centre.');
    await page.getByRole('button', { name: 'Reject the request' }).click();
    await page.getByRole('status').getByText(`Rejected: ${rejected.title}.`).waitFor();
    expect((await call(coordinator.request, 'GET', `/api/bookings/${approved.id}`)).status).toBe('approved');
    expect((await call(coordinator.request, 'GET', `/api/bookings/${rejected.id}`)).status).toBe('rejected');

    // Attendance at the door.
    const now = Date.now();
    const activity = await call(coordinator.request, 'POST', '/api/activities', {
      centerId,
      kind: 'workshop',
      title: 'Workshop: writing a grant application',
      start: new Date(now - 20 * 60_000).toISOString(),
      end: new Date(now + 100 * 60_000).toISOString(),
      capacity: 2,
      published: true,
    });
    const beneficiaries = (
      await call(coordinator.request, 'GET', '/api/beneficiaries?kind=informal_group&limit=3')
    ).items;
    for (const beneficiary of beneficiaries)
      await call(coordinator.request, 'POST', `/api/activities/${activity.id}/registrations`, {
        beneficiaryId: beneficiary.id,
      });
    const [first, , third] = beneficiaries;
    await openConsole(page, `/console/activities/${activity.id}`, activity.title);
    const waiting = page
      .getByRole('table', { name: `Registrations for: ${activity.title} (in the order they came)` })
      .getByRole('row', { name: third.name });
    await expect(waiting.getByRole('cell').nth(2).textContent()).resolves.toContain('waitlisted');
    await page.getByRole('heading', { name: 'Attendance' }).waitFor();
    await page.getByLabel('Find a person on the list').fill(first.name.slice(0, 6).toLowerCase());
    await page.getByRole('button', { name: `Check in: ${first.name}` }).click();
    await page.getByRole('status').getByText(`Checked in: ${first.name}.`).waitFor();
    await page.getByText('Present from registrations: 1 of 2 seats').waitFor();
    await page.getByRole('button', { name: `Undo check-in: ${first.name}` }).waitFor();
    await page.getByLabel('Walk-ins').fill('2');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.getByRole('status').getByText('Attendance recorded: 3 participants.').waitFor();
    await page.getByRole('link', { name: 'Attendance list to print (PDF)' }).waitFor();
    await check('console-activity-en');
    const view = await call(coordinator.request, 'GET', `/api/activities/${activity.id}/check-in`);
    expect(view.totals).toMatchObject({ attendedSeats: 1, walkIns: 2, participants: 3 });

    // Yesterday's lending gets its headcount from today's overview.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const lending = await call(coordinator.request, 'POST', '/api/bookings', {
      roomId,
      beneficiaryId: fundacjaId,
      title: 'Residents’ association meeting',
      start: at(yesterday, '07:00'),
      end: at(yesterday, '08:00'),
      expectedAttendees: 9,
      override: true,
    });
    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Today at the centre', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Today at the centre' }).waitFor();
    await page.getByRole('textbox', { name: `People who came: ${lending.title}` }).fill('12');
    await page
      .getByRole('form', { name: `People who came: ${lending.title}` })
      .getByRole('button', { name: 'Save' })
      .click();
    await page.getByText(`${lending.title}: 12 people recorded.`).waitFor();
    await check('console-today-en');
    expect(await call(coordinator.request, 'GET', `/api/bookings/${lending.id}`)).toMatchObject({
      status: 'completed',
      attendees: 12,
    });

    // A booking from a free hour of the calendar, then cancelled there.
    const rooms = await call(coordinator.request, 'GET', `/api/rooms?centerId=${centerId}`);
    const room = rooms.items.find((candidate: { id: string }) => candidate.id === roomId);
    await openConsole(page, '/console/calendar', 'Room calendar');
    await page.getByLabel('Room', { exact: true }).selectOption(roomId);
    await page.getByLabel('Week containing').fill(day);
    const dayName = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'Europe/Warsaw',
    }).format(new Date(`${day}T12:00:00Z`));
    const slot = page.getByRole('button', { name: new RegExp(`^Book: ${room.name}, ${dayName}, `) }).last();
    const hour = ((await slot.getAttribute('aria-label')) ?? '').slice(-5);
    await slot.click();
    const dialog = page.getByRole('dialog', { name: 'New room booking' });
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await dialog.getByText('This field is required.').first().waitFor();
    await dialog.getByLabel('Search: Beneficiary').fill('Zielony');
    const picker = dialog.getByRole('combobox', { name: 'Beneficiary', exact: true });
    const option = picker.locator('option', { hasText: 'Fundacja Zielony Kraków (organization)' });
    await option.waitFor({ state: 'attached' });
    await picker.selectOption((await option.getAttribute('value')) ?? '');
    await dialog.getByLabel('Name of the meeting').fill('Phone duty of the foundation');
    await dialog.getByLabel('Expected attendees').fill('5');
    await check('console-calendar-new-booking-en');
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').getByText('Booked: Phone duty of the foundation.').waitFor();
    await page.getByRole('button', { name: new RegExp(`^${hour}–.* Phone duty of the foundation`) }).click();
    await page
      .getByRole('dialog', { name: 'Phone duty of the foundation' })
      .getByRole('button', { name: 'Cancel the booking' })
      .click();
    await page.getByRole('status').getByText('Cancelled: Phone duty of the foundation.').waitFor();

    await page.getByRole('button', { name: /^Polski/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kalendarz sal' }).waitFor();
  });

  it('passes axe on every other page of the console', async () => {
    const offer = await call(coordinator.request, 'POST', '/api/volunteer-offers', {
      organizationId: fundacjaId,
      title: 'Pomoc przy festynie sąsiedzkim',
      skills: ['event_support', 'photography'],
      volunteersNeeded: 3,
    });
    const initiative = await call(coordinator.request, 'POST', '/api/initiatives', {
      beneficiaryId: fundacjaId,
      title: 'Ogród społeczny na Czarnej Wsi',
    });
    const article = await call(coordinator.request, 'POST', '/api/articles', {
      title: 'Jak założyć fundację?',
      body: '## Krok po kroku\n\n1. Akt założycielski\n2. Statut\n3. Wpis do **KRS**',
      category: 'Prawo',
      tags: ['fundacja'],
      visibility: 'public',
    });
    const pages: [string, string | RegExp, string][] = [
      ['/console/today', 'Dziś w centrum', 'console-today'],
      ['/console/calendar', 'Kalendarz sal', 'console-calendar'],
      ['/console/registry', 'Rejestr beneficjentów', 'console-registry'],
      [`/console/registry/${fundacjaId}`, 'Fundacja Zielony Kraków', 'console-beneficiary'],
      ['/console/activities', 'Wydarzenia i szkolenia', 'console-activities'],
      ['/console/advisors', 'Kalendarze doradców', 'console-advisors'],
      ['/console/volunteering', 'Wolontariat', 'console-volunteering'],
      [`/console/volunteering/${offer.id}`, offer.title, 'console-offer'],
      ['/console/knowledge', 'Baza wiedzy – redakcja', 'console-knowledge'],
      ['/console/mail', 'Poczta centrum', 'console-mail'],
      [`/console/knowledge/${article.id}`, 'Edycja artykułu', 'console-article'],
      ['/console/incubation', 'Inkubator inicjatyw', 'console-incubation'],
      [`/console/incubation/${initiative.id}`, initiative.title, 'console-initiative'],
    ];
    for (const [path, heading, name] of pages) {
      await openConsole(page, path, heading);
      await page
        .getByRole('status')
        .filter({ hasText: 'Wczytywanie' })
        .first()
        .waitFor({ state: 'detached' });
      await check(name);
    }

    // The registry warns of a duplicate while the name is typed.
    await openConsole(page, '/console/registry', 'Rejestr beneficjentów');
    await page.getByRole('button', { name: 'Nowy beneficjent' }).click();
    await page.getByLabel('Nazwa').fill('Fundacja Zielony Krakow');
    await page.getByText('Możliwe duplikaty').waitFor();
    await page.getByRole('link', { name: 'Fundacja Zielony Kraków' }).first().waitFor();
    await check('console-registry-new');

    // The server's sanitized rendering is the preview.
    await openConsole(page, `/console/knowledge/${article.id}`, 'Edycja artykułu');
    await page
      .getByRole('region', { name: 'Podgląd' })
      .getByRole('heading', { name: 'Krok po kroku' })
      .waitFor();
  });
});
