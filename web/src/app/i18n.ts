import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pl } from './locales/pl.ts';

/**
 * Polish first, English by a switch (remembered in localStorage). Each part of the app adds
 * its own namespace with addTexts: the Polish texts come with its chunk, the English ones are a
 * chunk of their own, loaded only when English is chosen. Plural keys use i18next's
 * _one/_few/_many suffixes, which follow Intl.PluralRules('pl').
 */
export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Texts = Record<string, unknown>;

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('civitas.language');
const initial: Language = stored === 'en' ? 'en' : 'pl';

void i18n.use(initReactI18next).init({
  resources: { pl: { common: pl } },
  lng: initial,
  fallbackLng: 'pl',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = initial;
/** The language chosen last (i18next takes it a moment later, after its texts are in). */
let chosen: Language = initial;

/** Per namespace, how to load its English texts. */
const english = new Map<string, () => Promise<Texts>>();
const loading = new Map<string, Promise<void>>();

function loadEnglish(namespace: string): Promise<void> {
  let done = loading.get(namespace);
  const load = english.get(namespace);
  if (!done && load) {
    done = load().then((texts) => {
      i18n.addResourceBundle('en', namespace, texts, true, true);
    });
    loading.set(namespace, done);
  }
  return done ?? Promise.resolve();
}

const loadAllEnglish = () => Promise.all([...english.keys()].map(loadEnglish)).then(() => undefined);

/**
 * A part of the app's texts: Polish at once, English loaded when English is (or becomes) the
 * language. Resolves when the texts of the current language are in: await it before rendering.
 */
export function addTexts(
  namespace: string,
  polish: Texts,
  loadEnglishTexts: () => Promise<Texts>,
): Promise<void> {
  i18n.addResourceBundle('pl', namespace, polish, true, true);
  english.set(namespace, loadEnglishTexts);
  return chosen === 'en' ? loadEnglish(namespace) : Promise.resolve();
}

addTexts('common', pl, async () => (await import('./locales/en.ts')).en);

/** Resolves when every part loaded so far has its texts in the current language. */
export function textsReady(): Promise<void> {
  return chosen === 'en' ? loadAllEnglish() : Promise.resolve();
}

/** Switches the language once its texts are in; the choice is remembered at once. */
export async function setLanguage(language: Language) {
  localStorage.setItem('civitas.language', language);
  chosen = language;
  if (language === 'en') await loadAllEnglish();
  if (chosen !== language) return; // switched back while the texts were loading
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates and times in the centre's zone with the language's formats. Making a formatter is costly
 * (pages format hundreds of times while rendering), so one per language and options is kept.
 */
export function formatDateTime(
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
) {
  const locale = i18n.language === 'en' ? 'en-GB' : 'pl-PL';
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Warsaw', ...options });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(value));
}

export default i18n;
