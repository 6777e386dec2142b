import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

// A sign-in in progress, keyed by the SHA-256 of its state (the state itself travels in URLs).

export async function insertFlow(
  db: Kysely<DB>,
  flow: { stateHash: string; nonce: string; codeVerifier: string; returnTo: string; expiresAt: Date },
) {
  await db
    .insertInto('oidc_flows')
    .values({
      state_hash: flow.stateHash,
      nonce: flow.nonce,
      code_verifier: flow.codeVerifier,
      return_to: flow.returnTo,
      expires_at: flow.expiresAt,
    })
    .execute();
}

/** Takes the flow out in one statement: of two callbacks with the same state, one gets it. */
export function takeFlow(db: Kysely<DB>, stateHash: string) {
  return db
    .deleteFrom('oidc_flows')
    .where('state_hash', '=', stateHash)
    .returning(['nonce', 'code_verifier', 'return_to', 'expires_at'])
    .executeTakeFirst();
}

export async function deleteExpiredFlows(db: Kysely<DB>, now: Date) {
  await db.deleteFrom('oidc_flows').where('expires_at', '<', now).execute();
}

/** The account linked to this identity at the provider, locked for the sign-in's changes. */
export function findLinkedUser(db: Kysely<DB>, issuer: string, subject: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'roles', 'disabled', 'oidc_subject'])
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .forUpdate()
    .executeTakeFirst();
}

export function findUserToLink(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'roles', 'disabled', 'oidc_subject'])
    .where(sql`lower(email)`, '=', email)
    .forUpdate()
    .executeTakeFirst();
}

/** The address the provider vouches for now, taken over by the linked account as confirmed. */
export async function updateEmail(db: Kysely<DB>, userId: string, email: string, now: Date) {
  await db.updateTable('users').set({ email, email_verified_at: now }).where('id', '=', userId).execute();
}

export type LinkableUser = Awaited<ReturnType<typeof findLinkedUser>> & {};

export function centerIdsOfUser(db: Kysely<DB>, userId: string) {
  return db.selectFrom('user_centers').select('center_id').where('user_id', '=', userId).execute();
}

/** Links the account to the identity; the provider vouched for the address, so it is confirmed. */
export async function linkUser(db: Kysely<DB>, userId: string, issuer: string, subject: string, now: Date) {
  await db
    .updateTable('users')
    .set({
      oidc_issuer: issuer,
      oidc_subject: subject,
      email_verified_at: sql`coalesce(email_verified_at, ${now})`,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
}

/** Forgets the account's identity at the provider; undefined when it had none (or no account). */
export function unlinkUser(db: Kysely<DB>, userId: string, now: Date) {
  return db
    .updateTable('users')
    .set({ oidc_issuer: null, oidc_subject: null, updated_at: now })
    .where('id', '=', userId)
    .where('oidc_subject', 'is not', null)
    .returning('id')
    .executeTakeFirst();
}
