import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as pl from '@zxcvbn-ts/language-pl';
import { invalidField, msg } from '../../lib/errors.ts';

/**
 * Passwords people choose are checked against what crackers try first: zxcvbn's lists of
 * common passwords, Polish and English words and names, keyboard patterns, sequences, dates and
 * the person's own name and e-mail. Below this score (0–4) a password is refused.
 */
export const MIN_PASSWORD_SCORE = 3;

// One estimator, loaded once; its feedback comes back as translation keys, said in both languages below.
let estimator: ZxcvbnFactory | undefined;
const keysOf = <T extends Record<string, string>>(table: T) =>
  Object.fromEntries(Object.keys(table).map((key) => [key, key])) as T;

function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...pl.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      warnings: keysOf(en.translations.warnings),
      suggestions: keysOf(en.translations.suggestions),
      timeEstimation: en.translations.timeEstimation,
    },
  });
  return estimator;
}

type Table = Record<string, string | undefined>;

/** Refuses (422 on `field`) a password too easy to guess, saying why in Polish and English. */
export function assertStrongPassword(password: string, personal: string[], field = 'password') {
  // The name and address whole, in parts, and without Polish letters (people type "Bozena").
  const fold = (word: string) =>
    word
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L');
  const words = personal
    .flatMap((value) => [value, ...value.split(/[\s@.\-_+]+/)])
    .flatMap((word) => [word, fold(word)])
    .filter((word) => word.length > 2);
  // A password that is the person's own name or address, give or take a few characters, is
  // refused whatever zxcvbn scores it (three name parts can reach its threshold).
  const plain = (text: string) =>
    fold(text)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const bare = plain(password);
  const own = personal
    .flatMap((value) => [value, value.split('@')[0] ?? ''])
    .map(plain)
    .some((value) => value.length >= 6 && bare.includes(value) && bare.length - value.length <= 4);
  if (own) {
    throw invalidField(
      field,
      msg(
        'this password is the name or e-mail address of the account. Use a longer phrase of several unrelated words.',
        'to hasło to imię i nazwisko lub adres e-mail konta. Użyj dłuższej frazy z kilku niezwiązanych słów.',
      ),
      { rule: 'password_strength' },
    );
  }
  const result = getEstimator().check(password, words);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const key = result.feedback.warning;
  const reason = key
    ? msg(
        (en.translations.warnings as Table)[key] ?? key,
        (pl.translations.warnings as Table)[key] ?? (en.translations.warnings as Table)[key] ?? key,
      )
    : msg('It is made of common words or patterns.', 'Składa się z popularnych słów lub wzorców.');
  throw invalidField(
    field,
    msg(
      `this password is too easy to guess. ${reason.en} Use a longer phrase of several unrelated words.`,
      `to hasło łatwo odgadnąć. ${reason.pl} Użyj dłuższej frazy z kilku niezwiązanych słów.`,
    ),
    { rule: 'password_strength' },
  );
}
