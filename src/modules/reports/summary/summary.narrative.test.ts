import { describe, expect, it } from 'vitest';
import { narrativeEn, narrativePl } from './summary.narrative.ts';
import type { Summary } from './summary.schema.ts';

/** A summary whose every count is `n` and whose every duration is `h` hours. */
function summaryOf(n: number, h = n): Summary {
  return {
    period: { from: '2026-12-01', to: '2026-12-31' },
    centerIds: ['c'],
    beneficiaries: { total: n, organizations: n, informalGroups: 0, individuals: n },
    rooms: { lendings: n, people: n, hours: h },
    activities: { count: n, participants: n, byKind: {} },
    advice: { appointments: n, hours: h, byKind: {} },
    volunteering: { offers: n, placements: n, hours: h },
    incubation: { initiatives: n, byStage: {} },
    feedback: { activities: {}, advice: {} },
  };
}
const subject = { genitive: 'Centrum', nominative: 'Centrum', plural: false };
const split = (text: string) => text.split(/(?<=\.) /);

// Written out by hand, one row a number, one column a sentence of the narrative.
const countRows: Array<[number, string[]]> = [
  [
    0,
    [
      'Z oferty Centrum skorzystało 0 beneficjentów, w tym 0 organizacji oraz 0 osób fizycznych i grup nieformalnych.',
      'Z sal Centrum skorzystało 0 osób, a pomieszczenia udostępniono 0 razy.',
    ],
  ],
  [
    1,
    [
      'Z oferty Centrum skorzystał 1 beneficjent, w tym 1 organizacja oraz 1 osoba fizyczna lub grupa nieformalna.',
      'Z sal Centrum skorzystała 1 osoba, a pomieszczenia udostępniono 1 raz.',
      'Łączny czas udostępnienia sal wyniósł 1 godzinę.',
      'Centrum zorganizowało 1 wydarzenie (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięła udział 1 osoba.',
      'Odbyło się 1 spotkanie doradcze (konsultacje, coaching i mentoring) w łącznym wymiarze 1 godziny.',
      'Pośrednictwo wolontariatu objęło 1 ofertę.',
      'Współpracę podjął 1 wolontariusz.',
      'Wolontariusze przepracowali łącznie 1 godzinę.',
      'Inkubator wspierał 1 inicjatywę mieszkańców.',
    ],
  ],
  [
    2,
    [
      'Z oferty Centrum skorzystało 2 beneficjentów, w tym 2 organizacje oraz 2 osoby fizyczne i grupy nieformalne.',
      'Z sal Centrum skorzystały 2 osoby, a pomieszczenia udostępniono 2 razy.',
      'Łączny czas udostępnienia sal wyniósł 2 godziny.',
      'Centrum zorganizowało 2 wydarzenia (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięły udział 2 osoby.',
      'Odbyły się 2 spotkania doradcze (konsultacje, coaching i mentoring) w łącznym wymiarze 2 godzin.',
      'Pośrednictwo wolontariatu objęło 2 oferty.',
      'Współpracę podjęło 2 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 2 godziny.',
      'Inkubator wspierał 2 inicjatywy mieszkańców.',
    ],
  ],
  [
    4,
    [
      'Z oferty Centrum skorzystało 4 beneficjentów, w tym 4 organizacje oraz 4 osoby fizyczne i grupy nieformalne.',
      'Z sal Centrum skorzystały 4 osoby, a pomieszczenia udostępniono 4 razy.',
      'Łączny czas udostępnienia sal wyniósł 4 godziny.',
      'Centrum zorganizowało 4 wydarzenia (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięły udział 4 osoby.',
      'Odbyły się 4 spotkania doradcze (konsultacje, coaching i mentoring) w łącznym wymiarze 4 godzin.',
      'Pośrednictwo wolontariatu objęło 4 oferty.',
      'Współpracę podjęło 4 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 4 godziny.',
      'Inkubator wspierał 4 inicjatywy mieszkańców.',
    ],
  ],
  [
    5,
    [
      'Z oferty Centrum skorzystało 5 beneficjentów, w tym 5 organizacji oraz 5 osób fizycznych i grup nieformalnych.',
      'Z sal Centrum skorzystało 5 osób, a pomieszczenia udostępniono 5 razy.',
      'Łączny czas udostępnienia sal wyniósł 5 godzin.',
      'Centrum zorganizowało 5 wydarzeń (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięło udział 5 osób.',
      'Odbyło się 5 spotkań doradczych (konsultacje, coaching i mentoring) w łącznym wymiarze 5 godzin.',
      'Pośrednictwo wolontariatu objęło 5 ofert.',
      'Współpracę podjęło 5 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 5 godzin.',
      'Inkubator wspierał 5 inicjatyw mieszkańców.',
    ],
  ],
  [
    12,
    [
      'Z oferty Centrum skorzystało 12 beneficjentów, w tym 12 organizacji oraz 12 osób fizycznych i grup nieformalnych.',
      'Z sal Centrum skorzystało 12 osób, a pomieszczenia udostępniono 12 razy.',
      'Łączny czas udostępnienia sal wyniósł 12 godzin.',
      'Centrum zorganizowało 12 wydarzeń (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięło udział 12 osób.',
      'Odbyło się 12 spotkań doradczych (konsultacje, coaching i mentoring) w łącznym wymiarze 12 godzin.',
      'Pośrednictwo wolontariatu objęło 12 ofert.',
      'Współpracę podjęło 12 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 12 godzin.',
      'Inkubator wspierał 12 inicjatyw mieszkańców.',
    ],
  ],
  [
    21,
    [
      'Z oferty Centrum skorzystało 21 beneficjentów, w tym 21 organizacji oraz 21 osób fizycznych i grup nieformalnych.',
      'Z sal Centrum skorzystało 21 osób, a pomieszczenia udostępniono 21 razy.',
      'Łączny czas udostępnienia sal wyniósł 21 godzin.',
      'Centrum zorganizowało 21 wydarzeń (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięło udział 21 osób.',
      'Odbyło się 21 spotkań doradczych (konsultacje, coaching i mentoring) w łącznym wymiarze 21 godzin.',
      'Pośrednictwo wolontariatu objęło 21 ofert.',
      'Współpracę podjęło 21 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 21 godzin.',
      'Inkubator wspierał 21 inicjatyw mieszkańców.',
    ],
  ],
  [
    22,
    [
      'Z oferty Centrum skorzystało 22 beneficjentów, w tym 22 organizacje oraz 22 osoby fizyczne i grupy nieformalne.',
      'Z sal Centrum skorzystały 22 osoby, a pomieszczenia udostępniono 22 razy.',
      'Łączny czas udostępnienia sal wyniósł 22 godziny.',
      'Centrum zorganizowało 22 wydarzenia (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięły udział 22 osoby.',
      'Odbyły się 22 spotkania doradcze (konsultacje, coaching i mentoring) w łącznym wymiarze 22 godzin.',
      'Pośrednictwo wolontariatu objęło 22 oferty.',
      'Współpracę podjęło 22 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 22 godziny.',
      'Inkubator wspierał 22 inicjatywy mieszkańców.',
    ],
  ],
  [
    25,
    [
      'Z oferty Centrum skorzystało 25 beneficjentów, w tym 25 organizacji oraz 25 osób fizycznych i grup nieformalnych.',
      'Z sal Centrum skorzystało 25 osób, a pomieszczenia udostępniono 25 razy.',
      'Łączny czas udostępnienia sal wyniósł 25 godzin.',
      'Centrum zorganizowało 25 wydarzeń (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięło udział 25 osób.',
      'Odbyło się 25 spotkań doradczych (konsultacje, coaching i mentoring) w łącznym wymiarze 25 godzin.',
      'Pośrednictwo wolontariatu objęło 25 ofert.',
      'Współpracę podjęło 25 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 25 godzin.',
      'Inkubator wspierał 25 inicjatyw mieszkańców.',
    ],
  ],
  [
    101,
    [
      'Z oferty Centrum skorzystało 101 beneficjentów, w tym 101 organizacji oraz 101 osób fizycznych i grup nieformalnych.',
      'Z sal Centrum skorzystało 101 osób, a pomieszczenia udostępniono 101 razy.',
      'Łączny czas udostępnienia sal wyniósł 101 godzin.',
      'Centrum zorganizowało 101 wydarzeń (szkolenia, seminaria, warsztaty, grupy robocze i inne), w których wzięło udział 101 osób.',
      'Odbyło się 101 spotkań doradczych (konsultacje, coaching i mentoring) w łącznym wymiarze 101 godzin.',
      'Pośrednictwo wolontariatu objęło 101 ofert.',
      'Współpracę podjęło 101 wolontariuszy.',
      'Wolontariusze przepracowali łącznie 101 godzin.',
      'Inkubator wspierał 101 inicjatyw mieszkańców.',
    ],
  ],
];

describe('the Polish narrative, sentence by sentence', () => {
  it.each(countRows)('every count %d takes its form and its verb', (n, expected) => {
    const dates = 'Dane za okres od 1 grudnia 2026 r. do 31 grudnia 2026 r. ';
    const text = narrativePl(summaryOf(n), subject);
    expect(text.startsWith(dates)).toBe(true);
    expect(split(text.slice(dates.length))).toEqual(expected);
  });

  // Durations are the only fractional figures: the three hour sentences, counts held at 3.
  const hourRows: Array<[number, string, string, string]> = [
    [0, 'wyniósł 0 godzin', 'w łącznym wymiarze 0 godzin', ''],
    [1, 'wyniósł 1 godzinę', 'w łącznym wymiarze 1 godziny', 'przepracowali łącznie 1 godzinę'],
    [1.5, 'wyniósł 1,5 godziny', 'w łącznym wymiarze 1,5 godziny', 'przepracowali łącznie 1,5 godziny'],
    [2, 'wyniósł 2 godziny', 'w łącznym wymiarze 2 godzin', 'przepracowali łącznie 2 godziny'],
    [2.25, 'wyniósł 2,3 godziny', 'w łącznym wymiarze 2,3 godziny', 'przepracowali łącznie 2,3 godziny'],
    [5, 'wyniósł 5 godzin', 'w łącznym wymiarze 5 godzin', 'przepracowali łącznie 5 godzin'],
    [12, 'wyniósł 12 godzin', 'w łącznym wymiarze 12 godzin', 'przepracowali łącznie 12 godzin'],
    [22, 'wyniósł 22 godziny', 'w łącznym wymiarze 22 godzin', 'przepracowali łącznie 22 godziny'],
    [101, 'wyniósł 101 godzin', 'w łącznym wymiarze 101 godzin', 'przepracowali łącznie 101 godzin'],
    [
      12345,
      'wyniósł 12\u00a0345 godzin',
      'w łącznym wymiarze 12\u00a0345 godzin',
      'przepracowali łącznie 12\u00a0345 godzin',
    ],
  ];
  it.each(hourRows)('%d hours', (h, rooms, advice, volunteers) => {
    const text = narrativePl(summaryOf(3, h), subject);
    expect(text).toContain(`Łączny czas udostępnienia sal ${rooms}.`);
    expect(text).toContain(`(konsultacje, coaching i mentoring) ${advice}.`);
    if (volunteers) expect(text).toContain(`Wolontariusze ${volunteers}.`);
    else expect(text).not.toContain('Wolontariusze przepracowali');
  });

  it('says the volunteers worked hours in a period without new offers or placements', () => {
    const summary = summaryOf(0);
    summary.volunteering.hours = 1.5;
    const text = narrativePl(summary, subject);
    expect(text).toContain('Wolontariusze przepracowali łącznie 1,5 godziny.');
    expect(text).not.toContain('Pośrednictwo wolontariatu');
    expect(narrativeEn(summary, { name: 'the centre', plural: false })).toContain(
      'Volunteers worked 1.5 hours in all.',
    );
  });
});

describe('the English narrative', () => {
  it.each([
    [1, '1 hour', '1 person', '1 volunteer'],
    [2, '2 hours', '2 people', '2 volunteers'],
    [0, '0 hours', '0 people', ''],
  ])('%d', (n, hour, person, volunteer) => {
    const text = narrativeEn(summaryOf(n), { name: 'the centre', plural: false });
    expect(text).toContain(`${person} used the rooms`);
    expect(text).toContain(`(${hour} in all)`);
    if (volunteer) expect(text).toContain(`${volunteer} took up a placement.`);
  });
  it('1.5 hours', () => {
    expect(narrativeEn(summaryOf(1, 1.5), { name: 'the centre', plural: false })).toContain(
      'Volunteers worked 1.5 hours in all.',
    );
  });
});
