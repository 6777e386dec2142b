import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Sets (or with null, clears) the hash of a user's calendar feed secret. */
export async function setFeedSecretHash(db: Kysely<DB>, userId: string, hash: string | null) {
  await db.updateTable('users').set({ feed_token_hash: hash }).where('id', '=', userId).execute();
}

export async function findFeedOwnerId(db: Kysely<DB>, hash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('feed_token_hash', '=', hash)
    .executeTakeFirst();
  return row?.id;
}
