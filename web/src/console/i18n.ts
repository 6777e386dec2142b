import i18n from '../app/i18n.ts';
import { en } from './locales/en.ts';
import { pl } from './locales/pl.ts';

/** The console's strings, in their own namespace: useTranslation('console'). */
i18n.addResourceBundle('pl', 'console', pl, true, true);
i18n.addResourceBundle('en', 'console', en, true, true);
