import { addTexts } from '../app/i18n.ts';
import { pl } from './locales/pl.ts';

/** The console's strings, in their own namespace: useTranslation('console'); in when this resolves. */
export const consoleTexts = addTexts('console', pl, async () => (await import('./locales/en.ts')).en);
