/**
 * Polish number words: plural forms and number formatting, for the reports a centre reads to
 * the council. Polish has three forms for whole numbers: 1 osoba; 2, 3, 4, 22, 23, 24 osoby
 * (but 12, 13, 14 osób); 0, 5..21, 25..31 ... osób.
 */
export type PolishForms = { one: string; few: string; many: string };

const rules = new Intl.PluralRules('pl-PL');

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
