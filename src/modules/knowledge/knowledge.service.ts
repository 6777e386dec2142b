import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ArticleVisibility, DB } from '../../db/schema.ts';
import { AppError, invalidField, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, type Page, toPage } from '../../lib/pagination.ts';
import { type Actor, allowed, authorize } from '../../lib/policy/index.ts';
import { recordAudit } from '../audit/index.ts';
import {
  highlight,
  plainText,
  renderMarkdown,
  searchWords,
  slugify,
  snippet,
  type Term,
} from './knowledge.content.ts';
import { checkFile, contentDisposition, isInline, MAX_ATTACHMENT_BYTES } from './knowledge.files.ts';
import * as repo from './knowledge.repo.ts';

const ARTICLE = msg('Article', 'artykuł');
const ATTACHMENT = msg('Attachment', 'załącznik');
const MAX_QUERY_WORDS = 8;
/** A query word found as it is also stands for its inflections: words this alike. */
const INFLECTION_SIMILARITY = 0.5;
const TYPO_FIXES = 3;

/** What the actor may read: public articles for all, members-only ones for anyone signed in. */
const visibilitiesFor = (actor: Actor | null): ArticleVisibility[] =>
  allowed(actor, 'article.readMembers') ? ['public', 'members'] : ['public'];
const isStaff = (actor: Actor | null) => allowed(actor, 'article.manage');

function presentAttachment(row: repo.AttachmentMetaRow) {
  return {
    id: row.id,
    articleId: row.article_id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    url: `/api/attachments/${row.id}`,
    createdAt: row.created_at,
  };
}

function presentSummary(row: repo.ArticleRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    category: row.category,
    tags: row.tags,
    visibility: row.visibility,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function presentArticle(db: Kysely<DB>, actor: Actor | null, row: repo.ArticleRow) {
  const attachments = await repo.selectAttachments(db, row.id);
  return {
    ...presentSummary(row),
    html: row.html,
    // The Markdown source is for the editors.
    ...(isStaff(actor) && { body: row.body }),
    attachments: attachments.map(presentAttachment),
  };
}

export type ArticleInput = {
  title: string;
  body: string;
  category?: string | null;
  tags?: string[];
  visibility: ArticleVisibility;
};

function articleValues(input: ArticleInput): repo.ArticleValues {
  const html = renderMarkdown(input.body);
  return {
    title: input.title.trim(),
    body: input.body,
    html,
    bodyText: plainText(html),
    category: input.category?.trim() || null,
    tags: [...new Set((input.tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean))],
    visibility: input.visibility,
  };
}

/** The first free slug of a title: 'jak-zalozyc-fundacje', then '-2', '-3'... */
async function freeSlug(db: Kysely<DB>, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set(await repo.selectSlugsLike(db, base));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}

const SLUG_ATTEMPTS = 5;

export async function createArticle(db: Kysely<DB>, actor: Actor | null, input: ArticleInput) {
  authorize(actor, 'article.manage');
  const values = articleValues(input);
  // Two articles with the same title at once: the unique index refuses one; it takes the next slug.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const slug = await freeSlug(trx, values.title);
        const id = await repo.insertArticle(trx, { ...values, slug, createdBy: actor.id });
        await repo.addWords(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'article',
          entityId: id,
          fields: [],
        });
        return presentArticle(trx, actor, (await repo.findArticle(trx, id)) as repo.ArticleRow);
      });
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code !== '23505' || pgError.constraint !== 'articles_slug' || attempt >= SLUG_ATTEMPTS)
        throw error;
    }
  }
}

async function loadReadable(db: Kysely<DB>, actor: Actor | null, idOrSlug: string) {
  const row = isId(idOrSlug)
    ? await repo.findArticle(db, idOrSlug)
    : await repo.findArticleBySlug(db, idOrSlug);
  // A members-only article does not exist for the anonymous.
  if (!row || !visibilitiesFor(actor).includes(row.visibility)) throw notFound(ARTICLE);
  return row;
}

export async function getArticle(db: Kysely<DB>, actor: Actor | null, idOrSlug: string) {
  return presentArticle(db, actor, await loadReadable(db, actor, idOrSlug));
}

export async function updateArticle(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<ArticleInput>,
) {
  authorize(actor, 'article.manage');
  return db.transaction().execute(async (trx) => {
    const row = isId(id) ? await repo.findArticle(trx, id, { forUpdate: true }) : undefined;
    if (!row) throw notFound(ARTICLE);
    const fields = (Object.keys(changes) as (keyof ArticleInput)[]).filter(
      (key) => changes[key] !== undefined,
    );
    if (fields.length === 0) return presentArticle(trx, actor, row);
    const values = articleValues({
      title: changes.title ?? row.title,
      body: changes.body ?? row.body,
      category: changes.category !== undefined ? changes.category : row.category,
      tags: changes.tags ?? row.tags,
      visibility: changes.visibility ?? row.visibility,
    });
    await repo.updateArticleRow(trx, row.id, { ...values, updatedBy: actor.id });
    await repo.addWords(trx, row.id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'article',
      entityId: row.id,
      fields,
    });
    return presentArticle(trx, actor, (await repo.findArticle(trx, row.id)) as repo.ArticleRow);
  });
}

export async function listRevisions(db: Kysely<DB>, actor: Actor | null, id: string) {
  authorize(actor, 'article.manage');
  const row = isId(id) ? await repo.findArticle(db, id) : undefined;
  if (!row) throw notFound(ARTICLE);
  const revisions = await repo.selectRevisions(db, row.id);
  return {
    current: row.revision,
    items: revisions.map((revision) => ({
      revision: revision.revision,
      title: revision.title,
      body: revision.body,
      category: revision.category,
      tags: revision.tags,
      visibility: revision.visibility,
      editedBy: revision.edited_by,
      editedAt: revision.edited_at,
      replacedAt: revision.replaced_at,
    })),
    nextCursor: null,
  };
}

export async function listCategories(db: Kysely<DB>, actor: Actor | null) {
  const rows = await repo.selectCategories(db, visibilitiesFor(actor));
  return { items: rows.map((row) => ({ category: row.category as string, count: row.count })) };
}

// Search

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
) {
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
        ...presentSummary(row),
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
  if (terms.length === 0) return { items: [], nextCursor: null } satisfies Page<unknown>;
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
      ...presentSummary(row),
      snippet: snippet(row.body_text, terms),
      highlightedTitle: highlight(row.title, terms),
      score: Math.round(Number(row.rank) * 10_000) / 10_000,
    })),
    nextCursor: null,
  };
}

// Attachments

export async function addAttachment(
  db: Kysely<DB>,
  actor: Actor | null,
  articleId: string,
  file: { filename: string; data: Buffer },
) {
  authorize(actor, 'article.manage');
  const row = isId(articleId) ? await repo.findArticle(db, articleId) : undefined;
  if (!row) throw notFound(ARTICLE);
  if (file.data.length > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const check = checkFile(file.filename, file.data);
  if (!check.ok) {
    const reasons = {
      empty: msg('the file is empty', 'plik jest pusty'),
      refused_type: msg(
        'this kind of file is not accepted (HTML, SVG, scripts)',
        'takiego rodzaju pliku nie przyjmujemy (HTML, SVG, skrypty)',
      ),
      unknown_type: msg(
        'accepted: PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS and plain text',
        'przyjmujemy: PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS i zwykły tekst',
      ),
      extension_mismatch: msg(
        'the file name extension does not match its content',
        'rozszerzenie nazwy pliku nie odpowiada jego zawartości',
      ),
    };
    throw invalidField('file', reasons[check.reason], { reason: check.reason, extension: check.extension });
  }
  return db.transaction().execute(async (trx) => {
    const inserted = await repo.insertAttachment(trx, {
      articleId: row.id,
      filename: check.filename,
      contentType: check.kind.contentType,
      data: file.data,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      uploadedBy: actor.id,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'attach',
      entity: 'article',
      entityId: row.id,
      fields: ['attachments'],
    });
    return presentAttachment(inserted);
  });
}

export const tooLarge = () =>
  new AppError(
    'payload_too_large',
    msg(
      `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB.`,
      `Plik jest większy niż ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB.`,
    ),
    { limitBytes: MAX_ATTACHMENT_BYTES },
  );

/** The file and the headers it is served with: never run by the browser as a page. */
export async function getAttachment(db: Kysely<DB>, actor: Actor | null, id: string) {
  const row = isId(id) ? await repo.findAttachment(db, id) : undefined;
  if (!row || !visibilitiesFor(actor).includes(row.visibility)) throw notFound(ATTACHMENT);
  return {
    data: Buffer.from(row.data),
    headers: {
      'content-type': row.content_type,
      'content-disposition': contentDisposition(isInline(row.content_type), row.filename),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cache-control': row.visibility === 'public' ? 'public, max-age=3600' : 'private, no-cache',
    },
  };
}

export async function removeAttachment(db: Kysely<DB>, actor: Actor | null, id: string) {
  authorize(actor, 'article.manage');
  const row = isId(id) ? await repo.findAttachment(db, id) : undefined;
  if (!row) throw notFound(ATTACHMENT);
  await db.transaction().execute(async (trx) => {
    await repo.deleteAttachment(trx, row.id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'detach',
      entity: 'article',
      entityId: row.article_id,
      fields: ['attachments'],
    });
  });
}

/** For other modules' services (incubation links): the article, without any permission check. */
export async function findArticleForService(db: Kysely<DB>, id: string) {
  const row = isId(id) ? await repo.findArticle(db, id) : undefined;
  return row && { id: row.id, slug: row.slug, title: row.title, visibility: row.visibility };
}
