/**
 * Polish number words: the form of a counted noun and number formatting, for the reports a
 * centre reads to the council. The form depends on the number's CLDR plural category
 * (`Intl.PluralRules('pl')`) and on the case the sentence puts the noun phrase in:
 *
 * | category (examples)          | nominative   | accusative   | genitive     |
 * | ---------------------------- | ------------ | ------------ | ------------ |
 * | one (1)                      | 1 godzina    | 1 godzinę    | 1 godziny    |
 * | few (2-4, 22-24, not 12-14)  | 2 godziny    | 2 godziny    | 2 godzin     |
 * | many (0, 5-21, 25-31, ...)   | 5 godzin     | 5 godzin     | 5 godzin     |
 * | other (fractions: 1,5)       | 1,5 godziny  | 1,5 godziny  | 1,5 godziny  |
 *
 * Masculine personal nouns (beneficjent, wolontariusz) take the genitive plural after 2-4 too
 * ("2 beneficjentów skorzystało"), with the verb in the neuter singular.
 */
export type PolishForms = { one: string; few: string; many: string };
export type PolishCase = 'nominative' | 'accusative' | 'genitive';

/** A noun's forms: singular nominative, accusative, genitive; plural nominative, genitive. */
type Noun = {
  sg: [nom: string, acc: string, gen: string];
  pl: [nom: string, gen: string];
  personal?: boolean;
};

const nouns = {
  beneficjent: {
    sg: ['beneficjent', 'beneficjenta', 'beneficjenta'],
    pl: ['beneficjenci', 'beneficjentów'],
    personal: true,
  },
  godzina: { sg: ['godzina', 'godzinę', 'godziny'], pl: ['godziny', 'godzin'] },
  inicjatywa: { sg: ['inicjatywa', 'inicjatywę', 'inicjatywy'], pl: ['inicjatywy', 'inicjatyw'] },
  oferta: { sg: ['oferta', 'ofertę', 'oferty'], pl: ['oferty', 'ofert'] },
  organizacja: { sg: ['organizacja', 'organizację', 'organizacji'], pl: ['organizacje', 'organizacji'] },
  osoba: { sg: ['osoba', 'osobę', 'osoby'], pl: ['osoby', 'osób'] },
  osobaLubGrupa: {
    sg: [
      'osoba fizyczna lub grupa nieformalna',
      'osobę fizyczną lub grupę nieformalną',
      'osoby fizycznej lub grupy nieformalnej',
    ],
    pl: ['osoby fizyczne i grupy nieformalne', 'osób fizycznych i grup nieformalnych'],
  },
  raz: { sg: ['raz', 'raz', 'razu'], pl: ['razy', 'razy'] },
  spotkanieDoradcze: {
    sg: ['spotkanie doradcze', 'spotkanie doradcze', 'spotkania doradczego'],
    pl: ['spotkania doradcze', 'spotkań doradczych'],
  },
  wolontariusz: {
    sg: ['wolontariusz', 'wolontariusza', 'wolontariusza'],
    pl: ['wolontariusze', 'wolontariuszy'],
    personal: true,
  },
  wydarzenie: { sg: ['wydarzenie', 'wydarzenie', 'wydarzenia'], pl: ['wydarzenia', 'wydarzeń'] },
  wypozyczenie: { sg: ['wypożyczenie', 'wypożyczenie', 'wypożyczenia'], pl: ['wypożyczenia', 'wypożyczeń'] },
} satisfies Record<string, Noun>;
export type PolishNoun = keyof typeof nouns;

const rules = new Intl.PluralRules('pl-PL');

export function polishCategory(count: number): Intl.LDMLPluralRule {
  return rules.select(count);
}

/** The noun's form after `count` in the given case: countOf's word, without the number. */
export function nounForm(count: number, noun: PolishNoun, grammaticalCase: PolishCase): string {
  const entry: Noun = nouns[noun];
  const category = polishCategory(count);
  if (category === 'one') {
    return entry.sg[grammaticalCase === 'nominative' ? 0 : grammaticalCase === 'accusative' ? 1 : 2];
  }
  if (category === 'few') {
    return grammaticalCase === 'genitive' || entry.personal ? entry.pl[1] : entry.pl[0];
  }
  if (category === 'many') return entry.pl[1];
  return entry.sg[2];
}

/** "1 godzinę" (accusative), "22 osoby", "1,5 godziny", "12 345 beneficjentów". */
export function countOf(count: number, noun: PolishNoun, grammaticalCase: PolishCase): string {
  return `${formatPolishNumber(count)} ${nounForm(count, noun, grammaticalCase)}`;
}

/**
 * The verb agreeing with a counted subject: `one` for 1, `few` for 2-4 (22-24...), `many`
 * (neuter singular) otherwise; masculine personal nouns take `many` after 2-4 too.
 */
export function agreeingVerb(count: number, noun: PolishNoun, verbs: PolishForms): string {
  const category = polishCategory(count);
  const entry: Noun = nouns[noun];
  if (category === 'one') return verbs.one;
  if (category === 'few' && !entry.personal) return verbs.few;
  return verbs.many;
}

export function polishPlural(count: number, forms: PolishForms): string {
  const category = rules.select(count);
  return category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many;
}

const integer = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 });

/**
 * 3012 -> "3012", 12345 -> "12 345" (Polish groups thousands only from five digits; a
 * non-breaking space keeps the number on one line), 4.5 -> "4,5".
 */
export function formatPolishNumber(value: number): string {
  return (Number.isInteger(value) ? integer : decimal).format(value);
}

/** "523 beneficjentów", "1 raz", "22 osoby". */
export function countPl(count: number, forms: PolishForms): string {
  return `${formatPolishNumber(count)} ${polishPlural(count, forms)}`;
}

export function formatEnglishNumber(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** "1 time", "987 times". */
export function countEn(count: number, one: string, many: string): string {
  return `${formatEnglishNumber(count)} ${count === 1 ? one : many}`;
}
