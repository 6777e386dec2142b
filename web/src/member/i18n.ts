import i18n from '../app/i18n.ts';
import { en } from './locales/en.ts';
import { pl } from './locales/pl.ts';

// The member area's messages, loaded with its chunk.
i18n.addResourceBundle('pl', 'member', pl);
i18n.addResourceBundle('en', 'member', en);
