import type { Kysely } from 'kysely';
import type { AccountLinkPurpose } from '../../db/enums.ts';
import type { DB } from '../../db/schema.ts';

// Single-use links (a password reset, an e-mail address to confirm): only the hash of the
// secret is stored; a change of address keeps the new address on its link until it is used.

export async function insertAccountLink(
  db: Kysely<DB>,
  link: {
    userId: string;
    purpose: AccountLinkPurpose;
    tokenHash: string;
    expiresAt: Date;
    newEmail?: string;
  },
) {
  await db
    .insertInto('account_links')
    .values({
      user_id: link.userId,
      purpose: link.purpose,
      token_hash: link.tokenHash,
      expires_at: link.expiresAt,
      new_email: link.newEmail ?? null,
    })
    .execute();
}

export async function countRecentLinks(
  db: Kysely<DB>,
  userId: string,
  purpose: AccountLinkPurpose,
  since: Date,
) {
  const row = await db
    .selectFrom('account_links')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The account behind a link still usable (not used, not expired), without using it. */
export function findAccountLinkUser(
  db: Kysely<DB>,
  tokenHash: string,
  purpose: AccountLinkPurpose,
  now: Date,
) {
  return db
    .selectFrom('account_links')
    .innerJoin('users', 'users.id', 'account_links.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.disabled'])
    .where('account_links.token_hash', '=', tokenHash)
    .where('account_links.purpose', '=', purpose)
    .where('account_links.used_at', 'is', null)
    .where('account_links.expires_at', '>', now)
    .executeTakeFirst();
}

/**
 * Uses a link once: marks it used and returns its user (with its purpose and, for a change of
 * address, the new address), or nothing when it is unknown, used, expired or of another purpose.
 * One statement, so two requests with the same link cannot both succeed.
 */
export function useAccountLink(
  db: Kysely<DB>,
  tokenHash: string,
  purpose: AccountLinkPurpose | readonly AccountLinkPurpose[],
  now: Date,
) {
  return db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', 'in', typeof purpose === 'string' ? [purpose] : purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'purpose', 'new_email'])
    .executeTakeFirst();
}

/** Other links of the same purpose end when one is used or the password changes. */
export async function expireLinksOfUser(
  db: Kysely<DB>,
  userId: string,
  purpose: AccountLinkPurpose,
  now: Date,
) {
  await db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export async function deleteOldAccountLinks(db: Kysely<DB>, before: Date) {
  await db.deleteFrom('account_links').where('expires_at', '<', before).execute();
}
