import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { attachmentsOf } from '../attachments/attachments.service.ts';
import { ARTICLE, readsSource, visibilitiesFor } from './articles.access.ts';
import { plainText, renderMarkdown, slugify } from './articles.content.ts';
import * as repo from './articles.repo.ts';
import type {
  Article,
  ArticleChanges,
  ArticleInput,
  ArticleSummary,
  RevisionList,
} from './articles.schema.ts';

/** The one mapping of an articles row to the API's summary shape (lists); toArticle adds the rest. */
export function toArticleSummary(row: repo.ListedArticleRow): ArticleSummary {
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

async function toArticle(db: Kysely<DB>, actor: Actor | null, row: repo.ArticleRow): Promise<Article> {
  return {
    ...toArticleSummary(row),
    html: row.html,
    // The Markdown source is for the editors.
    ...(readsSource(actor) && { body: row.body }),
    attachments: await attachmentsOf(db, row.id),
  };
}

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
        return toArticle(trx, actor, (await repo.findArticle(trx, id)) as repo.ArticleRow);
      });
    } catch (error) {
      if (!isUniqueViolation(error, 'articles_slug') || attempt >= SLUG_ATTEMPTS) throw error;
    }
  }
}

export async function loadReadable(db: Kysely<DB>, actor: Actor | null, idOrSlug: string) {
  const row = isId(idOrSlug)
    ? await repo.findArticle(db, idOrSlug)
    : await repo.findArticleBySlug(db, idOrSlug);
  // A members-only article does not exist for the anonymous.
  if (!row || !visibilitiesFor(actor).includes(row.visibility)) throw notFound(ARTICLE);
  return row;
}

export async function getArticle(db: Kysely<DB>, actor: Actor | null, idOrSlug: string) {
  return toArticle(db, actor, await loadReadable(db, actor, idOrSlug));
}

export async function updateArticle(
  db: Kysely<DB>,
  actor: Actor | null,
  idOrSlug: string,
  changes: ArticleChanges,
) {
  authorize(actor, 'article.manage');
  return db.transaction().execute(async (trx) => {
    const id = isId(idOrSlug) ? idOrSlug : (await repo.findArticleBySlug(trx, idOrSlug))?.id;
    const row = id ? await repo.findArticle(trx, id, { forUpdate: true }) : undefined;
    if (!row) throw notFound(ARTICLE);
    const fields = (Object.keys(changes) as (keyof ArticleInput)[]).filter(
      (key) => changes[key] !== undefined,
    );
    if (fields.length === 0) return toArticle(trx, actor, row);
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
    return toArticle(trx, actor, (await repo.findArticle(trx, row.id)) as repo.ArticleRow);
  });
}

export async function listRevisions(db: Kysely<DB>, actor: Actor | null, id: string): Promise<RevisionList> {
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

/** For other modules' services (incubation links): the article, without any permission check. */
export async function findArticleForService(db: Kysely<DB>, id: string) {
  const row = isId(id) ? await repo.findArticle(db, id) : undefined;
  return row && { id: row.id, slug: row.slug, title: row.title, visibility: row.visibility };
}
