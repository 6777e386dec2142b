import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { ArticleVisibility } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';

/** Typo correction: how alike a query word and a word of the articles must be (pg_trgm similarity). */
export const TYPO_THRESHOLD = 0.3;
/** Title typos: how much of the query must appear in a title (pg_trgm word_similarity). */
export const TITLE_THRESHOLD = 0.5;

const articleColumns = [
  'articles.id',
  'articles.slug',
  'articles.title',
  'articles.body',
  'articles.html',
  'articles.body_text',
  'articles.category',
  'articles.tags',
  'articles.visibility',
  'articles.revision',
  'articles.created_by',
  'articles.updated_by',
  'articles.created_at',
  'articles.updated_at',
] as const;

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

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
  let query = filtered(db.selectFrom('articles').select(articleColumns), filter)
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
 * pg_trgm reads its thresholds from settings; set_config(..., true) keeps ours to this
 * transaction, so the indexed operators (% and %>) filter at exactly our thresholds.
 */
async function withThresholds<T>(db: Kysely<DB>, run: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const apply = async (trx: Kysely<DB>) => {
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(TYPO_THRESHOLD)}, true),
                     set_config('pg_trgm.word_similarity_threshold', ${String(TITLE_THRESHOLD)}, true)`.execute(
      trx,
    );
    return run(trx);
  };
  return db.isTransaction ? apply(db) : db.transaction().execute(apply);
}

/** For each query word: whether the articles have it, and their most alike words. */
export function selectSimilarWords(db: Kysely<DB>, words: string[]) {
  return withThresholds(db, async (trx) => {
    const { rows } = await sql<{ query: string; word: string; similarity: number }>`
      select w.query, v.word, similarity(v.word, w.query) as similarity
        from unnest(${sql.val(words)}::text[]) as w(query)
        cross join lateral (
          select word from article_words
           where word % w.query
           order by similarity(word, w.query) desc, word
           limit 5) as v
    `.execute(trx);
    return rows;
  });
}

/**
 * Ranked full-text search. `tsquery` is built by the service from folded words only.
 * Articles whose title holds the query come first, then by weight (title A, body B).
 */
export function searchArticles(
  db: Kysely<DB>,
  filter: ListFilter & { tsquery: string; q: string; limit: number },
) {
  return withThresholds(db, (trx) => {
    const query = sql`to_tsquery('simple', ${filter.tsquery})`;
    const foldedQ = sql`public.civitas_fold(${filter.q})`;
    return filtered(
      trx
        .selectFrom('articles')
        .select(articleColumns)
        .select([
          sql<number>`ts_rank(articles.search, ${query})`.as('rank'),
          sql<boolean>`(to_tsvector('simple', public.civitas_fold(articles.title)) @@ ${query}
                        or word_similarity(${foldedQ}, public.civitas_fold(articles.title)) >= ${TITLE_THRESHOLD})`.as(
            'title_hit',
          ),
        ]),
      filter,
    )
      .where(sql<boolean>`(articles.search @@ ${query} or public.civitas_fold(articles.title) %> ${foldedQ})`)
      .orderBy('title_hit', 'desc')
      .orderBy('rank', 'desc')
      .orderBy('articles.created_at', 'desc')
      .orderBy('articles.id')
      .limit(filter.limit)
      .execute();
  });
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
