import { distance } from 'fastest-levenshtein';

/**
 * When two names are alike enough to be one beneficiary entered twice. Trigram similarity of
 * whole names is not enough: "Stowarzyszenie Sąsiedzi z Ruczaju" and "Stowarzyszenie Sąsiedzi
 * z Bronowic" share most of their letters and are two neighbourhoods' associations. So the
 * words that only say what kind of body it is (its legal form) and the small words between are
 * set aside, and every remaining word of each name must have its match in the other: the same
 * word, or for longer words one typo or inflected ending away (two for words of 8 letters and
 * more). Short words and numbers must match exactly ("Klub nr 2" is not "Klub nr 3").
 * Names come folded (lower case, without diacritics: civitas_fold).
 */
const GENERIC_WORDS = new Set([
  // legal forms, in full, inflected and abbreviated
  'stowarzyszenie',
  'stowarzyszenia',
  'stow',
  'fundacja',
  'fundacji',
  'fund',
  'spoldzielnia',
  'spoldzielni',
  'socjalna',
  'spolka',
  'sp',
  'zoo',
  'nieformalna',
  'grupa',
  'association',
  'foundation',
  // the small words between
  'a',
  'i',
  'o',
  'u',
  'w',
  'we',
  'z',
  'ze',
  'na',
  'do',
  'od',
  'dla',
  'pod',
  'przy',
  'oraz',
  'im',
  'imienia',
  'the',
  'of',
  'and',
  'for',
]);

const MIN_FUZZY_LENGTH = 4;
const LONG_WORD = 8;

/** The words that tell this body from others of its kind; all of them if none is left. */
export function distinguishingWords(folded: string): string[] {
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const distinctive = words.filter((word) => !GENERIC_WORDS.has(word));
  return distinctive.length > 0 ? distinctive : words;
}

function wordsAlike(x: string, y: string): boolean {
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < MIN_FUZZY_LENGTH || /\d/.test(x) || /\d/.test(y)) return false;
  return distance(x, y) <= (shorter >= LONG_WORD ? 2 : 1);
}

export function namesAlike(foldedA: string, foldedB: string): boolean {
  const a = distinguishingWords(foldedA);
  const b = distinguishingWords(foldedB);
  if (a.length === 0 || b.length === 0) return false;
  const covered = (xs: string[], ys: string[]) => xs.every((x) => ys.some((y) => wordsAlike(x, y)));
  return covered(a, b) && covered(b, a);
}
