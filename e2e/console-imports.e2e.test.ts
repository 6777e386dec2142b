import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from './browser.ts';
import { call, openConsole, signedInContext } from './console-fixtures.ts';
import { check as checkPage } from './public-fixtures.ts';

/**
 * The import screen as a coordinator: the example file downloaded, a registry file with an error
 * row and a duplicate checked (dry run), the error file downloaded, a corrected file checked and
 * committed; in English, a dry run and a commit refused because the registry changed since the
 * check, then checked again and committed; a workbook (XLSX) of the registry checked, its rows seen
 * while the page says it is checking them, and committed. Files are read back with csv-parse and
 * written with exceljs; axe on each state.
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

async function loaded() {
  await page
    .getByRole('status')
    .filter({ hasText: /Wczytywanie|Loading/ })
    .first()
    .waitFor({ state: 'detached' });
}

/** A CSV download's rows, read by csv-parse (BOM, `;` or `,`). */
async function downloaded(start: () => Promise<void>): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const text = readFileSync(await download.path()).toString('utf8');
  return {
    name: download.suggestedFilename(),
    rows: parse(text, { bom: true, delimiter: [';', ','], relax_column_count: true }),
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const csv = (rows: string[][]) =>
  Buffer.from(
    `${rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\r\n')}\r\n`,
  );

/**
 * Chooses the file and checks it; `whileChecking` runs while the server holds the answer back
 * (the request waits for it), to see the upload's progress and the "checking" state.
 */
async function upload(
  form: ReturnType<Page['locator']> | Page,
  name: string,
  rows: string[][] | Buffer,
  submit: string,
  whileChecking?: () => Promise<void>,
) {
  await form
    .getByLabel(/^(Plik \(CSV lub XLSX\)|File \(CSV or XLSX\))/)
    .setInputFiles(
      Buffer.isBuffer(rows)
        ? { name, mimeType: XLSX, buffer: rows }
        : { name, mimeType: 'text/csv', buffer: csv(rows) },
    );
  const before = page.url();
  if (whileChecking) {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let handled = Promise.resolve();
    await page.route('**/api/imports', (route) => {
      handled = (async () => {
        if (route.request().method() === 'POST') await released;
        await route.continue();
      })();
      return handled;
    });
    await form.getByRole('button', { name: submit }).click();
    try {
      await whileChecking();
    } finally {
      release();
      await handled;
      await page.unroute('**/api/imports');
    }
  } else {
    await form.getByRole('button', { name: submit }).click();
  }
  // Each check is an import of its own, at its own address.
  await page.waitForURL(
    (url) => url.toString() !== before && /\/console\/imports\/[^/]+$/.test(url.pathname),
  );
  await page.getByRole('heading', { level: 1, name: `Import: ${name}` }).waitFor();
}

/** A workbook as a spreadsheet program saves it: each sheet by name, its rows from the first. */
async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Runs `start` (which sends the file) with the server's answer to POST /api/imports held back
 * until `whileChecking` has run: the file has gone up and the server has answered, but the page
 * has not heard it yet, so it says the file is being checked. Held through Chromium's own
 * interception at the response stage (Playwright's routes hold a request before it is sent).
 */
async function answerHeld(start: () => Promise<void>, whileChecking: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const continued: Promise<unknown>[] = [];
  cdp.on('Fetch.requestPaused', (event) => {
    const held = event.request.method === 'POST' ? released : Promise.resolve();
    continued.push(held.then(() => cdp.send('Fetch.continueRequest', { requestId: event.requestId })));
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/api/imports', requestStage: 'Response' }] });
  try {
    await start();
    await whileChecking();
  } finally {
    release();
    await Promise.all(continued);
    await cdp.send('Fetch.disable');
    await cdp.detach();
  }
}

/** How long a poll waits for the page to show a new import (the machine may be busy). */
const WAIT = { timeout: 15_000 };

/** The check's counts as one line: "Wiersze 6 Do utworzenia 4 …". */
const counts = async () =>
  (
    await page
      .getByRole('list', { name: /Podsumowanie sprawdzenia|Summary of the check/ })
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => [...item.children].map((child) => child.textContent).join(' ')),
      )
  ).join(' ');
const rowOf = (number: number) =>
  page
    .getByRole('table', { name: /Wiersze pliku|Rows of the file/ })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(number), exact: true }) });

describe('the import screen', () => {
  it('checks a registry file with an error and a duplicate, then a corrected one, and commits it', async () => {
    const existing = await call(coordinator.request, 'POST', '/api/beneficiaries', {
      kind: 'organization',
      name: 'Towarzystwo Przyjaciół Plant',
      email: 'planty@example.org',
    });

    await openConsole(page, '/console/imports', 'Import danych');
    await loaded();
    await page.getByText('Nie było jeszcze żadnego importu.', { exact: false }).waitFor();
    await check('console-imports');

    const example = await downloaded(() =>
      page.getByRole('link', { name: 'Pobierz przykładowy plik: Rejestr beneficjentów (CSV)' }).click(),
    );
    expect(example.name).toBe('civitas-import-beneficiaries.csv');
    const [header = [], ...examples] = example.rows;
    expect(header.slice(0, 3)).toEqual(['Rodzaj', 'Nazwa', 'Dzielnica']);
    expect(examples.length).toBe(4);
    const email = header.indexOf('E-mail');
    const withError = ['organizacja', 'Spółdzielnia Socjalna Kądziołeczka', 'Podgórze', '', '', '', '', ''];
    withError[email] = 'kadzioleczka(at)example.org';
    const duplicate = ['organizacja', existing.name, '', '', '', '', '', ''];
    duplicate[email] = 'planty@example.org';
    const file = [header, ...examples, withError, duplicate];

    await upload(page, 'rejestr.csv', file, 'Sprawdź plik', async () => {
      // The request is held before its body is sent: the upload stands at its start.
      await page.getByRole('status').getByText('Wysyłanie pliku…').waitFor();
      const progress = page.getByRole('progressbar', { name: 'Wysłano' });
      expect(await progress.getAttribute('aria-valuenow')).toBe('0');
      expect(await page.getByRole('button', { name: 'Sprawdź plik' }).isDisabled()).toBe(true);
      await check('console-import-checking');
    });
    await page
      .getByRole('status')
      .getByText('Plik sprawdzony (wiersze: 6). Nic nie zostało jeszcze zapisane.')
      .waitFor();
    await expect.poll(counts, WAIT).toBe('Wiersze 6 Do utworzenia 4 Duplikaty 1 Błędy 1');
    expect(await rowOf(6).textContent()).toContain('Kolumna „E-mail”: to nie jest adres e-mail');
    expect(await rowOf(7).textContent()).toContain(
      'Już jest w rejestrze (ten sam e-mail): wiersz pomijany przy zatwierdzeniu.',
    );
    expect(await rowOf(7).getByRole('link', { name: 'Otwórz istniejący wpis' }).getAttribute('href')).toBe(
      `/console/registry/${existing.id}`,
    );
    expect(await rowOf(2).textContent()).toContain('Stowarzyszenie Sąsiedzi z Ruczaju');
    await expect(
      page.getByRole('button', { name: 'Zatwierdź import (do utworzenia: 4)' }).isDisabled(),
    ).resolves.toBe(true);
    await check('console-import-errors');

    await page.getByLabel('Pokaż').selectOption({ label: 'z błędami (1)' });
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Wiersze pliku/ })
          .getByRole('row')
          .count(),
      )
      .toBe(2);
    await page.getByLabel('Pokaż').selectOption({ label: 'wszystkie wiersze (6)' });

    const errors = await downloaded(() =>
      page.getByRole('link', { name: 'Pobierz plik błędów (CSV)' }).click(),
    );
    expect(errors.rows).toEqual([
      ['Wiersz', 'Kolumna', 'Błąd', 'Error'],
      ['6', 'E-mail', 'to nie jest adres e-mail', 'not an e-mail address'],
    ]);

    withError[email] = 'kadzioleczka@example.org';
    const again = page.getByRole('region', { name: 'Sprawdź poprawiony plik' });
    await upload(again, 'rejestr-poprawiony.csv', file, 'Sprawdź poprawiony plik');
    await expect.poll(counts, WAIT).toBe('Wiersze 6 Do utworzenia 5 Duplikaty 1 Błędy 0');
    await check('console-import-checked');

    await page.getByRole('button', { name: 'Zatwierdź import (do utworzenia: 5)' }).click();
    await page.getByRole('status').getByText('Import zatwierdzony. Utworzono: 5, pominięto: 1.').waitFor();
    await page.getByText(/Zatwierdzono .*\. Utworzono: 5, pominięto \(duplikaty\): 1\./).waitFor();
    await check('console-import-committed');

    const created = await call(coordinator.request, 'GET', '/api/beneficiaries?q=Kądziołeczka&limit=10');
    expect(created.items.map((item: { email: string }) => item.email)).toEqual(['kadzioleczka@example.org']);
    const list = await call(coordinator.request, 'GET', '/api/imports');
    expect(
      list.items.map((item: { filename: string; status: string }) => [item.filename, item.status]),
    ).toEqual([
      ['rejestr-poprawiony.csv', 'committed'],
      ['rejestr.csv', 'checked'],
    ]);

    // The list of imports, and an earlier one opened from it.
    await page.getByRole('link', { name: '← Wszystkie importy' }).click();
    const past = page.getByRole('table', { name: 'Importy, od najnowszego' });
    await past
      .getByRole('row')
      .filter({ hasText: 'rejestr-poprawiony.csv' })
      .getByText('zatwierdzony')
      .waitFor();
    expect(
      await past
        .getByRole('row')
        .filter({ hasText: /^rejestr\.csv/ })
        .textContent(),
    ).toContain('sprawdzony, niezatwierdzony');
    await check('console-imports-list');
    await past.getByRole('link', { name: 'rejestr.csv', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import: rejestr.csv' }).waitFor();
    await expect.poll(counts, WAIT).toBe('Wiersze 6 Do utworzenia 4 Duplikaty 1 Błędy 1');
  });

  it('in English: a dry run, a commit refused because the registry changed, checked again and committed', async () => {
    await openConsole(page, '/console/imports', 'Import danych');
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor();
    await loaded();

    const rows = [
      ['Kind', 'Organisation', 'District', 'KRS', 'E-mail'],
      ['organization', 'Fundacja Kopiec Kultury', 'Zwierzyniec', '0000000019', 'kopiec@example.org'],
      ['individual', 'Jan Zieliński', '18', '', 'jan.zielinski@example.org'],
      ['informal group', 'Grupa Sąsiedzka Bronowice', 'Bronowice', '', 'not-an-address'],
    ];
    // "Organisation" is no header Civitas knows: the column is mapped to the name.
    await page.getByText('Headers other than in the example? Map the columns').click();
    await page.getByRole('button', { name: 'Add a column mapping' }).click();
    await page.getByLabel('Header in the file (1)').fill('Organisation');
    await page.getByLabel('What it holds (1)').selectOption({ label: 'Name' });
    await check('console-import-columns-en');
    await upload(page, 'registry.csv', rows, 'Check the file');
    await page.getByRole('status').getByText('File checked (3 rows). Nothing has been saved yet.').waitFor();
    await expect.poll(counts, WAIT).toBe('Rows 3 To create 2 Duplicates 0 Errors 1');
    expect(await rowOf(4).textContent()).toContain('Column “E-mail”: not an e-mail address');
    expect(await rowOf(2).textContent()).toContain('A new registry entry.');
    await check('console-import-errors-en');

    rows[3] = ['informal group', 'Grupa Sąsiedzka Bronowice', 'Bronowice', '', 'bronowice@example.org'];
    const again = page.getByRole('region', { name: 'Check a corrected file' });
    // The mapping stays for the corrected file.
    expect(await again.getByLabel('Header in the file (1)').inputValue()).toBe('Organisation');
    await upload(again, 'registry-corrected.csv', rows, 'Check the corrected file');
    await expect.poll(counts, WAIT).toBe('Rows 3 To create 3 Duplicates 0 Errors 0');

    // Meanwhile someone registers the foundation: the check no longer holds.
    const meanwhile = await call(coordinator.request, 'POST', '/api/beneficiaries', {
      kind: 'organization',
      name: 'Fundacja Kopiec Kultury',
      krs: '0000000019',
    });
    await page.getByRole('button', { name: 'Commit the import (3 to create)' }).click();
    await page
      .getByRole('alert')
      .getByText('The records in Civitas have changed since the check', { exact: false })
      .waitFor();
    await check('console-import-refused-en');

    await upload(again, 'registry-corrected.csv', rows, 'Check the corrected file');
    await expect.poll(counts, WAIT).toBe('Rows 3 To create 2 Duplicates 1 Errors 0');
    expect(await rowOf(2).textContent()).toContain(
      'Already in the registry (the same KRS): the row is skipped on commit.',
    );
    expect(await rowOf(2).getByRole('link', { name: 'Open the existing entry' }).getAttribute('href')).toBe(
      `/console/registry/${meanwhile.id}`,
    );
    await page.getByRole('button', { name: 'Commit the import (2 to create)' }).click();
    await page.getByRole('status').getByText('Import committed. Created: 2, skipped: 1.').waitFor();
    await check('console-import-committed-en');

    await page.getByRole('button', { name: /^Polski/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Import: registry-corrected.csv' }).waitFor();
  });
  it('checks past room lendings of the centre and commits them', async () => {
    await page.evaluate(() => localStorage.setItem('civitas.language', 'pl'));
    await openConsole(page, '/console/imports', 'Import danych');
    await loaded();
    // No file, then one over 10 MiB: said at the field, nothing sent.
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByText('Wybierz plik do sprawdzenia.').waitFor();
    await page.getByLabel('Plik (CSV lub XLSX)').setInputFiles({
      name: 'duzy.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a'),
    });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByText('Plik jest większy niż 10 MiB: podziel go na kilka plików.').waitFor();
    expect(await page.getByLabel('Plik (CSV lub XLSX)').getAttribute('aria-invalid')).toBe('true');
    await check('console-import-file-too-large');

    await page.getByLabel('Rodzaj danych', { exact: true }).selectOption({ label: 'Udostępnienia sal' });
    // A coordinator of one centre has it chosen.
    expect(await page.getByLabel('Centrum', { exact: true }).locator('option:checked').textContent()).toBe(
      'Centrum Obywatelskie Reymonta 20',
    );
    const example = await downloaded(() =>
      page.getByRole('link', { name: 'Pobierz przykładowy plik: Udostępnienia sal (CSV)' }).click(),
    );
    expect(example.name).toBe('civitas-import-bookings.csv');
    expect(example.rows[0]?.slice(0, 5)).toEqual(['Sala', 'Data', 'Od', 'Do', 'Liczba osób']);

    const rows = [
      ['Sala', 'Data', 'Od', 'Do', 'Liczba osób', 'Beneficjent', 'Tytuł'],
      ['Sala warsztatowa', '2025-03-04', '17:00', '19:00', '14', 'Fundacja Zielony Kraków', 'Zebranie'],
      ['Sala warsztatowa', '11.03.2025', '18:00', '20:30', '9', 'Fundacja Zielony Kraków', 'Wieczór gier'],
      ['Sala balowa', '2025-03-18', '10:00', '12:00', '22', 'Fundacja Zielony Kraków', ''],
    ];
    await upload(page, 'sale-2025.csv', rows, 'Sprawdź plik');
    await expect.poll(counts, WAIT).toBe('Wiersze 3 Do utworzenia 2 Duplikaty 0 Błędy 1');
    expect(await page.getByText('Udostępnienia sal · Centrum Obywatelskie Reymonta 20').count()).toBe(1);
    // The beneficiary's name is read for the page.
    await expect
      .poll(() => rowOf(2).textContent(), WAIT)
      .toContain(
        '2025-03-04 17:00–19:00 · Sala warsztatowa · Fundacja Zielony Kraków · Zebranie · osoby: 14',
      );
    expect(await rowOf(4).textContent()).toContain('Kolumna „Sala”: nie ma takiej sali w tym centrum');
    await check('console-import-bookings');

    rows[3] = ['Sala spotkań', '2025-03-18', '10:00', '12:00', '8', 'Fundacja Zielony Kraków', ''];
    const again = page.getByRole('region', { name: 'Sprawdź poprawiony plik' });
    await upload(again, 'sale-2025-poprawione.csv', rows, 'Sprawdź poprawiony plik');
    await expect.poll(counts, WAIT).toBe('Wiersze 3 Do utworzenia 3 Duplikaty 0 Błędy 0');
    await page.getByRole('button', { name: 'Zatwierdź import (do utworzenia: 3)' }).click();
    await page.getByRole('status').getByText('Import zatwierdzony. Utworzono: 3, pominięto: 0.').waitFor();

    // The same file once more: every lending is there already.
    await openConsole(page, '/console/imports', 'Import danych');
    await page.getByLabel('Rodzaj danych', { exact: true }).selectOption({ label: 'Udostępnienia sal' });
    await upload(page, 'sale-2025-poprawione.csv', rows, 'Sprawdź plik');
    await expect.poll(counts, WAIT).toBe('Wiersze 3 Do utworzenia 0 Duplikaty 3 Błędy 0');
    expect(await rowOf(3).textContent()).toContain(
      'To udostępnienie już jest w kalendarzu (ta sama sala w tym samym czasie): wiersz pomijany przy zatwierdzeniu.',
    );

    // Committed meanwhile elsewhere (another tab, a colleague): the button's commit is refused.
    const id = new URL(page.url()).pathname.split('/').at(-1);
    expect(await call(coordinator.request, 'POST', `/api/imports/${id}/commit`, {})).toEqual({
      status: 'committed',
      created: 0,
      skipped: 3,
    });
    await page.getByRole('button', { name: 'Zatwierdź import (do utworzenia: 0)' }).click();
    await page
      .getByRole('alert')
      .getByText('Ten import został już zatwierdzony; drugi raz nic nie zapisze.')
      .waitFor();
    await page.getByText(/Zatwierdzono .*\. Utworzono: 0, pominięto \(duplikaty\): 3\./).waitFor();
    await check('console-import-already-committed');
  });

  it('checks a workbook (XLSX) of the registry, its second sheet, while saying so, and commits it', async () => {
    const book = await workbook({
      Instrukcja: [['Arkusz „Rejestr” ma dane do importu.']],
      Rejestr: [
        ['Rodzaj', 'Nazwa', 'Dzielnica', 'KRS', 'NIP', 'E-mail', 'Telefon'],
        ['organizacja', 'Fundacja Arkusz Kalkulacyjny', 'Krowodrza', '', '', 'arkusz@example.org', ''],
        ['grupa nieformalna', 'Klub Seniora Wola Justowska', 7, '', '', '', '+48 12 345 67 89'],
        ['osoba', 'Ewa Arkuszowa', 'Nowa Huta', '', '', 'ewa.arkuszowa@example.org', ''],
      ],
    });
    await openConsole(page, '/console/imports', 'Import danych');
    await loaded();
    await page.getByLabel('Plik (CSV lub XLSX)').setInputFiles({
      name: 'rejestr.xlsx',
      mimeType: XLSX,
      buffer: book,
    });
    await page.getByLabel('Arkusz (XLSX, opcjonalnie)').fill('Rejestr');
    const before = page.url();
    await answerHeld(
      () => page.getByRole('button', { name: 'Sprawdź plik' }).click(),
      async () => {
        // The whole file has gone up; the page waits for the server's check of its rows.
        await page
          .getByRole('status')
          .getByText('Sprawdzanie pliku: wiersze są porównywane z danymi w Civitas…')
          .waitFor();
        expect(await page.getByRole('progressbar', { name: 'Wysłano' }).getAttribute('aria-valuenow')).toBe(
          '100',
        );
        expect(await page.getByRole('button', { name: 'Sprawdź plik' }).isDisabled()).toBe(true);
        await check('console-import-checking-rows');
      },
    );
    await page.waitForURL(
      (url) => url.toString() !== before && /\/console\/imports\/[^/]+$/.test(url.pathname),
    );
    await page.getByRole('heading', { level: 1, name: 'Import: rejestr.xlsx' }).waitFor();
    await page
      .getByRole('status')
      .getByText('Plik sprawdzony (wiersze: 3). Nic nie zostało jeszcze zapisane.')
      .waitFor();
    await expect.poll(counts, WAIT).toBe('Wiersze 3 Do utworzenia 3 Duplikaty 0 Błędy 0');
    // The rows of the sheet, numbered as the spreadsheet numbers them.
    expect(await rowOf(2).textContent()).toContain('Fundacja Arkusz Kalkulacyjny');
    expect(await rowOf(3).textContent()).toContain('Klub Seniora Wola Justowska');
    expect(await rowOf(4).textContent()).toContain('Ewa Arkuszowa');
    await check('console-import-xlsx-checked');

    await page.getByRole('button', { name: 'Zatwierdź import (do utworzenia: 3)' }).click();
    await page.getByRole('status').getByText('Import zatwierdzony. Utworzono: 3, pominięto: 0.').waitFor();
    const created = await call(coordinator.request, 'GET', '/api/beneficiaries?q=Arkusz&limit=10');
    expect(created.items.map((item: { name: string }) => item.name).sort()).toEqual([
      'Ewa Arkuszowa',
      'Fundacja Arkusz Kalkulacyjny',
    ]);
    const club = await call(coordinator.request, 'GET', '/api/beneficiaries?q=Justowska&limit=10');
    expect(club.items[0]).toMatchObject({ kind: 'informal_group', district: 7, phone: '+48 12 345 67 89' });

    await page.getByRole('link', { name: '← Wszystkie importy' }).click();
    await page
      .getByRole('table', { name: 'Importy, od najnowszego' })
      .getByRole('row')
      .filter({ hasText: 'rejestr.xlsx' })
      .getByText('zatwierdzony', { exact: true })
      .waitFor();
    await check('console-imports-list-xlsx');
  });
});
