import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { AppError, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { ARTICLE, visibilitiesFor } from '../articles/articles.access.ts';
import { findArticle } from '../articles/articles.repo.ts';
import { checkFile, contentDisposition, isInline, MAX_ATTACHMENT_BYTES } from './attachments.files.ts';
import * as repo from './attachments.repo.ts';
import type { Attachment } from './attachments.schema.ts';

const ATTACHMENT = msg('Attachment', 'załącznik');

/** The one mapping of an article_attachments row (without its data) to the API's shape. */
export function toAttachment(row: repo.AttachmentMetaRow): Attachment {
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

/** The files of an article, oldest first. */
export async function attachmentsOf(db: Kysely<DB>, articleId: string): Promise<Attachment[]> {
  return (await repo.selectAttachments(db, articleId)).map(toAttachment);
}

export async function addAttachment(
  db: Kysely<DB>,
  actor: Actor | null,
  articleId: string,
  file: { filename: string; data: Buffer },
) {
  authorize(actor, 'article.manage');
  const row = isId(articleId) ? await findArticle(db, articleId) : undefined;
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
    return toAttachment(inserted);
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
