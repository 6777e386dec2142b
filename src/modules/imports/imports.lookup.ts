import { checkKrs, checkNip, stripSeparators } from '../../lib/polish-ids.ts';
import { fold } from './imports.parse.ts';
import * as records from './imports.records.repo.ts';
import type { CheckContext, MappedRow, Problems } from './imports.rows.ts';

/** The columns that name a row's beneficiary, recognised in Polish and English. */
export const NAMED_BENEFICIARY_FIELDS = {
  beneficiary: [
    'Beneficjent',
    'Beneficiary',
    'Nazwa',
    'Name',
    'Organizator',
    'Organizer',
    'Uczestnik',
    'Participant',
  ],
  email: ['E-mail', 'Email', 'Adres e-mail', 'Mail'],
  krs: ['KRS', 'Numer KRS'],
  nip: ['NIP'],
};

/**
 * A KRS number as a spreadsheet may have kept it: a number cell drops the leading zeros that
 * every KRS number has ("0000123456" becomes 123456), so fewer than ten digits are padded.
 */
export function krsText(text: string): string {
  const bare = stripSeparators(text);
  return /^\d{1,9}$/.test(bare) ? bare.padStart(10, '0') : text;
}

const digits = (check: typeof checkKrs, text: string) => {
  const result = text ? check(text) : null;
  return result?.ok ? result.value : null;
};

/** A row's KRS and NIP, each null when the cell is empty; a bad one is an error at its column. */
function identifiersOf(row: MappedRow, problems: Problems | null) {
  const read = (field: 'krs' | 'nip', check: typeof checkKrs, text: string) => {
    if (!text) return null;
    const value = digits(check, text);
    if (!value && problems) {
      const [en, pl] =
        field === 'krs'
          ? ['a KRS number has 10 digits', 'numer KRS ma 10 cyfr']
          : [
              'not a valid NIP (10 digits, the last a check digit)',
              'nieprawidłowy NIP (10 cyfr, ostatnia kontrolna)',
            ];
      problems.add(row.row, field, en, pl);
    }
    return value;
  };
  return {
    krs: read('krs', checkKrs, krsText(row.cell('krs'))),
    nip: read('nip', checkNip, row.cell('nip')),
  };
}

/**
 * Finds each row's beneficiary in the registry with one query for the whole file: by KRS, NIP,
 * e-mail address, then name (case and diacritics aside; a name two records share names none).
 * Answers a function of a row: the id, null when the row names nobody, or undefined (an error added).
 */
export async function beneficiaryFinder(ctx: CheckContext, rows: MappedRow[], problems: Problems) {
  const keys = { krs: [] as string[], nip: [] as string[], emails: [] as string[], names: [] as string[] };
  for (const row of rows) {
    const { krs, nip } = identifiersOf(row, null);
    if (krs) keys.krs.push(krs);
    if (nip) keys.nip.push(nip);
    if (row.cell('email')) keys.emails.push(row.cell('email').toLowerCase());
    if (row.cell('beneficiary')) keys.names.push(row.cell('beneficiary'));
  }
  // A log names the same few beneficiaries on thousands of rows: each key is looked up once.
  const unique = (values: string[]) => [...new Set(values)];
  const found = await records.selectNamedBeneficiaries(ctx.db, {
    krs: unique(keys.krs),
    nip: unique(keys.nip),
    emails: unique(keys.emails),
    names: unique(keys.names),
  });
  const index = (key: (b: (typeof found)[number]) => string | null) => {
    const map = new Map<string, Set<string>>();
    for (const b of found) {
      const value = key(b);
      if (value) map.set(value, (map.get(value) ?? new Set()).add(b.id));
    }
    return map;
  };
  const byKrs = index((b) => b.krs);
  const byNip = index((b) => b.nip);
  const byEmail = index((b) => b.email);
  const byName = index((b) => fold(b.name));
  return (row: MappedRow): string | null | undefined => {
    const before = problems.list.length;
    const { krs, nip } = identifiersOf(row, problems);
    if (problems.list.length > before) return undefined;
    const tries: [string, Map<string, Set<string>>, string | null][] = [
      ['krs', byKrs, krs],
      ['nip', byNip, nip],
      ['email', byEmail, row.cell('email').toLowerCase() || null],
      ['beneficiary', byName, fold(row.cell('beneficiary')) || null],
    ];
    const named = tries.filter(([, , value]) => value !== null);
    if (named.length === 0) return null;
    for (const [field, map, value] of named) {
      const ids = map.get(value as string);
      if (ids?.size === 1) return [...ids][0];
      if (ids && ids.size > 1) {
        problems.add(
          row.row,
          field,
          'several beneficiaries have this name: give an e-mail address, KRS or NIP',
          'tę nazwę ma kilku beneficjentów: podaj adres e-mail, KRS lub NIP',
        );
        return undefined;
      }
    }
    const [field] = named[named.length - 1] ?? ['beneficiary'];
    problems.add(
      row.row,
      field,
      'no such beneficiary in the registry (import the beneficiaries first)',
      'nie ma takiego beneficjenta w rejestrze (najpierw zaimportuj beneficjentów)',
    );
    return undefined;
  };
}
