import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { plainText, renderMarkdown, slugify } from '../src/modules/knowledge/index.ts';
import { median } from './machine.ts';
import { polishArticle, SEARCH_QUERIES, seeded } from './polish-text.ts';
import { type Backend, fill, onEachBackend, percentile, startBenchServer, TimedClient } from './server.ts';

/**
 * The knowledge base's search, `GET /api/articles?q=`, as an anonymous visitor of the public site
 * sends it, one request at a time, over 10,000 published articles in Polish. Target: p95 under
 * 30 ms.
 */
export const SEARCH_TARGET_P95_MS = 30;
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const BATCH = 250;
const HOUR = 3600_000;

export type SearchBenchResult = {
  backend: string;
  articles: number;
  words: number;
  requests: number;
  p50: number;
  p95: number;
  slowest: { query: string; ms: number };
  withoutHits: string[];
  errors: number;
};

type ArticleRow = {
  slug: string;
  title: string;
  body: string;
  html: string;
  body_text: string;
  category: string;
  tags: string[];
  visibility: 'public' | 'members';
  created_at: Date;
};

let articles: ArticleRow[] | undefined;

/**
 * The rows createArticle would write, made once for both databases: the Markdown rendered and
 * sanitized, its plain text and the title's slug (the next free one, '-2', '-3'…) by the
 * knowledge module's own functions. Nine in ten are public; one a few hours after another
 * over the years before now.
 */
function articleRows(): ArticleRow[] {
  if (articles) return articles;
  const random = seeded(14);
  const slugs = new Map<string, number>();
  const now = Date.now();
  articles = Array.from({ length: ARTICLES }, (_, i) => {
    const article = polishArticle(random);
    const html = renderMarkdown(article.body);
    const base = slugify(article.title);
    const taken = slugs.get(base) ?? 0;
    slugs.set(base, taken + 1);
    return {
      slug: taken === 0 ? base : `${base}-${taken + 1}`,
      title: article.title,
      body: article.body,
      html,
      body_text: plainText(html),
      category: article.category,
      tags: article.tags,
      visibility: i % 10 === 9 ? 'members' : 'public',
      created_at: new Date(now - (ARTICLES - i) * 4 * HOUR),
    };
  });
  return articles;
}

/**
 * The articles in batches, then the vocabulary exactly as addWords builds it per article.
 * Exported to fill a database to profile the search on (EXPLAIN).
 */
export async function generateKnowledgeBase(db: Kysely<DB>) {
  const { id: editor } = await db
    .insertInto('users')
    .values({ email: 'redakcja@civitas.example', name: 'Redakcja', roles: ['coordinator'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = articleRows();
  for (let start = 0; start < rows.length; start += BATCH) {
    await db
      .insertInto('articles')
      .values(
        rows.slice(start, start + BATCH).map((row) => ({
          ...row,
          created_by: editor,
          updated_by: editor,
          updated_at: row.created_at,
        })),
      )
      .execute();
  }
  await sql`
    insert into article_words (word)
    select distinct word from articles, unnest(tsvector_to_array(articles.search)) as word
     where length(word) between 3 and 40
    on conflict do nothing
  `.execute(db);
  await sql`vacuum analyze`.execute(db);
  const { rows: counts } = await sql<{ articles: number; words: number }>`
    select (select count(*)::int from articles) as articles, (select count(*)::int from article_words) as words
  `.execute(db);
  return counts[0] as { articles: number; words: number };
}

async function measure(backend: Backend): Promise<SearchBenchResult> {
  const counts = await fill(backend, generateKnowledgeBase);
  const server = await startBenchServer(backend, 'search');
  const client = new TimedClient(server.port);
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  const withoutHits = new Set<string>();
  let errors = 0;
  try {
    for (let round = -1; round < ROUNDS; round++) {
      for (const query of SEARCH_QUERIES) {
        const answer = await client.send('GET', `/api/articles?q=${encodeURIComponent(query)}`);
        // The first round warms the server up and is not counted.
        if (round < 0) {
          if (answer.status === 200 && JSON.parse(answer.body).items.length === 0) withoutHits.add(query);
          continue;
        }
        if (answer.status !== 200) errors++;
        times.push(answer.ms);
        perQuery.set(query, [...(perQuery.get(query) ?? []), answer.ms]);
      }
    }
  } finally {
    client.close();
    await server.stop();
  }
  const medians = [...perQuery].map(([query, ms]) => ({ query, ms: median(ms) }));
  return {
    backend: backend.name,
    ...counts,
    requests: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    slowest: medians.reduce((a, b) => (b.ms > a.ms ? b : a)),
    withoutHits: [...withoutHits],
    errors,
  };
}

export function benchSearch(postgresUrl: string | undefined) {
  return onEachBackend(postgresUrl, measure);
}
