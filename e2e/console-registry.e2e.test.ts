import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from './browser.ts';
import { call, openConsole, signedInContext } from './console-fixtures.ts';
import { check as checkPage } from './public-fixtures.ts';

/**
 * Registry upkeep in the staff console, as the demo admin: the likely duplicates with their
 * reasons, a pair marked as two beneficiaries, a pair merged, and merging from a record's page
 * after editing it, in Polish and in English; each checked through the API and with axe.
 */
let demo: Awaited<ReturnType<typeof startDemo>>;
let admin: BrowserContext;
let page: Page;

// A word of its own, so that the pairs are this test's whatever the demo data holds.
const word = `Testowo${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 6)}`;

beforeAll(async () => {
  demo = await startDemo();
  admin = await signedInContext(demo.browser, demo.baseUrl, 'admin@civitas.demo');
  page = await admin.newPage();
});
afterAll(async () => {
  await admin?.close();
  await demo?.stop();
});

const check = (name: string) => checkPage(page, name);

const register = (payload: Record<string, unknown>) =>
  call<{ id: string; name: string }>(admin.request, 'POST', '/api/beneficiaries', payload);

describe('registry upkeep', () => {
  it('reviews likely duplicates: marks one pair as two beneficiaries and merges another', async () => {
    const older = await register({ kind: 'organization', name: `Fundacja Zielony ${word}`, district: 4 });
    const newer = await register({ kind: 'organization', name: `Zielony ${word}`, district: 4 });
    const first = await register({
      kind: 'informal_group',
      name: `Grupa Sąsiedzka ${word}`,
      email: `${word}@example.org`,
    });
    const second = await register({
      kind: 'informal_group',
      name: `Klub Planszówek ${word}`,
      email: `${word}@example.org`,
    });

    await openConsole(page, '/console/registry', 'Rejestr beneficjentów');
    await page.getByRole('button', { name: 'Możliwe duplikaty' }).click();
    const section = page.getByRole('region', { name: 'Możliwe duplikaty' });
    const pairRow = (name: string) => section.getByRole('row').filter({ hasText: name });
    await expect.poll(() => pairRow(second.name).count()).toBe(1);
    await expect.poll(() => pairRow(newer.name).getByText('podobne nazwy').count()).toBe(1);
    expect(await pairRow(second.name).textContent()).toContain('ten sam e-mail');
    await check('console-registry-duplicates');

    await section.getByRole('button', { name: `To nie duplikat: ${first.name} i ${second.name}` }).click();
    await page.getByText(`${first.name} i ${second.name} oznaczone jako różni beneficjenci.`).waitFor();
    await expect.poll(() => pairRow(second.name).count()).toBe(0);

    await section.getByRole('button', { name: `Scal ${newer.name} z ${older.name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Scalić „${newer.name}” z „${older.name}”?` });
    expect(await dialog.textContent()).toContain('rezerwacje sal');
    await check('console-registry-merge-confirm');
    await dialog.getByRole('button', { name: 'Scal', exact: true }).click();
    await page.getByText(`${newer.name} scalono z ${older.name}.`).waitFor();

    const pairs = await call(admin.request, 'GET', '/api/beneficiaries/duplicates');
    const ids = pairs.items.flatMap((pair: { a: { id: string }; b: { id: string } }) => [
      pair.a.id,
      pair.b.id,
    ]);
    expect(ids).not.toContain(newer.id);
    expect(ids).not.toContain(second.id);
    const gone = await admin.request.get(`/api/beneficiaries/${newer.id}`);
    expect(gone.status()).toBe(404);
    expect((await gone.json()).error.details).toEqual({ mergedInto: older.id });
  });

  it('edits a record, merges it into another from its page, and follows its old address', async () => {
    const kept = await register({ kind: 'organization', name: `Stowarzyszenie Rowerowe ${word}` });
    const duplicate = await register({ kind: 'individual', name: `Rowerowe ${word}` });

    await openConsole(page, `/console/registry/${duplicate.id}`, duplicate.name);
    await page.getByRole('button', { name: 'Edytuj dane' }).click();
    const form = page.getByRole('region', { name: 'Edycja danych' });
    await form.getByLabel('Rodzaj').selectOption('organization');
    await form.getByLabel('Telefon').fill('+48 600 123 456');
    await check('console-registry-edit');
    await form.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByText('Dane zapisane.').waitFor();
    const edited = await call(admin.request, 'GET', `/api/beneficiaries/${duplicate.id}`);
    expect(edited).toMatchObject({ kind: 'organization', phone: '+48 600 123 456' });

    const merge = page.getByRole('region', { name: 'Scal z innym rekordem' });
    await merge.getByLabel('Znajdź rekord, który zostaje').fill(`Stowarzyszenie Rowerowe ${word}`);
    await merge.getByRole('button', { name: `Wybierz: ${kept.name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Scalić „${duplicate.name}” z „${kept.name}”?` });
    await check('console-registry-merge-into');
    await dialog.getByRole('button', { name: 'Scal', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: kept.name }).waitFor();
    await page.getByText(`Rekord „${duplicate.name}” został scalony z tym.`).waitFor();
    expect(await call(admin.request, 'GET', `/api/beneficiaries/${kept.id}`)).toMatchObject({
      phone: '+48 600 123 456',
    });

    // The old address leads to the record that stayed.
    await openConsole(page, `/console/registry/${duplicate.id}`, kept.name);
    expect(page.url()).toContain(`/console/registry/${kept.id}`);
  });

  it('does the same in English', async () => {
    // Names unlike those of the Polish run, so that each pair here is one of its own.
    const english = `Probe${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')
      .slice(0, 6)}`;
    const older = await register({ kind: 'organization', name: `Fundacja Morska ${english}`, district: 4 });
    const newer = await register({ kind: 'organization', name: `Morska ${english}`, district: 4 });
    const first = await register({
      kind: 'informal_group',
      name: `Chór Parafialny ${english}`,
      email: `${english}@example.org`,
    });
    const second = await register({
      kind: 'informal_group',
      name: `Koło Gospodyń ${english}`,
      email: `${english}@example.org`,
    });

    await openConsole(page, '/console/registry', 'Rejestr beneficjentów');
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Registry of beneficiaries' }).waitFor();
    // The choice is kept: the page opens in English again (and no button is mid-transition for axe).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Registry of beneficiaries' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Likely duplicates' }).click();
    const section = page.getByRole('region', { name: 'Likely duplicates' });
    const pairRow = (name: string) => section.getByRole('row').filter({ hasText: name });
    await expect.poll(() => pairRow(second.name).count()).toBe(1);
    await expect.poll(() => pairRow(newer.name).getByText('names alike').count()).toBe(1);
    expect(await pairRow(second.name).textContent()).toContain('same e-mail');
    await section.getByRole('columnheader', { name: 'Possible duplicate' }).waitFor();
    await check('console-registry-duplicates-en');

    await section.getByRole('button', { name: `Not a duplicate: ${first.name} and ${second.name}` }).click();
    await page.getByText(`${first.name} and ${second.name} marked as different beneficiaries.`).waitFor();
    await section.getByRole('button', { name: `Merge ${newer.name} into ${older.name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Merge “${newer.name}” into “${older.name}”?` });
    expect(await dialog.textContent()).toContain('room bookings, activity registrations and attendance');
    await check('console-registry-merge-confirm-en');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(`${newer.name} merged into ${older.name}.`).waitFor();
    expect((await admin.request.get(`/api/beneficiaries/${newer.id}`)).status()).toBe(404);

    // A record edited, then merged into another from its page.
    await openConsole(page, `/console/registry/${first.id}`, first.name);
    await page.getByText('In the registry since').waitFor();
    await page.getByRole('button', { name: 'Edit data' }).click();
    const form = page.getByRole('region', { name: 'Edit the data' });
    // The kinds are named in English.
    expect(await form.getByLabel('Kind').locator('option:checked').textContent()).toBe('informal group');
    await form.getByLabel('Kind').selectOption('organization');
    await form.getByLabel('Phone').fill('+48 600 654 321');
    await check('console-registry-edit-en');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Data saved.').waitFor();
    expect(await call(admin.request, 'GET', `/api/beneficiaries/${first.id}`)).toMatchObject({
      kind: 'organization',
      phone: '+48 600 654 321',
    });
    // Into a record of another kind it is refused, and the server says why in English.
    const merge = page.getByRole('region', { name: 'Merge into another record' });
    await merge.getByLabel('Find the record that stays').fill(second.name);
    await merge.getByRole('button', { name: `Choose ${second.name}` }).click();
    const refused = page.getByRole('alertdialog', { name: `Merge “${first.name}” into “${second.name}”?` });
    await refused.getByRole('button', { name: 'Merge', exact: true }).click();
    await refused
      .getByText('The two records are of different kinds; change the kind of one first.')
      .waitFor();
    await check('console-registry-merge-refused-en');
    await merge.getByLabel('Find the record that stays').fill(older.name);
    await merge.getByRole('button', { name: `Choose ${older.name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Merge “${first.name}” into “${older.name}”?` });
    // The refusal was about the other record: it is not repeated under this one.
    expect(await confirm.textContent()).not.toContain('different kinds');
    await confirm.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: older.name }).waitFor();
    await page.getByText(`“${first.name}” has been merged into this record.`).waitFor();
    await check('console-registry-merged-en');

    await page.getByRole('button', { name: /^Polski/ }).click();
    await page.getByRole('heading', { level: 1, name: older.name }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
  });
});
