import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf.ts';
import { startDemo } from './browser.ts';
import { call, openConsole, signedInContext } from './console-fixtures.ts';
import { check as checkPage } from './public-fixtures.ts';

/**
 * The statutory report on the public task as Reymonta's coordinator: the demo agreement and its
 * draft for the last quarter, what the data filled (the same figures as the summary) and what is
 * left to write, a narrative and a cost written and saved, both files downloaded and read back
 * (DOCX with mammoth, PDF with pdf.js), a new draft made; the city's observer reads without
 * editing; in English too. axe on each state.
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
let coordinator: BrowserContext;
let page: Page;

beforeAll(async () => {
  demo = await startDemo();
  coordinator = await signedInContext(demo.browser, demo.baseUrl, 'koordynator@civitas.demo');
  page = await coordinator.newPage();
});
afterAll(async () => {
  await coordinator?.close();
  await demo?.stop();
});

const check = (name: string) => checkPage(page, name);

async function loaded(on: Page = page) {
  await on
    .getByRole('status')
    .filter({ hasText: /Wczytywanie|Loading/ })
    .first()
    .waitFor({ state: 'detached' });
}

async function downloaded(name: string | RegExp): Promise<{ filename: string; body: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).first().click(),
  ]);
  return { filename: download.suggestedFilename(), body: readFileSync(await download.path()) };
}

const RESULTS = 'Centrum wsparło organizacje z Krowodrzy i Bronowic; sale były zajęte w każdy dzień roboczy.';

describe('the statutory report screens', () => {
  it('show the demo draft, what the data filled and what is left, save what is written, and download both files', async () => {
    const { items } = await call(coordinator.request, 'GET', '/api/public-task-reports');
    const draft = items[0];
    expect(items).toHaveLength(1);
    const summary = await call(
      coordinator.request,
      'GET',
      `/api/reports/summary?from=${draft.from}&to=${draft.to}&centerId=${draft.centerId}`,
    );

    await openConsole(page, '/console/public-task-reports', 'Sprawozdania z wykonania zadania publicznego');
    await loaded();
    const card = page.getByRole('region', { name: /^Umowa: Umowa na prowadzenie Centrum Obywatelskiego/ });
    const row = card
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /^Sprawozdanie częściowe/ }) });
    // The demo wrote the agreement's number and date, the costs, II.4 and Part III: four fields are left.
    expect(await row.textContent()).toContain('4 pola');
    await check('console-public-task-reports');

    await row.getByRole('link', { name: /^Sprawozdanie częściowe/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Sprawozdanie częściowe/ }).waitFor();
    const fromData = page.getByRole('region', { name: 'Wypełnione z danych (część I)' });
    const lendings = fromData
      .getByRole('table', { name: 'Zrealizowane działania' })
      .getByRole('row')
      .filter({ hasText: 'Udostępnianie sal' });
    const cells = await lendings.getByRole('cell').allTextContents();
    expect(Number((cells[2] ?? '').split(' ')[0]?.replace(/\s/g, ''))).toBe(summary.rooms.lendings);
    expect(Number((cells[3] ?? '').replace(/\s/g, ''))).toBe(summary.rooms.people);
    const checklist = page.getByRole('region', { name: 'Co zostało do wpisania' });
    expect(await checklist.textContent()).toContain('1. Opis osiągniętych rezultatów: do uzupełnienia');
    await check('console-public-task-report');

    await page.getByLabel('1. Opis osiągniętych rezultatów').fill(RESULTS);
    await page.getByRole('button', { name: 'Dodaj koszt' }).click();
    const cost = page.getByRole('group', { name: 'Koszt 7' });
    await cost.getByLabel('Rodzaj kosztu').fill('Druk ulotek');
    await cost.getByLabel('Dotacja').fill('120,50');
    await page.getByRole('button', { name: 'Zapisz sprawozdanie' }).click();
    await page.getByRole('status').getByText('Sprawozdanie zapisane.').waitFor();
    expect(await checklist.textContent()).toContain('1. Opis osiągniętych rezultatów: wpisane');
    const saved = await call(coordinator.request, 'GET', `/api/public-task-reports/${draft.id}`);
    expect(saved.fields.results).toBe(RESULTS);
    expect(saved.fields.expenses.at(-1)).toMatchObject({ name: 'Druk ulotek', grant: 120.5 });
    await check('console-public-task-report-saved');

    const docx = await downloaded('Pobierz DOCX (Word)');
    expect(docx.filename).toBe(`sprawozdanie-czesciowe-${draft.from}-${draft.to}.docx`);
    const text = (await mammoth.extractRawText({ buffer: docx.body })).value;
    expect(text).toContain(RESULTS);
    expect(text).toContain('Druk ulotek');
    expect(text).toContain('nie dotyczy');
    const pdf = await downloaded('Pobierz PDF');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pdfText(pdf.body)).replace(/\s+/g, ' ')).toContain(
      'Część II. Sprawozdanie z wykonania wydatków',
    );
  });

  it('make a new draft for the agreement, and show it in English', async () => {
    await openConsole(page, '/console/public-task-reports', 'Sprawozdania z wykonania zadania publicznego');
    await loaded();
    const form = page.getByRole('form', { name: 'Nowe sprawozdanie do tej umowy' });
    await form.getByLabel('Rodzaj sprawozdania').selectOption({ label: 'końcowe' });
    await form.getByRole('button', { name: 'Utwórz wersję roboczą' }).click();
    await page.getByRole('heading', { level: 1, name: /^Sprawozdanie końcowe/ }).waitFor();
    const checklist = page.getByRole('region', { name: 'Co zostało do wpisania' });
    expect(await checklist.textContent()).toContain('Numer umowy: do uzupełnienia');

    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Report \(final\)/ }).waitFor();
    // The pointer leaves the language button (its hover shade is no state to check).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Report \(final\)/ }).waitFor();
    await page.getByRole('region', { name: 'Filled from the data (Part I)' }).waitFor();
    await check('console-public-task-report-en');
    await page.getByRole('link', { name: '← All reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports on the public task' }).waitFor();
    await loaded();
    await check('console-public-task-reports-en');
    await page.getByRole('button', { name: /^Polski/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Sprawozdania z wykonania zadania publicznego' })
      .waitFor();
  });

  it('let the city read a draft without editing it', async () => {
    const city = await signedInContext(demo.browser, demo.baseUrl, 'urzad@civitas.demo');
    try {
      const observer = await city.newPage();
      await openConsole(
        observer,
        '/console/public-task-reports',
        'Sprawozdania z wykonania zadania publicznego',
      );
      await loaded(observer);
      await observer
        .getByRole('link', { name: /^Sprawozdanie częściowe/ })
        .first()
        .click();
      await observer.getByRole('heading', { level: 1, name: /^Sprawozdanie częściowe/ }).waitFor();
      await observer.getByText('Sprawozdanie edytuje koordynator centrum, którego dotyczy umowa.').waitFor();
      expect(await observer.getByRole('button', { name: 'Zapisz sprawozdanie' }).count()).toBe(0);
      expect(await observer.getByRole('form', { name: 'Nowe sprawozdanie do tej umowy' }).count()).toBe(0);
    } finally {
      await city.close();
    }
  });
});
