import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { AppError, msg } from '../../../lib/errors.ts';
import { decodeCursor, type Page, toPage } from '../../../lib/pagination.ts';
import type { Actor } from '../../../lib/policy.ts';
import { visibilitiesFor } from './articles.access.ts';
import { highlight, searchWords, snippet, type Term } from './articles.content.ts';
import * as repo from './articles.repo.ts';
import type { ArticleListItem } from './articles.schema.ts';
import { toArticleSummary } from './articles.service.ts';

/** The list of articles and the search through them. */

const MAX_QUERY_WORDS = 8;
/** A query word found as it is also stands for its inflections: words this alike. */
const INFLECTION_SIMILARITY = 0.5;
const TYPO_FIXES = 3;

/**
 * The query as terms: each word stands for itself (and, from 3 letters, any word it begins),
 * for its inflections found in the articles, or, when no article has it, for the most alike
 * words that do (typos: 'fundajca' -> 'fundacja').
 */
async function termsOf(db: Kysely<DB>, q: string): Promise<Term[]> {
  const words = [...new Set(searchWords(q))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return [];
  const similar = await repo.selectSimilarWords(db, words);
  return words.map((word) => {
    const alike = similar.filter((row) => row.query === word);
    const known = alike.some((row) => row.word === word);
    const others = known
      ? alike.filter((row) => row.similarity >= INFLECTION_SIMILARITY)
      : alike.slice(0, TYPO_FIXES);
    return {
      lexemes: [...new Set([word, ...others.map((row) => row.word)])],
      prefix: word.length >= 3 ? word : null,
    };
  });
}

/** A tsquery from folded words (letters and digits only, so nothing needs quoting). */
function tsquery(terms: Term[], join: '&' | '|'): string {
  return terms
    .map((term) => {
      const options = term.lexemes.map((lexeme) => (lexeme === term.prefix ? `${lexeme}:*` : lexeme));
      return `(${options.join(' | ')})`;
    })
    .join(` ${join} `);
}

export async function listArticles(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { q?: string; category?: string; tag?: string; limit: number; cursor?: string },
): Promise<Page<ArticleListItem>> {
  const filter = {
    visibilities: visibilitiesFor(actor),
    category: query.category?.trim() || undefined,
    tag: query.tag?.trim().toLowerCase() || undefined,
  };
  const q = query.q?.trim();
  if (!q) {
    const rows = await repo.selectArticles(db, {
      ...filter,
      limit: query.limit,
      after: decodeCursor(query.cursor),
    });
    return toPage(
      rows,
      query.limit,
      (row) => ({ at: row.created_at, id: row.id }),
      (row) => ({
        ...toArticleSummary(row),
        snippet: snippet(row.body_text, []),
        highlightedTitle: highlight(row.title, []),
        score: null,
      }),
    );
  }
  if (query.cursor !== undefined) {
    throw new AppError(
      'bad_request',
      msg('The cursor is not valid.', 'Nieprawidłowy kursor stronicowania.'),
      [{ path: 'cursor', message: 'a search gives one page of the best matches' }],
    );
  }
  const terms = await termsOf(db, q);
  if (terms.length === 0) return { items: [], nextCursor: null };
  // Every word must match; when no article has them all, any of them will do.
  let rows = await repo.searchArticles(db, {
    ...filter,
    tsquery: tsquery(terms, '&'),
    q,
    limit: query.limit,
  });
  if (rows.length === 0 && terms.length > 1) {
    rows = await repo.searchArticles(db, { ...filter, tsquery: tsquery(terms, '|'), q, limit: query.limit });
  }
  return {
    items: rows.map((row) => ({
      ...toArticleSummary(row),
      snippet: snippet(row.body_text, terms),
      highlightedTitle: highlight(row.title, terms),
      score: Math.round(Number(row.rank) * 10_000) / 10_000,
    })),
    nextCursor: null,
  };
}
