import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { enqueueMail } from '../mail/index.ts';
import * as repo from './accounts.repo.ts';

// Secrets handed out (session cookies, API tokens, mailed links): only their SHA-256 is stored.
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

/** A link confirming an address works once, for a day. */
export const VERIFY_LINK_MS = 24 * 60 * 60 * 1000;
/** At most this many confirmation mails per account and purpose an hour. */
export const MAX_VERIFY_MAILS_PER_HOUR = 3;

/**
 * Mails a link confirming the account's address (a few an hour at most, so nobody's mailbox is
 * flooded through registration or sign-in); says whether it did.
 */
export async function mailVerificationLink(
  db: Kysely<DB>,
  publicUrl: string,
  row: { id: string; email: string; name: string; language: string },
): Promise<boolean> {
  const since = new Date(Date.now() - 60 * 60 * 1000);
  if ((await repo.countRecentLinks(db, row.id, 'verify_email', since)) >= MAX_VERIFY_MAILS_PER_HOUR)
    return false;
  const token = newSecret();
  await repo.insertAccountLink(db, {
    userId: row.id,
    purpose: 'verify_email',
    tokenHash: hashSecret(token),
    expiresAt: new Date(Date.now() + VERIFY_LINK_MS),
  });
  await enqueueMail(db, {
    to: row.email,
    kind: 'verify_email',
    language: row.language === 'en' ? 'en' : 'pl',
    data: { name: row.name, link: `${publicUrl}/verify-email?token=${encodeURIComponent(token)}` },
  });
  return true;
}
