import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/lib/time.ts';
import { startDemo } from './browser.ts';
import { at, call, check, freeDay, open, settle, todayInWarsaw, visitor, ZONE } from './public-fixtures.ts';

/**
 * The member area in a real browser: a member requests a room (a rule and a clash on the way)
 * and a coordinator approves it in the console; a resident signs up, registers for a full
 * training, is waitlisted and is promoted when someone cancels; axe on every member page.
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
let coordinator: BrowserContext;
let member: BrowserContext;
let reymonta: string;

const dayLabel = (date: string) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${date}T12:00:00Z`),
  );

beforeAll(async () => {
  demo = await startDemo();
  coordinator = await visitor(demo.browser, demo.baseUrl, { email: 'koordynator@civitas.demo' });
  // The member's browser runs in New York: the app must still show and book Warsaw times.
  member = await visitor(demo.browser, demo.baseUrl, {
    email: 'czlonek@civitas.demo',
    timezoneId: 'America/New_York',
  });
  const me = await call(coordinator.request, 'GET', '/api/auth/me');
  reymonta = me.user.centerIds[0];
});
afterAll(async () => {
  await coordinator?.close();
  await member?.close();
  await demo?.stop();
});

describe('a member requests a room and a coordinator approves it', () => {
  let page: Page;
  let room: { id: string; centerId: string; name: string; capacity: number };
  let day: string;
  const title = 'Spotkanie wolontariuszy fundacji';

  beforeAll(async () => {
    page = await member.newPage();
    const rooms = await call(coordinator.request, 'GET', `/api/rooms?centerId=${reymonta}`);
    room = rooms.items.find((candidate: any) => candidate.name === 'Sala spotkań');
    expect(room.capacity).toBe(12);
    day = await freeDay(coordinator.request, room, '10:00', '14:00', 3);
    // Someone else has the room 10:00-12:00 that day.
    const registry = await call(coordinator.request, 'GET', '/api/beneficiaries?q=Bronowic');
    await call(coordinator.request, 'POST', '/api/bookings', {
      roomId: room.id,
      beneficiaryId: registry.items[0].id,
      title: 'Zebranie sąsiadów',
      start: at(day, '10:00'),
      end: at(day, '12:00'),
    });
  });

  it('finds the room and its free times', async () => {
    await open(page, `/rooms/${room.id}`, 'Sala spotkań');
    await page.getByRole('heading', { level: 2, name: 'Wolne terminy' }).waitFor();
    await check(page, 'member-room');
    await page.getByRole('link', { name: 'Poproś o tę salę' }).click();
    await settle(page, 'Poproś o salę');
    expect(await page.getByRole('combobox', { name: 'Sala', exact: true }).inputValue()).toBe(room.id);
  });

  it('shows a broken rule next to its field', async () => {
    await page.getByLabel(/^Dzień/).fill(day);
    await page.getByLabel('Od godziny').fill('11:00');
    await page.getByLabel('Do godziny').fill('13:00');
    await page.getByLabel('Nazwa spotkania').fill(title);
    await page
      .getByRole('textbox', { name: /^Cel spotkania/ })
      .fill('Spotkanie koordynatorów wolontariatu z wolontariuszami.');
    await page.getByLabel('Przewidywana liczba uczestników').fill('50');
    await page.getByLabel('Akceptuję regulamin korzystania z sal').check();
    await page.getByRole('button', { name: 'Wyślij prośbę' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText(/Przewidywana liczba uczestników: .*12/).waitFor();
    const attendees = page.getByLabel('Przewidywana liczba uczestników');
    expect(await attendees.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await attendees.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('request-expectedAttendees-error');
    await check(page, 'member-request-rule');
  });

  it('shows a clash with another booking at the time fields', async () => {
    await page.getByLabel('Przewidywana liczba uczestników').fill('10');
    await page.getByRole('button', { name: 'Wyślij prośbę' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Sala jest zajęta w tym czasie' });
    await alert.waitFor();
    await page.getByText('Zajęte: ').filter({ hasText: '10:00–12:00' }).waitFor();
    expect(await page.getByLabel('Od godziny').getAttribute('aria-invalid')).toBe('true');
    await check(page, 'member-request-conflict');
  });

  it('picks a free time from the list and sends the request', async () => {
    await page.getByRole('button', { name: new RegExp(`^Wybierz ${dayLabel(day)}, 12:00–`) }).click();
    expect(await page.getByLabel('Od godziny').inputValue()).toBe('12:00');
    await page.getByLabel('Do godziny').fill('14:00');
    await page.getByRole('button', { name: 'Wyślij prośbę' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Prośba wysłana' });
    await status.waitFor();
    expect(await status.textContent()).toContain('12:00–14:00');
    const bookings = await call(member.request, 'GET', `/api/bookings?roomId=${room.id}&status=pending`);
    const mine = bookings.items.find((booking: any) => booking.title === title);
    expect([mine.start, mine.end]).toEqual([at(day, '12:00'), at(day, '14:00')]);
    await page.getByRole('link', { name: 'Zobacz moje rezerwacje' }).click();
    await settle(page, 'Moje rezerwacje');
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByText('Oczekuje na decyzję').waitFor();
    await check(page, 'member-bookings-pending');
  });

  it('is approved by the coordinator in the console', async () => {
    const staff = await coordinator.newPage();
    await open(staff, '/console/approvals', 'Wnioski do decyzji');
    await staff.getByRole('button', { name: `Zatwierdź: ${title}` }).click();
    await staff.getByRole('status').getByText(`Zatwierdzono: ${title}.`).waitFor();
    await staff.close();

    await page.reload();
    await settle(page, 'Moje rezerwacje');
    await page.getByRole('row').filter({ hasText: title }).getByText('Zatwierdzona').waitFor();
    await check(page, 'member-bookings-approved');
  });

  it('cancels the booking by keyboard alone', async () => {
    await page.getByRole('button', { name: new RegExp(`^Anuluj rezerwację: ${title}`) }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Anulować rezerwację?' });
    await dialog.waitFor();
    await dialog.getByLabel('Powód (nieobowiązkowy)').focus();
    await page.keyboard.type('Zmiana planów.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(
      await dialog.getByRole('button', { name: 'Tak, anuluj' }).evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`Anulowano: ${title}.`).waitFor();
    await page.getByRole('row').filter({ hasText: title }).getByText('Anulowana').waitFor();
  });
});

describe('a resident registers for a full training, is waitlisted and then promoted', () => {
  const title = 'Szkolenie: Fundraising dla początkujących';
  const email = `ewa.nowicka.${Date.now()}@example.org`;
  let activityId: string;
  let firstRegistration: string;
  let resident: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const day = addDays(todayInWarsaw(), 5);
    const activity = await call(coordinator.request, 'POST', '/api/activities', {
      centerId: reymonta,
      kind: 'training',
      title,
      description: 'Jak pozyskać pierwsze środki na działania organizacji.',
      start: at(day, '17:00'),
      end: at(day, '19:00'),
      capacity: 1,
      published: true,
    });
    activityId = activity.id;
    const registry = await call(coordinator.request, 'GET', '/api/beneficiaries?q=Agora');
    const registration = await call(
      coordinator.request,
      'POST',
      `/api/activities/${activityId}/registrations`,
      {
        beneficiaryId: registry.items[0].id,
      },
    );
    expect(registration.status).toBe('registered');
    firstRegistration = registration.id;
    resident = await visitor(demo.browser, demo.baseUrl);
    page = await resident.newPage();
  });
  afterAll(() => resident?.close());

  it('finds the training full in the calendar', async () => {
    await open(page, '/calendar', 'Kalendarz wydarzeń');
    await page.getByRole('link', { name: title }).click();
    await settle(page, title);
    await page.getByText('Brak miejsc – zapis na listę rezerwową').waitFor();
    await check(page, 'public-activity-full');
  });

  it('signs up from the training page and comes back to it', async () => {
    await page.getByRole('link', { name: 'Zaloguj się, aby się zapisać' }).click();
    await settle(page, 'Logowanie');
    await page.getByRole('link', { name: 'Załóż konto' }).last().click();
    await settle(page, 'Załóż konto');
    await page.getByLabel('Imię i nazwisko').fill('Ewa Nowicka');
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByLabel('Hasło').fill('krotkie');
    await page.getByRole('button', { name: 'Załóż konto' }).click();
    await page.getByRole('alert').getByText('Hasło musi mieć co najmniej 10 znaków.').waitFor();
    await check(page, 'public-sign-up-errors');
    await page.getByLabel('Hasło').fill('haslo-do-testow');
    await page.getByRole('button', { name: 'Załóż konto' }).click();
    await page.getByRole('status').getByText('Sprawdź skrzynkę pocztową').waitFor();
    await check(page, 'public-sign-up-sent');

    // The link from the mail, opened in another tab as from a mail program.
    const admin = await visitor(demo.browser, demo.baseUrl, { email: 'admin@civitas.demo' });
    const outbox = await call(admin.request, 'GET', `/api/outbox?to=${encodeURIComponent(email)}`);
    await admin.close();
    const mail = outbox.items.find((item: any) => item.kind === 'verify_email');
    const link = new URL(mail.text.match(/https?:\/\/\S+/)[0]);
    const mailTab = await resident.newPage();
    await open(mailTab, `${link.pathname}${link.search}`, 'Potwierdzenie adresu e-mail');
    await mailTab.getByRole('status').getByText('Adres potwierdzony').waitFor();
    await check(mailTab, 'public-verify-email');
    await mailTab.close();

    await page.getByRole('link', { name: 'Potwierdzone? Zaloguj się' }).click();
    await settle(page, 'Logowanie');
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByLabel('Hasło').fill('haslo-do-testow');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await settle(page, title);
  });

  it('registers herself with one click as a private person, and joins the waiting list', async () => {
    // No beneficiary yet: the record of a private person is made on the way.
    await page.getByText('Zapisz siebie jednym kliknięciem').waitFor();
    await check(page, 'public-activity-register-myself');
    await page.getByRole('button', { name: 'Zapisz mnie (Ewa Nowicka, osoba prywatna)' }).click();
    await page.getByRole('status').getByText('Ewa Nowicka: lista rezerwowa, miejsce 1.').waitFor();
    await page.getByText('miejsce 1 na liście rezerwowej').waitFor();
    await check(page, 'public-activity-waitlisted');
    const mine = await call(resident.request, 'GET', '/api/beneficiaries');
    expect(mine.items.map((item: { name: string; kind: string }) => [item.name, item.kind])).toEqual([
      ['Ewa Nowicka', 'individual'],
    ]);
  });

  it('is promoted when the registered participant cancels', async () => {
    const cancelled = await call(
      coordinator.request,
      'POST',
      `/api/activities/${activityId}/registrations/${firstRegistration}/cancel`,
      { reason: 'Choroba' },
    );
    expect(cancelled.promoted).toHaveLength(1);

    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Moje konto' })
      .click();
    await settle(page, 'Moje konto');
    await page
      .getByRole('navigation', { name: 'Moje konto – sekcje' })
      .getByRole('link', { name: 'Moje zapisy' })
      .click();
    await settle(page, 'Moje zapisy');
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByText('Zapisano').waitFor();
    await row.getByText('Przeniesiono z listy rezerwowej').waitFor();
    await check(page, 'member-registrations');
  });
});

describe('the member area', () => {
  let page: Page;
  beforeAll(async () => {
    page = await member.newPage();
  });

  it('passes axe on every page', async () => {
    const pages: [string, string, string][] = [
      ['member-overview', '/my', 'Moje konto'],
      ['member-organizations', '/my/organizations', 'Moje organizacje i grupy'],
      ['member-request', '/my/bookings/new', 'Poproś o salę'],
      ['member-bookings', '/my/bookings', 'Moje rezerwacje'],
      ['member-appointments', '/my/appointments', 'Moje konsultacje'],
      ['member-book-appointment', '/my/appointments/new', 'Umów konsultację'],
      ['member-volunteering', '/my/volunteering', 'Wolontariat'],
      ['member-data', '/my/data', 'Moje dane'],
      ['member-security', '/my/security', 'Bezpieczeństwo konta'],
    ];
    for (const [name, path, heading] of pages) {
      await open(page, path, heading);
      await check(page, name);
    }
  });

  it('passes axe on every page in English', async () => {
    const context = await visitor(demo.browser, demo.baseUrl, {
      email: 'czlonek@civitas.demo',
      language: 'en',
    });
    const english = await context.newPage();
    const pages: [string, string][] = [
      ['/my', 'My account'],
      ['/my/organizations', 'My organisations and groups'],
      ['/my/organizations/new', 'Add an organisation, a group or yourself'],
      ['/my/bookings/new', 'Request a room'],
      ['/my/bookings', 'My bookings'],
      ['/my/registrations', 'My registrations'],
      ['/my/appointments', 'My appointments'],
      ['/my/appointments/new', 'Book an advice appointment'],
      ['/my/volunteering', 'Volunteering'],
      ['/my/data', 'My data'],
      ['/my/security', 'Account security'],
    ];
    for (const [path, heading] of pages) {
      await open(english, path, heading);
      expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
      await check(english, `member-${path === '/my' ? 'overview' : path.slice(4).replace(/\//g, '-')}-en`);
    }
    await context.close();
  });

  it("books an advice appointment at a free time in the advisor's hours", async () => {
    await open(page, '/my/appointments', 'Moje konsultacje');
    await page.getByRole('link', { name: 'Umów konsultację' }).click();
    await page.getByRole('heading', { name: 'Umów konsultację', level: 1 }).waitFor();
    // Sent empty: the app's own summary names what is missing.
    await page.getByRole('button', { name: 'Umów spotkanie' }).click();
    await page.getByRole('link', { name: /Dla kogo/ }).waitFor();
    await page.getByLabel('Dla kogo').selectOption({ index: 1 });
    await page.getByLabel('Doradca').selectOption({ index: 1 });
    const slot = page.getByLabel('Termin');
    await slot.waitFor();
    await slot.selectOption({ index: 1 });
    const chosen = await slot.inputValue();
    await page.getByLabel('Temat').fill('Wniosek o dotację z budżetu obywatelskiego');
    await check(page, 'member-book-appointment-filled');
    await page.getByRole('button', { name: 'Umów spotkanie' }).click();
    await page
      .getByRole('status')
      .getByText(/^Umówiono: .*temat: Wniosek o dotację z budżetu obywatelskiego\.$/)
      .waitFor();
    const mine = await (await page.request.get(`${demo.baseUrl}/api/appointments?limit=200`)).json();
    const booked = mine.items.find(
      (item: { topic: string }) => item.topic === 'Wniosek o dotację z budżetu obywatelskiego',
    );
    expect(booked).toMatchObject({ status: 'booked', start: chosen });
    expect(Date.parse(booked.end) - Date.parse(booked.start)).toBe(60 * 60_000);
  });

  it('registers an organization with its number errors next to the fields', async () => {
    await open(page, '/my/organizations/new', 'Dodaj organizację, grupę lub siebie');
    await page.getByLabel('Nazwa').fill('Fundacja Zielony Kraków');
    await page.getByLabel(/Numer KRS/).fill('0000300000');
    await page.getByLabel(/^NIP/).fill('123');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByRole('alert').getByText(/NIP/).waitFor();
    expect(await page.getByLabel(/^NIP/).getAttribute('aria-invalid')).toBe('true');

    // A KRS already in the registry: 409, said at the KRS field.
    await page.getByLabel(/^NIP/).fill('');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/poproś koordynatora centrum/)
      .waitFor();
    expect(await page.getByLabel(/Numer KRS/).getAttribute('aria-invalid')).toBe('true');
    await check(page, 'member-new-organization-errors');

    // A new group with a name alike to one in the registry: added, with the look-alikes listed.
    await page.getByRole('radio', { name: 'Grupę nieformalną' }).check();
    await page.getByLabel('Nazwa').fill('Fundacja Zielony Krakow');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByRole('status').getByText('Dodano: Fundacja Zielony Krakow.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Fundacja Zielony Kraków' }).waitFor();
    await check(page, 'member-new-organization-duplicates');
  });

  it('refuses a password change with a wrong current password, saying so at the field', async () => {
    await open(page, '/my/security', 'Bezpieczeństwo konta');
    await expect.poll(() => page.getByText('ta sesja').count()).toBe(1);
    await page.getByLabel('Obecne hasło').fill('to nie jest moje hasło');
    await page.getByLabel('Nowe hasło').fill('wiosenny spacer nad Wisłą');
    await page.getByRole('button', { name: 'Zmień hasło' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Obecne hasło/);
    await check(page, 'member-security-error');
  });

  it('downloads the data of a beneficiary', async () => {
    await open(page, '/my/data', 'Moje dane');
    const link = page.getByRole('link', { name: 'Pobierz dane: Fundacja Zielony Kraków' });
    const href = (await link.getAttribute('href')) ?? '';
    const response = await member.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain('attachment');
    const data = await response.json();
    expect(data.beneficiary.name).toBe('Fundacja Zielony Kraków');
  });
});
