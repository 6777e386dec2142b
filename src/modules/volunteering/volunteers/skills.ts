/** The shared list of volunteers' skills, with labels in both languages. */

export type Language = 'pl' | 'en';

export const SKILLS = [
  { code: 'it', pl: 'informatyka', en: 'IT' },
  { code: 'graphic_design', pl: 'grafika', en: 'graphic design' },
  { code: 'translation', pl: 'tłumaczenia', en: 'translation' },
  { code: 'event_support', pl: 'pomoc przy wydarzeniach', en: 'event support' },
  { code: 'tutoring', pl: 'korepetycje', en: 'tutoring' },
  { code: 'fundraising', pl: 'pozyskiwanie funduszy', en: 'fundraising' },
  { code: 'social_media', pl: 'media społecznościowe', en: 'social media' },
  { code: 'legal', pl: 'pomoc prawna', en: 'legal help' },
  { code: 'accounting', pl: 'księgowość', en: 'accounting' },
  { code: 'care', pl: 'opieka', en: 'care' },
  { code: 'driving', pl: 'prowadzenie samochodu', en: 'driving' },
  { code: 'photography', pl: 'fotografia', en: 'photography' },
  { code: 'video', pl: 'wideo', en: 'video' },
  { code: 'writing', pl: 'pisanie i redakcja tekstów', en: 'writing and editing' },
  { code: 'project_management', pl: 'zarządzanie projektami', en: 'project management' },
  { code: 'administration', pl: 'prace biurowe', en: 'office work' },
  { code: 'first_aid', pl: 'pierwsza pomoc', en: 'first aid' },
  { code: 'sports', pl: 'sport i rekreacja', en: 'sports and recreation' },
  { code: 'arts_crafts', pl: 'rękodzieło i plastyka', en: 'arts and crafts' },
  { code: 'music', pl: 'muzyka', en: 'music' },
  { code: 'cooking', pl: 'gotowanie', en: 'cooking' },
  { code: 'senior_support', pl: 'wsparcie seniorów', en: 'support for seniors' },
  { code: 'environment', pl: 'ekologia i zieleń', en: 'environment and greenery' },
  { code: 'polish_teaching', pl: 'nauka języka polskiego', en: 'teaching Polish' },
] as const;

export type SkillCode = (typeof SKILLS)[number]['code'];
export const SKILL_CODES = SKILLS.map((skill) => skill.code) as [SkillCode, ...SkillCode[]];

const skillLabels = new Map<string, { pl: string; en: string }>(SKILLS.map((skill) => [skill.code, skill]));

export function skillLabel(code: string, language: Language): string {
  return skillLabels.get(code)?.[language] ?? code;
}
