import type { ArticleVisibility } from '../db/enums.ts';

/** A demo article: what the knowledge base's editor would type in. */
export type DemoArticle = {
  title: string;
  category: string;
  tags: string[];
  visibility: ArticleVisibility;
  body: string;
};

/** Markdown written as one line per array item, for readable sources. */
export const md = (lines: string[]) => lines.join('\n');
