import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Actor, authorize } from '../../lib/policy.ts';
import { recordAudit } from '../audit/index.ts';
import { findFeedOwnerId, setFeedSecretHash } from './accounts.feeds.repo.ts';
import { findUserById } from './accounts.repo.ts';
import { hashSecret, newSecret, toActor } from './accounts.service.ts';

/**
 * A staff member's private calendar feed lives at a secret address: the secret is shown once,
 * only its SHA-256 is stored, and a new one ends the old one.
 */
export async function issueFeedSecret(db: Kysely<DB>, actor: Actor | null): Promise<string> {
  authorize(actor, 'calendar.privateFeed');
  const secret = newSecret();
  await db.transaction().execute(async (trx) => {
    await setFeedSecretHash(trx, actor.id, hashSecret(secret));
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'issue_feed',
      entity: 'user',
      entityId: actor.id,
      fields: ['feed_token_hash'],
    });
  });
  return secret;
}

export async function revokeFeedSecret(db: Kysely<DB>, actor: Actor | null): Promise<void> {
  authorize(actor, 'calendar.privateFeed');
  await setFeedSecretHash(db, actor.id, null);
}

/** The enabled staff member a feed secret belongs to, as an actor; undefined for any other secret. */
export async function actorFromFeedSecret(db: Kysely<DB>, secret: string): Promise<Actor | undefined> {
  const ownerId = await findFeedOwnerId(db, hashSecret(secret));
  const row = ownerId && (await findUserById(db, ownerId));
  if (!row || row.disabled) return undefined;
  return toActor(row);
}
