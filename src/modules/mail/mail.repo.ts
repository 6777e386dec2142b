import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { MailStatus } from '../../db/enums.ts';
import type { DB, MailAttachment } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';
import { currentRequestId } from '../../lib/request-context.ts';

export type NewMail = {
  to: string;
  subject: string;
  text: string;
  kind: string;
  language: string;
  attachments?: MailAttachment[];
  /** The centre the message is from (its bookings, activities, appointments), if any. */
  centerId?: string | null;
};

/** The INSERT of these messages, not yet run: a part of a larger statement. */
export function mailInsert(db: QueryCreator<DB>, mails: NewMail[]) {
  return db.insertInto('outbox').values(
    mails.map((mail) => ({
      to_address: mail.to,
      subject: mail.subject,
      text: mail.text,
      kind: mail.kind,
      language: mail.language,
      attachments: JSON.stringify(mail.attachments ?? []),
      center_id: mail.centerId ?? null,
      request_id: currentRequestId(),
    })),
  );
}

export async function insertMail(db: Kysely<DB>, mail: NewMail): Promise<void> {
  await mailInsert(db, [mail]).execute();
}

/**
 * Takes up to `limit` due messages for this sender. `for update skip locked` and the lease
 * (`locked_until`) make each message go to one sender, however many server processes run.
 */
export async function claimDueMail(db: Kysely<DB>, limit: number, leaseSeconds: number) {
  const { rows } = await sql<{
    id: string;
    to_address: string;
    subject: string;
    text: string;
    attachments: MailAttachment[];
    attempts: number;
    request_id: string | null;
  }>`
    update outbox
       set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
     where id in (
       select id from outbox
        where status = 'pending' and next_attempt_at <= now()
          and (locked_until is null or locked_until < now())
        order by created_at
        limit ${limit}
        for update skip locked)
    returning id, to_address, subject, text, attachments, attempts, request_id
  `.execute(db);
  return rows;
}

export async function markSent(db: Kysely<DB>, id: string) {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: new Date(), locked_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markFailedAttempt(db: Kysely<DB>, id: string, error: string, retryAt: Date | null) {
  await db
    .updateTable('outbox')
    .set(
      retryAt
        ? { next_attempt_at: retryAt, locked_until: null, last_error: error }
        : { status: 'failed', locked_until: null, last_error: error },
    )
    .where('id', '=', id)
    .execute();
}

export function selectOutbox(
  db: Kysely<DB>,
  filter: {
    to?: string;
    status?: MailStatus;
    centerId?: string;
    /** Only the messages of these centres. */
    centerIds?: readonly string[];
    limit: number;
    after?: CursorKey;
  },
) {
  let query = db
    .selectFrom('outbox')
    .select([
      'id',
      'to_address',
      'subject',
      'text',
      'kind',
      'status',
      'attempts',
      'last_error',
      'sent_at',
      'created_at',
      'attachments',
      'center_id',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1);
  if (filter.to) query = query.where(sql`lower(to_address)`, '=', filter.to.toLowerCase());
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.centerId) query = query.where(sql<boolean>`center_id::text = ${filter.centerId}`);
  if (filter.centerIds) {
    const ids = [...filter.centerIds];
    query = ids.length ? query.where('center_id', 'in', ids) : query.where(sql<boolean>`false`);
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(created_at, id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

export type OutboxRow = Awaited<ReturnType<typeof selectOutbox>>[number];
