import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { AppError, msg } from '../../../lib/errors.ts';
import { decodeCursor, type Page, toPage } from '../../../lib/pagination.ts';
import type { Actor } from '../../../lib/policy.ts';
import { visibilitiesFor } from './articles.access.ts';
import { highlight, searchWords, snippet, stemOf, type Term } from './articles.content.ts';
import * as repo from './articles.repo.ts';
import type { ArticleListItem } from './articles.schema.ts';
import { toArticleSummary } from './articles.service.ts';

/** The list of articles and the search through them. */

const MAX_QUERY_WORDS = 8;

/**
 * The query as terms: each word stands for itself (and, from 3 letters, any word it begins),
 * for its inflections found in the articles, or, when no article has it, for the most alike
 * words that do (typos: 'fundajca' -> 'fundacja'). `typos`: some word is in no article.
 */
async function termsOf(db: Kysely<DB>, words: string[]): Promise<{ terms: Term[]; typos: boolean }> {
  const similar = await repo.selectSimilarWords(
    db,
    words.map((word) => ({ word, stem: stemOf(word) })),
  );
  const terms = words.map((word) => ({
    lexemes: [...new Set([word, ...similar.filter((row) => row.query === word).map((row) => row.word)])],
    prefix: word.length >= 3 ? word : null,
  }));
  const known = new Set(similar.filter((row) => row.known).map((row) => row.query));
  return { terms, typos: words.some((word) => !known.has(word)) };
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
  const words = [...new Set(searchWords(q))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return { items: [], nextCursor: null };
  const { terms, rows } = await repo.withSearchSettings(db, async (trx) => {
    const { terms, typos } = await termsOf(trx, words);
    // Title hits come first: when a page of them holds the query, they are the page, and
    // the other matching articles need not be ranked.
    const search = async (join: '&' | '|') => {
      const filterOfQuery = { ...filter, tsquery: tsquery(terms, join), q, typos, limit: query.limit };
      const titles = await repo.searchTitles(trx, filterOfQuery);
      return titles.length === query.limit ? titles : repo.searchArticles(trx, filterOfQuery);
    };
    // Every word must match; when no article has them all, any of them will do.
    const all = await search('&');
    return { terms, rows: all.length === 0 && terms.length > 1 ? await search('|') : all };
  });
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
