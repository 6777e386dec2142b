import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../src/lib/time.ts';
import { expectAccessible } from './axe.ts';
import { SCREENSHOTS, startDemo } from './browser.ts';
import { at, call, openConsole, signedInContext, ZONE } from './console-fixtures.ts';

/**
 * The console adapts to the role: the observer's network reports, the advisor's own calendar;
 * in Polish and in English.
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await demo?.stop();
});

async function contextOf(email: string) {
  const context = await signedInContext(demo.browser, demo.baseUrl, email);
  contexts.push(context);
  return context;
}

describe('the console by role', () => {
  it('shows an observer the network reports side by side, and no registry', async () => {
    const observer = await contextOf('urzad@civitas.demo');
    const page = await observer.newPage();
    await openConsole(page, '/console', 'Raporty');
    const centers = (await call(observer.request, 'GET', '/api/centers')).items;
    const summary = page.getByRole('table', { name: /Wskaźniki od/ });
    for (const center of centers) await summary.getByRole('columnheader', { name: center.name }).waitFor();
    await summary.getByRole('columnheader', { name: 'Cała sieć' }).waitFor();
    await page.getByLabel('Tekst do skopiowania').waitFor();
    await page.getByRole('heading', { name: 'Wskaźniki umów' }).waitFor();
    await page.getByRole('table', { name: 'Obłożenie sal: dzień tygodnia × godzina' }).waitFor();
    await expectAccessible(page, 'console-observer-reports');
    await page.screenshot({ path: join(SCREENSHOTS, 'console-observer-reports.png'), fullPage: true });

    // Only the reports and the statutory reports in the navigation, and the registry is refused.
    expect(
      await page
        .getByRole('navigation', { name: 'Sekcje panelu obsługi' })
        .getByRole('link')
        .allTextContents(),
    ).toEqual(['Raporty', 'Sprawozdania z zadania', 'Moje konto i hasło']);
    expect(await page.getByRole('link', { name: 'Rejestr beneficjentów' }).count()).toBe(0);
    await openConsole(page, '/console/registry', 'Brak dostępu');
    await page
      .getByRole('alert')
      .getByText('Twoja rola nie daje dostępu do tej części panelu.', { exact: false })
      .waitFor();
    await expectAccessible(page, 'console-observer-no-access');
    const status = await page.evaluate(async () => (await fetch('/api/beneficiaries')).status);
    expect(status).toBe(403);
    // Nor the import screen.
    expect(await page.getByRole('link', { name: 'Import danych' }).count()).toBe(0);
    await openConsole(page, '/console/imports', 'Brak dostępu');
    expect(await page.evaluate(async () => (await fetch('/api/imports')).status)).toBe(403);
  });

  it('lets an advisor keep its own availability and complete an appointment with notes', async () => {
    const admin = await contextOf('admin@civitas.demo');
    const advisorContext = await contextOf('doradca@civitas.demo');
    const me = (await call(advisorContext.request, 'GET', '/api/auth/me')).user;
    const centers = (await call(admin.request, 'GET', '/api/centers')).items;
    let advisor = (await call(admin.request, 'GET', '/api/advisors?includeInactive=true')).items.find(
      (candidate: any) => candidate.userId === me.id,
    );
    advisor ??= await call(admin.request, 'POST', '/api/advisors', {
      userId: me.id,
      specialties: ['legal'],
      centerIds: [centers[0].id],
    });
    const centerId = advisor.centerIds[0];

    const page = await advisorContext.newPage();
    await openConsole(page, '/console', 'Moje konsultacje');
    expect(await page.getByRole('link', { name: 'Raporty' }).count()).toBe(0);

    // A window in an early hour a few weeks ahead, so it meets no window of the demo.
    const day = addDays(localDate(new Date(), ZONE), 30);
    await page.getByRole('link', { name: 'Moja dostępność' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moja dostępność' }).waitFor();
    const form = page.getByRole('region', { name: 'Okna dostępności' });
    await form.getByLabel('Centrum').selectOption(centerId);
    await form.getByLabel(/^Data( \*)?$/).fill(day);
    await form.getByLabel(/^Od( \*)?$/).fill('06:00');
    await form.getByLabel(/^Do( \*)?$/).fill('07:30');
    await form.getByRole('button', { name: 'Dodaj' }).click();
    await page.getByRole('status').getByText('Dodano okno dostępności.').waitFor();
    await page.getByLabel('Od dnia').fill(addDays(day, -1));
    await page
      .getByRole('button', { name: /^Usuń okno/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'console-advisor-availability');
    await page.screenshot({ path: join(SCREENSHOTS, 'console-advisor-availability.png'), fullPage: true });

    // An appointment that already happened (recorded by the advisor from paper) is completed with notes.
    const past = addDays(localDate(new Date(), ZONE), -7);
    await call(advisorContext.request, 'POST', `/api/advisors/${advisor.id}/availability`, {
      centerId,
      start: at(past, '06:00'),
      end: at(past, '08:00'),
    });
    const beneficiary = (await call(admin.request, 'GET', '/api/beneficiaries?kind=organization&limit=1'))
      .items[0];
    const appointment = await call(advisorContext.request, 'POST', '/api/appointments', {
      advisorId: advisor.id,
      beneficiaryId: beneficiary.id,
      kind: 'consulting',
      topic: 'Statut stowarzyszenia',
      start: at(past, '06:30'),
      end: at(past, '07:30'),
    });
    await page.getByRole('link', { name: 'Moje konsultacje' }).click();
    const card = page
      .getByRole('article', { name: new RegExp(beneficiary.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .filter({
        hasText: 'Statut stowarzyszenia',
      });
    await card.getByRole('button', { name: 'Odbyła się' }).click();
    await card
      .getByLabel('Notatki')
      .fill('Omówiono zmiany w statucie; do przygotowania uchwała walnego zebrania.');
    await card.getByRole('button', { name: 'Zapisz jako odbytą' }).click();
    await page
      .getByRole('status')
      .getByText('Konsultacja „Statut stowarzyszenia” zapisana jako odbyta.')
      .waitFor();
    const answer = await call(advisorContext.request, 'GET', `/api/appointments/${appointment.id}`);
    expect(answer.status).toBe('completed');
    expect(answer.notes).toContain('uchwała walnego zebrania');
    await expectAccessible(page, 'console-advisor-appointments');

    await page.getByRole('link', { name: 'Procesy i cele' }).click();
    await page.getByRole('heading', { level: 1, name: 'Procesy coachingowe i mentoringowe' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Wczytywanie' }).first().waitFor({ state: 'detached' });
    await expectAccessible(page, 'console-advisor-engagements');
  });

  it('does the same in English: the observer’s reports, the advisor’s availability and appointments', async () => {
    const observer = await contextOf('urzad@civitas.demo');
    await observer.addInitScript(() => localStorage.setItem('civitas.language', 'en'));
    const page = await observer.newPage();
    await openConsole(page, '/console', 'Reports');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const centers = (await call(observer.request, 'GET', '/api/centers')).items;
    const summary = page.getByRole('table', { name: /^Figures from / });
    for (const center of centers) await summary.getByRole('columnheader', { name: center.name }).waitFor();
    await summary.getByRole('columnheader', { name: 'Whole network' }).waitFor();
    await summary.getByRole('rowheader', { name: 'Room lendings' }).waitFor();
    await page.getByLabel('Text to copy').waitFor();
    await page.getByRole('heading', { name: 'Indicators of the agreements' }).waitFor();
    await page.getByRole('table', { name: 'Room occupancy: weekday × hour' }).waitFor();
    await page.getByRole('link', { name: 'Download PDF' }).waitFor();
    await expectAccessible(page, 'console-observer-reports-en');
    await page.screenshot({ path: join(SCREENSHOTS, 'console-observer-reports-en.png'), fullPage: true });
    expect(
      await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link').allTextContents(),
    ).toEqual(['Reports', 'Public task reports', 'My account and password']);
    await openConsole(page, '/console/registry', 'No access');
    await page
      .getByRole('alert')
      .getByText('Your role does not open this part of the console.', { exact: false })
      .waitFor();
    await expectAccessible(page, 'console-observer-no-access-en');
    await page.close();

    const admin = await contextOf('admin@civitas.demo');
    const advisorContext = await contextOf('doradca@civitas.demo');
    await advisorContext.addInitScript(() => localStorage.setItem('civitas.language', 'en'));
    const me = (await call(advisorContext.request, 'GET', '/api/auth/me')).user;
    const advisor = (await call(admin.request, 'GET', '/api/advisors?includeInactive=true')).items.find(
      (candidate: any) => candidate.userId === me.id,
    );
    const centerId = advisor.centerIds[0];
    const advisorPage = await advisorContext.newPage();
    await openConsole(advisorPage, '/console', 'My appointments');
    const day = addDays(localDate(new Date(), ZONE), 31);
    await advisorPage.getByRole('link', { name: 'My availability' }).click();
    await advisorPage.getByRole('heading', { level: 1, name: 'My availability' }).waitFor();
    const form = advisorPage.getByRole('region', { name: 'Availability windows' });
    await form.getByLabel('Centre').selectOption(centerId);
    await form.getByLabel(/^Date( \*)?$/).fill(day);
    await form.getByLabel(/^From( \*)?$/).fill('06:00');
    await form.getByLabel(/^To( \*)?$/).fill('07:30');
    await form.getByRole('button', { name: 'Add' }).click();
    await advisorPage.getByRole('status').getByText('Window added.').waitFor();
    await advisorPage.getByLabel('From the day').fill(addDays(day, -1));
    await advisorPage
      .getByRole('button', { name: /^Remove the window / })
      .first()
      .waitFor();
    await expectAccessible(advisorPage, 'console-advisor-availability-en');
    await advisorPage.screenshot({
      path: join(SCREENSHOTS, 'console-advisor-availability-en.png'),
      fullPage: true,
    });

    const past = addDays(localDate(new Date(), ZONE), -8);
    await call(advisorContext.request, 'POST', `/api/advisors/${advisor.id}/availability`, {
      centerId,
      start: at(past, '06:00'),
      end: at(past, '08:00'),
    });
    const beneficiary = (await call(admin.request, 'GET', '/api/beneficiaries?kind=organization&limit=1'))
      .items[0];
    const appointment = await call(advisorContext.request, 'POST', '/api/appointments', {
      advisorId: advisor.id,
      beneficiaryId: beneficiary.id,
      kind: 'mentoring',
      topic: 'Fundraising plan',
      start: at(past, '06:30'),
      end: at(past, '07:30'),
    });
    await advisorPage.getByRole('link', { name: 'My appointments' }).click();
    await advisorPage.getByRole('heading', { level: 1, name: 'My appointments' }).waitFor();
    const card = advisorPage.getByRole('article').filter({ hasText: 'Fundraising plan' });
    // The kind of appointment is named in English.
    await card.getByText('mentoring: Fundraising plan').waitFor();
    await card.getByRole('button', { name: 'It took place' }).click();
    await card.getByLabel('Notes').fill('Agreed on three sources of funding to try first.');
    await card.getByRole('button', { name: 'Save as completed' }).click();
    await advisorPage.getByRole('status').getByText('Appointment “Fundraising plan” completed.').waitFor();
    expect((await call(advisorContext.request, 'GET', `/api/appointments/${appointment.id}`)).status).toBe(
      'completed',
    );
    await expectAccessible(advisorPage, 'console-advisor-appointments-en');

    await advisorPage.getByRole('link', { name: 'Engagements and goals' }).click();
    await advisorPage
      .getByRole('heading', { level: 1, name: 'Coaching and mentoring engagements' })
      .waitFor();
    await advisorPage
      .getByRole('status')
      .filter({ hasText: 'Loading' })
      .first()
      .waitFor({ state: 'detached' });
    await expectAccessible(advisorPage, 'console-advisor-engagements-en');
    await advisorPage.close();
  });
});
