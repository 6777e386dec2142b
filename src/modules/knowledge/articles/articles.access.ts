import type { ArticleVisibility } from '../../../db/enums.ts';
import { msg } from '../../../lib/errors.ts';
import { type Actor, allowed } from '../../../lib/policy.ts';

/** How errors name an article. */
export const ARTICLE = msg('Article', 'artykuł');

/** What the actor may read: public articles for all, members-only ones for anyone signed in. */
export const visibilitiesFor = (actor: Actor | null): ArticleVisibility[] =>
  allowed(actor, 'article.readMembers') ? ['public', 'members'] : ['public'];

/** The Markdown source is for the editors. */
export const readsSource = (actor: Actor | null): boolean => allowed(actor, 'article.readSource');
