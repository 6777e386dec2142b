import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

const attachmentMeta = [
  'article_attachments.id',
  'article_attachments.article_id',
  'article_attachments.filename',
  'article_attachments.content_type',
  'article_attachments.size',
  'article_attachments.sha256',
  'article_attachments.created_at',
] as const;

export function selectAttachments(db: Kysely<DB>, articleId: string) {
  return db
    .selectFrom('article_attachments')
    .select(attachmentMeta)
    .where('article_id', '=', articleId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export type AttachmentMetaRow = Awaited<ReturnType<typeof selectAttachments>>[number];

export async function insertAttachment(
  db: Kysely<DB>,
  values: {
    articleId: string;
    filename: string;
    contentType: string;
    data: Buffer;
    sha256: string;
    uploadedBy: string;
  },
) {
  return db
    .insertInto('article_attachments')
    .values({
      article_id: values.articleId,
      filename: values.filename,
      content_type: values.contentType,
      size: values.data.length,
      sha256: values.sha256,
      data: values.data,
      uploaded_by: values.uploadedBy,
    })
    .returning(['id', 'article_id', 'filename', 'content_type', 'size', 'sha256', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** The file with the visibility of its article. */
export function findAttachment(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('article_attachments')
    .innerJoin('articles', 'articles.id', 'article_attachments.article_id')
    .select([...attachmentMeta, 'article_attachments.data', 'articles.visibility'])
    .where('article_attachments.id', '=', id)
    .executeTakeFirst();
}

export async function deleteAttachment(db: Kysely<DB>, id: string) {
  await db.deleteFrom('article_attachments').where('id', '=', id).execute();
}
