/**
 * Polish registry numbers: KRS (court register), NIP (tax id) and REGON (statistical number).
 * Each check answers the normalized digits, or why the input is not such a number.
 */
export type IdProblem = 'format' | 'checksum';
export type IdCheck = { ok: true; value: string } | { ok: false; reason: IdProblem };

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

/** People write these numbers in groups ("123-456-32-18", "123 456 78 5"): keep the digits. */
export function stripSeparators(input: string): string {
  return input.trim().replace(/[\s-]/g, '');
}

function weightedSum(digits: string, weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

/** The NIP check digit of the first nine digits, or null when none exists (the sum gives 10). */
export function nipCheckDigit(first9: string): number | null {
  const rest = weightedSum(first9, NIP_WEIGHTS) % 11;
  return rest === 10 ? null : rest;
}

/** The check digit of a 9-digit REGON (its first eight digits given); a remainder of 10 counts as 0. */
export function regon9CheckDigit(first8: string): number {
  return (weightedSum(first8, REGON9_WEIGHTS) % 11) % 10;
}

/** The check digit of a 14-digit REGON (its first thirteen digits given). */
export function regon14CheckDigit(first13: string): number {
  return (weightedSum(first13, REGON14_WEIGHTS) % 11) % 10;
}

export function checkKrs(input: string): IdCheck {
  const value = stripSeparators(input);
  return /^\d{10}$/.test(value) ? { ok: true, value } : { ok: false, reason: 'format' };
}

/** Also accepts the EU VAT form with the country prefix ("PL5261040828"). */
export function checkNip(input: string): IdCheck {
  const value = stripSeparators(input).replace(/^PL/i, '');
  if (!/^\d{10}$/.test(value)) return { ok: false, reason: 'format' };
  return nipCheckDigit(value.slice(0, 9)) === Number(value[9])
    ? { ok: true, value }
    : { ok: false, reason: 'checksum' };
}

/** A 14-digit REGON (a local unit) extends the 9-digit REGON of its parent, which must hold too. */
export function checkRegon(input: string): IdCheck {
  const value = stripSeparators(input);
  if (!/^(\d{9}|\d{14})$/.test(value)) return { ok: false, reason: 'format' };
  const parentValid = regon9CheckDigit(value.slice(0, 8)) === Number(value[8]);
  const valid =
    value.length === 9
      ? parentValid
      : parentValid && regon14CheckDigit(value.slice(0, 13)) === Number(value[13]);
  return valid ? { ok: true, value } : { ok: false, reason: 'checksum' };
}
