import { addTexts } from '../app/i18n.ts';
import { pl } from './locales/pl.ts';

/** The member area's messages, Polish with its chunk; in when this resolves (routes.tsx waits). */
export const memberTexts = addTexts('member', pl, async () => (await import('./locales/en.ts')).en);
