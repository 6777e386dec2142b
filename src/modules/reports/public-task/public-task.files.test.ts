import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import { pdfText } from '../../../../test/pdf.ts';
import {
  admin,
  centerA,
  coordinatorA,
  ctx,
  member,
  observer,
  setupReportsWorld,
} from '../reports.test-support.ts';

setupReportsWorld();

/**
 * The files of the statutory report, read back by other programs: the DOCX with mammoth, the
 * PDF with pdf.js (unpdf). Their figures are those of /api/reports/summary for the same period
 * and centre; every section of the form is there, in its order, with "nie dotyczy" where empty.
 */
let filled: string;
let empty: string;
let summary: any;

/** "1 234,50" (with any kind of space) -> 1234.5. */
const numberOf = (text: string) => Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
/** Every table row of mammoth's HTML, as the texts of its cells. */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] as string).matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((cell) => decode(cell[1] as string)),
  );
/** The paragraphs of the document's text, in order. */
const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

async function docx(id: string) {
  const file = await call(ctx, {
    method: 'GET',
    url: `/api/public-task-reports/${id}.docx`,
    as: coordinatorA,
  });
  expect(file.status).toBe(200);
  const buffer = file.response.rawPayload;
  const [html, text] = await Promise.all([
    mammoth.convertToHtml({ buffer }),
    mammoth.extractRawText({ buffer }),
  ]);
  return { file, rows: rowsOf(html.value), paragraphs: paragraphsOf(text.value) };
}

/** The paragraph right after the one that starts with `heading`. */
const paragraphAfter = (paragraphs: string[], heading: string) =>
  paragraphs[paragraphs.findIndex((paragraph) => paragraph.startsWith(heading)) + 1];

const SECTIONS = [
  'SPRAWOZDANIE Z WYKONANIA ZADANIA PUBLICZNEGO',
  'Część I. Sprawozdanie merytoryczne',
  '1. Opis osiągniętych rezultatów',
  '2. Szczegółowy opis wykonania poszczególnych działań',
  'Część II. Sprawozdanie z wykonania wydatków',
  '1. Rozliczenie ze względu na rodzaj kosztów',
  '2. Rozliczenie ze względu na źródło finansowania',
  '3. Informacje o innych przychodach',
  '4. Informacje o świadczeniach pieniężnych',
  'Część III. Dodatkowe informacje',
  'Oświadczenia',
];

beforeAll(async () => {
  const agreement = await call(ctx, {
    method: 'POST',
    url: '/api/agreements',
    as: admin,
    payload: {
      centerId: centerA,
      title: 'Prowadzenie Centrum Obywatelskiego przy ul. Reymonta 20',
      operator: 'Krakowska Federacja Organizacji Pozarządowych',
      funder: 'Gmina Miejska Kraków',
      from: '2026-01-01',
      to: '2026-12-31',
      targets: { 'beneficiaries.total': 12, 'rooms.lendings': 4, 'rooms.people': 100 },
    },
  });
  const draft = (from: string, to: string) =>
    call(ctx, {
      method: 'POST',
      url: '/api/public-task-reports',
      as: coordinatorA,
      payload: { agreementId: agreement.body.id, from, to, type: 'partial' },
    });
  filled = (await draft('2026-01-01', '2026-03-31')).body.id;
  empty = (await draft('2026-11-01', '2026-11-30')).body.id;
  const edited = await call(ctx, {
    method: 'PATCH',
    url: `/api/public-task-reports/${filled}`,
    as: coordinatorA,
    payload: {
      results: 'Centrum wspierało organizacje z Krowodrzy.\nSale były zajęte w każdy dzień roboczy.',
      actions: 'Działania prowadzono zgodnie z harmonogramem.',
      agreementNumber: 'WZ-II.524.1.2026',
      expenses: [
        {
          name: 'Wynagrodzenie koordynatora',
          category: 'actions',
          planned: 30000,
          grant: 27000.1,
          ownFunds: 2999.9,
        },
        { name: 'Obsługa księgowa', category: 'administrative', planned: 2400, grant: 2400, inKind: 0.3 },
      ],
    },
  });
  expect(edited.status).toBe(200);
  summary = (
    await call(ctx, {
      method: 'GET',
      url: `/api/reports/summary?from=2026-01-01&to=2026-03-31&centerId=${centerA}`,
      as: coordinatorA,
    })
  ).body;
});

describe('the DOCX of the statutory report', () => {
  it('carries the figures of the summary for the same period and centre', async () => {
    const { file, rows } = await docx(filled);
    expect(file.response.headers['content-type']).toContain('wordprocessingml');
    expect(file.response.headers['content-disposition']).toBe(
      'attachment; filename="sprawozdanie-czesciowe-2026-01-01-2026-03-31.docx"',
    );
    const cell = (first: string, cells: number) =>
      rows.find((row) => row[0] === first && row.length === cells) ?? [];
    // The scale of the actions (two columns) and the results against the targets (five).
    const FIGURES: [string, number][] = [
      ['beneficjenci razem', summary.beneficiaries.total],
      ['organizacje', summary.beneficiaries.organizations],
      ['grupy nieformalne', summary.beneficiaries.informalGroups],
      ['osoby fizyczne', summary.beneficiaries.individuals],
      ['udostępnienia sal', summary.rooms.lendings],
      ['osoby korzystające z sal', summary.rooms.people],
      ['godziny udostępnienia', summary.rooms.hours],
      ['wydarzenia razem', summary.activities.count],
      ['uczestnicy razem', summary.activities.participants],
      ['spotkania doradcze', summary.advice.appointments],
      ['godziny doradztwa', summary.advice.hours],
      ['wolontariusze (porozumienia)', summary.volunteering.placements],
      ['godziny wolontariatu', summary.volunteering.hours],
      ['inicjatywy', summary.incubation.initiatives],
    ];
    for (const [label, value] of FIGURES) {
      expect(numberOf(cell(label, 2)[1] ?? ''), label).toBe(value);
    }
    expect(summary.rooms.lendings).toBe(5);
    expect(cell('beneficjenci razem', 5).slice(1, 4)).toEqual([
      '12',
      String(summary.beneficiaries.total),
      '50%',
    ]);
    expect(numberOf(cell('udostępnienia sal', 5)[2] ?? '')).toBe(summary.rooms.lendings);
    expect(numberOf(cell('osoby korzystające z sal', 5)[2] ?? '')).toBe(summary.rooms.people);
    expect(cell('udostępnienia sal', 5)[4]).toContain('z rejestru Civitas');
    // The beneficiaries by kind, as the summary counts them.
    expect(numberOf(cell('organizacje pozarządowe', 2)[1] ?? '')).toBe(summary.beneficiaries.organizations);
    expect(numberOf(cell('razem', 2)[1] ?? '')).toBe(summary.beneficiaries.total);
    // The lendings as an action: their number, their people, their days.
    const lendings = rows.find((row) => row[1]?.startsWith('Udostępnianie sal')) ?? [];
    expect(lendings[2]).toBe('13 stycznia 2026 r. – 31 marca 2026 r.');
    expect(numberOf((lendings[4] ?? '').split(' ')[0] ?? '')).toBe(summary.rooms.lendings);
    expect(numberOf(lendings[5] ?? '')).toBe(summary.rooms.people);
    const training = rows.find((row) => row[0]?.startsWith('Szkolenie z pozyskiwania funduszy')) ?? [];
    expect(numberOf(training[3] ?? '')).toBe(summary.activities.participants);
    // Part II: the costs and their sources, summed in grosze.
    expect(cell('III.', 4).slice(1)).toEqual([
      'Suma wszystkich kosztów realizacji zadania',
      '32 400,00',
      '32 400,30',
    ]);
    expect(numberOf(cell('2.', 3)[2] ?? '')).toBe(29400.1);
    expect(numberOf(cell('3.1.', 3)[2] ?? '')).toBe(2999.9);
    expect(numberOf(cell('4.2.', 3)[2] ?? '')).toBe(0.3);
  });

  it('has every section of the form in its order, with "nie dotyczy" where one is empty', async () => {
    const { paragraphs, rows } = await docx(filled);
    const positions = SECTIONS.map((heading) => paragraphs.findIndex((line) => line.startsWith(heading)));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // What was written, line by line; what was not, "nie dotyczy".
    expect(paragraphAfter(paragraphs, '1. Opis osiągniętych rezultatów')).toBe(
      'Centrum wspierało organizacje z Krowodrzy.',
    );
    expect(paragraphAfter(paragraphs, 'Odstępstwa od umowy')).toBe('nie dotyczy');
    expect(paragraphAfter(paragraphs, '3. Informacje o innych przychodach')).toBe('nie dotyczy');
    expect(paragraphAfter(paragraphs, '4. Informacje o świadczeniach pieniężnych')).toBe('nie dotyczy');
    expect(paragraphAfter(paragraphs, 'Część III. Dodatkowe informacje')).toBe('nie dotyczy');
    expect(rows.find((row) => row[0] === 'Numer umowy, o ile został nadany')?.[1]).toBe('WZ-II.524.1.2026');
    expect(rows.find((row) => row[0] === 'Data zawarcia umowy')?.[1]).toBe('nie dotyczy');
    // A share with no costs to share is "nie dotyczy" too; so is advice's place.
    const advice = rows.find((row) => row[1]?.startsWith('Doradztwo')) ?? [];
    expect(advice[3]).toBe('nie dotyczy');

    const nothing = await docx(empty);
    expect(paragraphAfter(nothing.paragraphs, 'Zrealizowane działania (z rejestru Civitas)')).toBe(
      'nie dotyczy',
    );
    expect(paragraphAfter(nothing.paragraphs, 'Odbiorcy zadania według dzielnicy')).toBe('nie dotyczy');
    expect(paragraphAfter(nothing.paragraphs, '1. Rozliczenie ze względu na rodzaj kosztów')).toBe(
      'nie dotyczy',
    );
    expect(paragraphAfter(nothing.paragraphs, '2. Rozliczenie ze względu na źródło finansowania')).toBe(
      'nie dotyczy',
    );
    expect(paragraphAfter(nothing.paragraphs, '1. Opis osiągniętych rezultatów')).toBe('nie dotyczy');
    expect(nothing.rows.find((row) => row[0] === 'beneficjenci razem' && row.length === 5)?.[2]).toBe('0');
  });
});

describe('the PDF of the statutory report', () => {
  it('reads back with the form in order, the figures, Polish letters and "nie dotyczy"', async () => {
    const file = await call(ctx, {
      method: 'GET',
      url: `/api/public-task-reports/${filled}.pdf`,
      as: observer,
    });
    expect(file.status).toBe(200);
    expect(file.response.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(file.response.rawPayload)).replace(/[\s\u00a0\u202f]+/g, ' ');
    const positions = SECTIONS.map((heading) => text.indexOf(heading));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Krakowska Federacja Organizacji Pozarządowych');
    expect(text).toContain('Centrum wspierało organizacje z Krowodrzy.');
    expect(text).toContain('Szkolenie z pozyskiwania funduszy');
    expect(text).toContain('32 400,30');
    expect(text).toMatch(/beneficjenci razem 12 6 50%/);
    expect(text).toContain(`udostępnienia sal ${summary.rooms.lendings}`);
    const partThree = text.slice(text.indexOf('Część III. Dodatkowe informacje'));
    expect(partThree).toMatch(/^Część III\. Dodatkowe informacje nie dotyczy Oświadczenia/);

    const nothing = await call(ctx, {
      method: 'GET',
      url: `/api/public-task-reports/${empty}.pdf`,
      as: admin,
    });
    const blank = (await pdfText(nothing.response.rawPayload)).replace(/\s+/g, ' ');
    expect(blank).toContain('Zrealizowane działania (z rejestru Civitas) nie dotyczy');
  });

  it('is for those who read the report only', async () => {
    expect(
      (await call(ctx, { method: 'GET', url: `/api/public-task-reports/${filled}.pdf`, as: member })).status,
    ).toBe(403);
    expect((await call(ctx, { method: 'GET', url: `/api/public-task-reports/${filled}.docx` })).status).toBe(
      401,
    );
    const missing = await call(ctx, {
      method: 'GET',
      url: '/api/public-task-reports/00000000-0000-4000-8000-000000000000.docx',
      as: admin,
    });
    expect(missing.status).toBe(404);
  });
});
