import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { ArticleVisibility } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';

/** Typo correction: how alike a query word and a word of the articles must be (pg_trgm similarity). */
export const TYPO_THRESHOLD = 0.3;
/** Title typos: how much of the query must appear in a title (pg_trgm word_similarity). */
export const TITLE_THRESHOLD = 0.5;
/** Inflections: how alike a query word and a word beginning with its stem must be, and how many. */
const INFLECTION_SIMILARITY = 0.5;
const INFLECTIONS = 5;
const TYPO_FIXES = 3;

/** What lists show of an article: its summary and the plain text its snippet is cut from. */
const listedColumns = [
  'articles.id',
  'articles.slug',
  'articles.title',
  'articles.body_text',
  'articles.category',
  'articles.tags',
  'articles.visibility',
  'articles.revision',
  'articles.created_at',
  'articles.updated_at',
] as const;

const articleColumns = [
  ...listedColumns,
  'articles.body',
  'articles.html',
  'articles.created_by',
  'articles.updated_by',
] as const;

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;
export type ListedArticleRow = Awaited<ReturnType<typeof selectArticles>>[number];

export function findArticle(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('articles').select(articleColumns).where('articles.id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function findArticleBySlug(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('articles')
    .select(articleColumns)
    .where('articles.slug', '=', slug)
    .executeTakeFirst();
}

/** The slugs already taken that start like this one: 'abc', 'abc-2', 'abc-3'... */
export async function selectSlugsLike(db: Kysely<DB>, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('articles')
    .select('slug')
    .where(sql<boolean>`slug = ${base} or slug ~ ${`^${base}-[0-9]+$`}`)
    .execute();
  return rows.map((row) => row.slug);
}

export type ArticleValues = {
  title: string;
  body: string;
  html: string;
  bodyText: string;
  category: string | null;
  tags: string[];
  visibility: ArticleVisibility;
};

const articleValues = (values: ArticleValues) => ({
  title: values.title,
  body: values.body,
  html: values.html,
  body_text: values.bodyText,
  category: values.category,
  tags: values.tags,
  visibility: values.visibility,
});

export async function insertArticle(
  db: Kysely<DB>,
  values: ArticleValues & { slug: string; createdBy: string },
) {
  const { id } = await db
    .insertInto('articles')
    .values({
      ...articleValues(values),
      slug: values.slug,
      created_by: values.createdBy,
      updated_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Keeps the current version as a revision, then writes the new one. */
export async function updateArticleRow(
  db: Kysely<DB>,
  id: string,
  values: ArticleValues & { updatedBy: string },
) {
  await sql`
    insert into article_revisions (article_id, revision, title, body, category, tags, visibility, edited_by, edited_at)
    select id, revision, title, body, category, tags, visibility, updated_by, updated_at
      from articles where id = ${id}::uuid
  `.execute(db);
  await db
    .updateTable('articles')
    .set({
      ...articleValues(values),
      updated_by: values.updatedBy,
      updated_at: new Date(),
      revision: sql<number>`revision + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** Adds the article's words to the vocabulary that typos are corrected against. */
export async function addWords(db: Kysely<DB>, articleId: string) {
  await sql`
    insert into article_words (word)
    select distinct word from articles, unnest(tsvector_to_array(articles.search)) as word
     where articles.id = ${articleId}::uuid and length(word) between 3 and 40
    on conflict do nothing
  `.execute(db);
}

export function selectRevisions(db: Kysely<DB>, articleId: string) {
  return db
    .selectFrom('article_revisions')
    .selectAll()
    .where('article_id', '=', articleId)
    .orderBy('revision', 'desc')
    .execute();
}

type ListFilter = { visibilities: ArticleVisibility[]; category?: string; tag?: string };

function filtered<O>(query: SelectQueryBuilder<DB, 'articles', O>, filter: ListFilter) {
  let result = query.where('articles.visibility', 'in', filter.visibilities);
  if (filter.category)
    result = result.where(sql<boolean>`lower(articles.category) = lower(${filter.category})`);
  if (filter.tag) result = result.where(sql<boolean>`${filter.tag} = any(articles.tags)`);
  return result;
}

export function selectArticles(db: Kysely<DB>, filter: ListFilter & { limit: number; after?: CursorKey }) {
  let query = filtered(db.selectFrom('articles').select(listedColumns), filter)
    .orderBy('articles.created_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(articles.created_at, articles.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

/**
 * A search runs all its statements in one transaction with its settings (set_config(..., true)
 * keeps them to it). pg_trgm reads its thresholds from settings, so the indexed operators (% and
 * %>) filter at exactly ours. And no table is read whole: the planner prices a match of a search
 * vector at next to nothing, so for a word in a third of the articles it chose to read them all
 * and match each (60 ms over 10,000 articles, against 15 through the index).
 */
export async function withSearchSettings<T>(db: Kysely<DB>, run: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const apply = async (trx: Kysely<DB>) => {
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(TYPO_THRESHOLD)}, true),
                     set_config('pg_trgm.word_similarity_threshold', ${String(TITLE_THRESHOLD)}, true),
                     set_config('enable_seqscan', 'off', true)`.execute(trx);
    return run(trx);
  };
  return db.isTransaction ? apply(db) : db.transaction().execute(apply);
}

/**
 * For each query word, the words of the articles it stands for. A word the articles have stands
 * for itself and its inflections: the words that begin with its stem (a range of
 * article_words_prefix) and are alike; so 'statut' stands for 'statutu' but not for 'status',
 * which is as alike. Any other word stands for the articles' words most like it (a typo).
 * In withSearchSettings.
 */
export async function selectSimilarWords(db: Kysely<DB>, words: { word: string; stem: string }[]) {
  const { rows } = await sql<{ query: string; known: boolean; word: string }>`
    with w as materialized (
      select q.query, q.stem, exists (select from article_words k where k.word = q.query) as known
        from unnest(${sql.val(words.map((entry) => entry.word))}::text[], ${sql.val(words.map((entry) => entry.stem))}::text[])
          as q(query, stem)
    )
    select w.query, w.known, v.word
      from w cross join lateral (
        (select word, similarity(word, w.query) as alike from article_words
          -- from the stem to the stem followed by the last code point: the words it begins
          where w.known and word collate "C" >= w.stem and word collate "C" < w.stem || chr(1114111)
            and similarity(word, w.query) >= ${INFLECTION_SIMILARITY}
          order by alike desc, word
          limit ${INFLECTIONS})
        union all
        (select word, similarity(word, w.query) as alike from article_words
          where not w.known and word % w.query
          order by alike desc, word
          limit ${TYPO_FIXES})
      ) as v
  `.execute(db);
  return rows;
}

/** `typos`: some word of the query is in no article, so titles most like the query count as holding it. */
type SearchFilter = ListFilter & { tsquery: string; q: string; typos: boolean; limit: number };

/** `tsquery` is built by the service from folded words only. */
const queryOf = (filter: SearchFilter) => sql`to_tsquery('simple', ${filter.tsquery})`;
const foldedQueryOf = (filter: SearchFilter) => sql`public.civitas_fold(${filter.q})`;

/**
 * Articles as a search lists them, with their rank (title words weigh A, body words B). The
 * order: those whose title holds the query first, then by rank, then the newest. A title holds
 * it when it has its words (or their forms); when the query has a typo, also when most of the
 * query's letters are in the title (pg_trgm word_similarity). Not otherwise: 'statut' is most
 * of 'status' too.
 */
function rankedArticles(db: Kysely<DB>, filter: SearchFilter) {
  return filtered(
    db
      .selectFrom('articles')
      .select(listedColumns)
      .select(sql<number>`ts_rank(articles.search, ${queryOf(filter)})`.as('rank')),
    filter,
  );
}

/**
 * The best of the articles whose title holds the query, read through the titles' indexes
 * alone. Those come first in a search, so when there are `limit` of them they are its page.
 * In withSearchSettings.
 */
export function searchTitles(db: Kysely<DB>, filter: SearchFilter) {
  const inTitle = sql<boolean>`articles.title_search @@ ${queryOf(filter)}`;
  const titleLike = sql<boolean>`articles.title_folded %> ${foldedQueryOf(filter)}`;
  return rankedArticles(db, filter)
    .where(filter.typos ? sql<boolean>`(${inTitle} or ${titleLike})` : inTitle)
    .orderBy('rank', 'desc')
    .orderBy('articles.created_at', 'desc')
    .orderBy('articles.id')
    .limit(filter.limit)
    .execute();
}

/** The best of all the articles that match, title hits first. In withSearchSettings. */
export function searchArticles(db: Kysely<DB>, filter: SearchFilter) {
  const foldedQ = foldedQueryOf(filter);
  const matches = sql<boolean>`articles.search @@ ${queryOf(filter)}`;
  const inTitle = sql<boolean>`articles.title_search @@ ${queryOf(filter)}`;
  // Titles holding most of the query, found once through their trigram index rather than by
  // comparing the title of every matching article.
  const titleLike = sql<boolean>`articles.id in (select t.id from articles as t where t.title_folded %> ${foldedQ})`;
  return rankedArticles(db, filter)
    .select((filter.typos ? sql<boolean>`(${inTitle} or ${titleLike})` : inTitle).as('title_hit'))
    .where(filter.typos ? sql<boolean>`(${matches} or articles.title_folded %> ${foldedQ})` : matches)
    .orderBy('title_hit', 'desc')
    .orderBy('rank', 'desc')
    .orderBy('articles.created_at', 'desc')
    .orderBy('articles.id')
    .limit(filter.limit)
    .execute();
}

export function selectCategories(db: Kysely<DB>, visibilities: ArticleVisibility[]) {
  return db
    .selectFrom('articles')
    .select(['category', sql<number>`count(*)::int`.as('count')])
    .where('visibility', 'in', visibilities)
    .where('category', 'is not', null)
    .groupBy('category')
    .orderBy('category')
    .execute();
}
