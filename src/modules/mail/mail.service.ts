import type { Kysely, QueryCreator } from 'kysely';
import type { DB, MailAttachment } from '../../db/schema.ts';
import { decodeCursor, toPage } from '../../lib/pagination.ts';
import { type Actor, authorize, may } from '../../lib/policy.ts';
import * as repo from './mail.repo.ts';
import type { OutboxItem, OutboxQuery } from './mail.schema.ts';
import { type MailKind, type MailLanguage, renderMail, type TemplateData } from './mail.templates.ts';

/**
 * Queues a message in the outbox. Call it with the transaction of the change it reports, so
 * the message exists exactly when the change committed.
 */
export async function enqueueMail<K extends MailKind>(
  db: Kysely<DB>,
  message: {
    to: string;
    kind: K;
    language?: MailLanguage;
    data: TemplateData<K>;
    attachments?: MailAttachment[];
    /** The centre the message is from, so that its coordinators see it in the outbox. */
    centerId?: string | null;
  },
): Promise<void> {
  const language = message.language ?? 'pl';
  const { subject, text } = renderMail(message.kind, language, message.data);
  await repo.insertMail(db, {
    to: message.to,
    subject,
    text,
    kind: message.kind,
    language,
    attachments: message.attachments,
    centerId: message.centerId ?? null,
  });
}

/**
 * The INSERT that queues these messages, to run as a part of the change's own statement (a
 * data-modifying WITH): the messages exist exactly when the change does, in one round trip.
 */
export function buildMailInsert(
  db: QueryCreator<DB>,
  messages: {
    to: string;
    kind: MailKind;
    language: MailLanguage;
    data: TemplateData<MailKind>;
    attachments?: MailAttachment[];
    centerId: string | null;
  }[],
) {
  return repo.mailInsert(
    db,
    messages.map((message) => ({
      ...renderMail(message.kind, message.language, message.data),
      to: message.to,
      kind: message.kind,
      language: message.language,
      attachments: message.attachments,
      centerId: message.centerId,
    })),
  );
}

/** The one mapping of an outbox row to the API's shape: attachments by name, type and size only. */
function toOutboxItem(row: repo.OutboxRow): OutboxItem {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    centerId: row.center_id,
    attachments: row.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: Buffer.from(attachment.content, 'base64').length,
    })),
  };
}

export async function listOutbox(db: Kysely<DB>, actor: Actor | null, query: OutboxQuery) {
  authorize(actor, 'outbox.read');
  // A coordinator: the mail of its own centres only (account mail is nobody's but the admin's).
  const centerIds = may(actor, 'outbox.readAll') ? undefined : actor.centerIds;
  const rows = await repo.selectOutbox(db, { ...query, centerIds, after: decodeCursor(query.cursor) });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), toOutboxItem);
}
