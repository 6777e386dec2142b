import type { ImportKind } from '../../db/enums.ts';
import { toCsv } from '../../lib/csv.ts';

/**
 * An example file of each kind, with Polish headers (English ones are recognised as well): what
 * GET /api/imports/examples/:kind.csv serves and docs/examples/ holds. The bookings and
 * attendance examples name the beneficiaries of the beneficiaries example, so importing them in
 * that order works in a centre with a "Sala warsztatowa" and the activity named.
 */
export const EXAMPLES: Record<ImportKind, string[][]> = {
  beneficiaries: [
    ['Rodzaj', 'Nazwa', 'Dzielnica', 'KRS', 'NIP', 'REGON', 'E-mail', 'Telefon'],
    [
      'organizacja',
      'Stowarzyszenie Sąsiedzi z Ruczaju',
      'VIII Dębniki',
      '0000123456',
      '526-104-08-28',
      '123456785',
      'kontakt@sasiedzi-ruczaj.pl',
      '12 345 67 89',
    ],
    ['organizacja', 'Fundacja Zielone Podgórze', '13', '0000654321', '', '', 'biuro@zielonepodgorze.pl', ''],
    [
      'grupa nieformalna',
      'Klub Planszówkowy Kazimierz',
      'Stare Miasto',
      '',
      '',
      '',
      'planszowki.kazimierz@example.org',
      '',
    ],
    ['osoba fizyczna', 'Anna Kowalska', 'Nowa Huta', '', '', '', 'anna.kowalska@example.org', '600 100 200'],
  ],
  bookings: [
    ['Sala', 'Data', 'Od', 'Do', 'Liczba osób', 'Beneficjent', 'E-mail', 'Tytuł'],
    [
      'Sala warsztatowa',
      '2026-10-06',
      '17:00',
      '19:00',
      '14',
      'Stowarzyszenie Sąsiedzi z Ruczaju',
      'kontakt@sasiedzi-ruczaj.pl',
      'Zebranie członków',
    ],
    [
      'Sala warsztatowa',
      '13.10.2026',
      '18:00',
      '20:30',
      '9',
      'Klub Planszówkowy Kazimierz',
      '',
      'Wieczór gier',
    ],
    [
      'Sala warsztatowa',
      '2026-10-20',
      '10:00',
      '12:00',
      '22',
      'Fundacja Zielone Podgórze',
      '',
      'Warsztaty kompostowania',
    ],
  ],
  attendance: [
    ['Wydarzenie', 'Data', 'Uczestnik', 'E-mail', 'Liczba osób', 'Bez zapisu'],
    ['Warsztaty pisania wniosków grantowych', '2026-10-08', 'Stowarzyszenie Sąsiedzi z Ruczaju', '', '2', ''],
    [
      'Warsztaty pisania wniosków grantowych',
      '2026-10-08',
      'Anna Kowalska',
      'anna.kowalska@example.org',
      '',
      '',
    ],
    ['Warsztaty pisania wniosków grantowych', '2026-10-08', '', '', '', '5'],
  ],
  volunteers: [
    ['Nazwa', 'E-mail', 'Telefon', 'Dzielnica', 'Umiejętności', 'Godziny tygodniowo'],
    [
      'Anna Kowalska',
      'anna.kowalska@example.org',
      '600 100 200',
      'Nowa Huta',
      'korepetycje, fotografia',
      '4',
    ],
    ['Piotr Nowak', 'piotr.nowak@example.org', '', 'Krowodrza', 'IT, social media', '6'],
    ['Maria Wiśniewska', 'maria.wisniewska@example.org', '', '', 'pomoc przy wydarzeniach', ''],
  ],
};

/** An example as the file served and kept in docs/examples/import-<kind>.csv (npm run generate:examples). */
export const exampleFile = (kind: ImportKind): string => toCsv(EXAMPLES[kind]);
