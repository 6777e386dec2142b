import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { pl } from './locales/pl.ts';

/**
 * Polish first, English by a switch (remembered in localStorage). Each part of the app adds
 * its own namespace with i18n.addResourceBundle; plural keys use i18next's _one/_few/_many
 * suffixes, which follow Intl.PluralRules('pl').
 */
export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('civitas.language');
const initial: Language = stored === 'en' ? 'en' : 'pl';

void i18n.use(initReactI18next).init({
  resources: { pl: { common: pl }, en: { common: en } },
  lng: initial,
  fallbackLng: 'pl',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = initial;

export function setLanguage(language: Language) {
  localStorage.setItem('civitas.language', language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
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
