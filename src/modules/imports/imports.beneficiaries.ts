import type { BeneficiaryKind } from '../../db/enums.ts';
import { AppError, type FieldError } from '../../lib/errors.ts';
import {
  beneficiaryBody,
  distinguishingWords,
  listDistricts,
  matchAgainstRegistry,
  namesAlike,
  normalizeBeneficiary,
} from '../registry/index.ts';
import { krsText } from './imports.lookup.ts';
import { fold } from './imports.parse.ts';
import * as records from './imports.records.repo.ts';
import type { CheckContext, KindHandler, MappedRow, PlanItem, Problems } from './imports.rows.ts';
import { settle } from './imports.rows.ts';
import type { DuplicateReason } from './imports.schema.ts';

export const PERSON_FIELDS = {
  name: ['Nazwa', 'Name', 'Imię i nazwisko', 'Full name', 'Nazwa beneficjenta', 'Beneficjent', 'Beneficiary'],
  email: ['E-mail', 'Email', 'Adres e-mail', 'Mail'],
  phone: ['Telefon', 'Phone', 'Tel', 'Numer telefonu', 'Phone number'],
  district: ['Dzielnica', 'District', 'Numer dzielnicy'],
};

const KIND_WORDS: Record<string, BeneficiaryKind> = {
  organizacja: 'organization',
  'organizacja pozarzadowa': 'organization',
  organization: 'organization',
  organisation: 'organization',
  ngo: 'organization',
  'grupa nieformalna': 'informal_group',
  'informal group': 'informal_group',
  grupa: 'informal_group',
  'osoba fizyczna': 'individual',
  osoba: 'individual',
  individual: 'individual',
  person: 'individual',
  mieszkaniec: 'individual',
  mieszkanka: 'individual',
};

export function parseKind(text: string): BeneficiaryKind | null {
  const folded = fold(text);
  return (
    KIND_WORDS[folded] ??
    KIND_WORDS[folded.replace(/ /g, '_')] ??
    (folded === 'informal_group' ? 'informal_group' : null)
  );
}

const ROMAN = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
];

/** A district by number (8, VIII), by name (Dębniki) or both ("VIII Dębniki"). */
export async function districtReader(ctx: CheckContext) {
  const { items } = await listDistricts(ctx.db);
  const byName = new Map(items.map((d) => [fold(d.name), d.number]));
  return (text: string): number | null | undefined => {
    const folded = fold(text).replace(/^dzielnica /, '');
    if (folded === '') return null;
    const [first = '', ...rest] = folded.split(' ');
    const number = /^\d+$/.test(first) ? Number(first) : ROMAN.indexOf(first) + 1;
    if (number >= 1 && number <= 18 && (rest.length === 0 || byName.get(rest.join(' ')) === number))
      return number;
    return byName.get(folded);
  };
}

const FIELD_MESSAGES: Record<string, [string, string]> = {
  email: ['not an e-mail address', 'to nie jest adres e-mail'],
  phone: ['not a phone number', 'to nie jest numer telefonu'],
  name: ['a name is needed (at most 300 characters)', 'potrzebna nazwa (najwyżej 300 znaków)'],
  legalForm: ['at most 100 characters', 'najwyżej 100 znaków'],
};

export type PersonValues = ReturnType<typeof normalizeBeneficiary>;

/** A row's beneficiary checked as the registry checks one; the row's errors go to `problems`. */
export function readPerson(
  row: MappedRow,
  kind: BeneficiaryKind,
  district: number | null,
  problems: Problems,
): PersonValues | null {
  const input = {
    kind,
    name: row.cell('name'),
    email: row.cell('email') || null,
    phone: row.cell('phone') || null,
    district,
    krs: row.cell('krs') ? krsText(row.cell('krs')) : null,
    nip: row.cell('nip') || null,
    regon: row.cell('regon') || null,
    legalForm: row.cell('legalForm') || null,
  };
  const parsed = beneficiaryBody.safeParse(input);
  const failed = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      const [en, pl] = FIELD_MESSAGES[field] ?? [issue.message, 'nieprawidłowa wartość'];
      if (!failed.has(field)) problems.add(row.row, field, en, pl);
      failed.add(field);
    }
  }
  try {
    // The registry numbers are judged even when another field failed, so every error shows at once.
    const checked = Object.fromEntries(
      Object.entries(input).map(([key, value]) => [key, failed.has(key) ? null : value]),
    );
    const values = normalizeBeneficiary({ ...input, ...checked, name: input.name || '-' });
    return failed.size > 0 ? null : values;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const detail of error.details as FieldError[]) {
      problems.add(row.row, detail.path, detail.message, detail.messagePl ?? detail.message);
    }
    return null;
  }
}

type Seen = {
  row: number;
  kind: string;
  district: number | null;
  krs: string | null;
  nip: string | null;
  folded: string;
  words: string[];
};

/** Two registry numbers of one kind that differ: the two rows are two bodies, whatever their names. */
const differ = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;

/**
 * Duplicates among the file's own rows, the earlier row kept: the same KRS, NIP, REGON (9-digit
 * base) or, within a kind, e-mail address, or a name alike in a district that does not differ
 * (and with no other KRS or NIP).
 * Names are compared with the rows sharing their rarest distinguishing word.
 */
export function withinFile() {
  const byKey = new Map<string, number>();
  const byWord = new Map<string, Seen[]>();
  return (row: number, v: PersonValues): { row: number; reason: DuplicateReason } | null => {
    const keys: [DuplicateReason, string | null][] = [
      ['krs', v.krs],
      ['nip', v.nip],
      ['regon', v.regon?.slice(0, 9) ?? null],
      ['email', v.email ? `${v.kind}:${v.email.toLowerCase()}` : null],
    ];
    for (const [reason, key] of keys) {
      const earlier = key ? byKey.get(`${reason}:${key}`) : undefined;
      if (earlier !== undefined) return { row: earlier, reason };
    }
    const folded = fold(v.name);
    const words = distinguishingWords(folded);
    const candidates = words.flatMap((word) => byWord.get(word) ?? []);
    const alike = candidates.find(
      (seen) =>
        seen.kind === v.kind &&
        (seen.district === null || v.district === null || seen.district === v.district) &&
        !differ(seen.krs, v.krs) &&
        !differ(seen.nip, v.nip) &&
        namesAlike(seen.folded, folded),
    );
    if (alike) return { row: alike.row, reason: 'name' };
    for (const [reason, key] of keys) if (key) byKey.set(`${reason}:${key}`, row);
    const seen = { row, kind: v.kind, district: v.district, krs: v.krs, nip: v.nip, folded, words };
    const rarest = [...words].sort((a, b) => (byWord.get(a)?.length ?? 0) - (byWord.get(b)?.length ?? 0))[0];
    for (const word of words) {
      // Every word indexes the row, but a very common word only up to a point (e.g. "klub").
      const list = byWord.get(word) ?? [];
      if (word === rarest || list.length < 200) list.push(seen);
      byWord.set(word, list);
    }
    return null;
  };
}

/** Rows of people: checked, then matched within the file and against the registry (two queries). */
export async function checkPeople(
  ctx: CheckContext,
  rows: MappedRow[],
  problems: Problems,
  kindOf: (row: MappedRow) => BeneficiaryKind | null,
) {
  const readDistrict = await districtReader(ctx);
  const duplicateInFile = withinFile();
  const items: (PlanItem & { person: PersonValues | null })[] = [];
  for (const row of rows) {
    const kind = kindOf(row);
    const district = readDistrict(row.cell('district'));
    if (district === undefined) {
      problems.add(row.row, 'district', "not one of Kraków's districts", 'to nie jest dzielnica Krakowa');
    }
    const person = kind ? readPerson(row, kind, district ?? null, problems) : null;
    const earlier = person && !problems.has(row.row) ? duplicateInFile(row.row, person) : null;
    items.push({
      row: row.row,
      action: earlier ? 'duplicate' : 'create',
      values: person ? { ...person } : {},
      person,
      ...(earlier && { existingId: null, duplicateOfRow: earlier.row, reason: earlier.reason }),
    });
  }
  const candidates = items.flatMap((item) =>
    item.person && item.action === 'create' && !problems.has(item.row)
      ? [{ key: item.row, ...item.person }]
      : [],
  );
  const matches = await matchAgainstRegistry(ctx.db, candidates);
  for (const item of items) {
    const match = matches.get(item.row);
    if (match)
      Object.assign(item, {
        action: 'duplicate',
        existingId: match.existingId,
        duplicateOfRow: null,
        reason: match.reason,
      });
  }
  return items;
}

export const beneficiariesKind: KindHandler = {
  needsCenter: false,
  fields: {
    kind: ['Rodzaj', 'Kind', 'Typ', 'Type', 'Rodzaj beneficjenta'],
    ...PERSON_FIELDS,
    krs: ['KRS', 'Numer KRS'],
    nip: ['NIP'],
    regon: ['REGON'],
    legalForm: ['Forma prawna', 'Legal form'],
  },
  required: ['kind', 'name'],
  async check(ctx, rows, problems) {
    const items = await checkPeople(ctx, rows, problems, (row) => {
      const kind = parseKind(row.cell('kind'));
      if (!kind) {
        problems.add(
          row.row,
          'kind',
          'the kind is organization, informal group or individual',
          'rodzaj to organizacja, grupa nieformalna albo osoba fizyczna',
        );
      }
      return kind;
    });
    return settle(
      items.map(({ person: _, ...item }) => item),
      problems,
    );
  },
  async write(ctx, items) {
    return (
      await records.insertBeneficiaries(
        ctx,
        items.map((item) => item.values as unknown as PersonValues),
      )
    ).length;
  },
};
