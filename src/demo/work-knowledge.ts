/**
 * The demo knowledge base: practical articles for Kraków's organizations, as a centre's staff
 * would write them. Where the law sets a number (members, days, amounts) it is the one in force
 * when written; the articles send the reader to the act or the office for the details.
 */
import { ARTICLES_A } from './work-knowledge-a.ts';
import { ARTICLES_B } from './work-knowledge-b.ts';

export type { DemoArticle } from './markdown.ts';

export const ARTICLES = [...ARTICLES_A, ...ARTICLES_B];
