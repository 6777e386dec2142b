import { isStaff, type Rule, signedIn } from './predicates.ts';

/** Who may do what in the knowledge module. */
export const knowledgeRules = {
  // Knowledge base: staff write; members-only articles are for anyone signed in.
  'article.manage': isStaff,
  'article.readMembers': signedIn,
  // The Markdown source of an article is for its editors.
  'article.readSource': isStaff,
} satisfies Record<string, Rule>;
