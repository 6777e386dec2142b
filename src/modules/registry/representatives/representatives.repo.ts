import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

export function selectRepresentatives(db: Kysely<DB>, beneficiaryId: string) {
  return db
    .selectFrom('beneficiary_representatives as r')
    .innerJoin('users', 'users.id', 'r.user_id')
    .select(['r.beneficiary_id', 'r.user_id', 'r.created_at', 'users.name', 'users.email'])
    .where('r.beneficiary_id', '=', beneficiaryId)
    .orderBy('r.created_at')
    .orderBy('r.user_id')
    .execute();
}

export type RepresentativeRow = Awaited<ReturnType<typeof selectRepresentatives>>[number];

export function getRepresentative(db: Kysely<DB>, beneficiaryId: string, userId: string) {
  return db
    .selectFrom('beneficiary_representatives as r')
    .innerJoin('users', 'users.id', 'r.user_id')
    .select(['r.beneficiary_id', 'r.user_id', 'r.created_at', 'users.name', 'users.email'])
    .where('r.beneficiary_id', '=', beneficiaryId)
    .where('r.user_id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** True when the link is new; an existing link is left as it is. */
export async function insertRepresentative(db: Kysely<DB>, beneficiaryId: string, userId: string) {
  const inserted = await db
    .insertInto('beneficiary_representatives')
    .values({ beneficiary_id: beneficiaryId, user_id: userId })
    .onConflict((oc) => oc.columns(['beneficiary_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteRepresentative(db: Kysely<DB>, beneficiaryId: string, userId: string) {
  const result = await db
    .deleteFrom('beneficiary_representatives')
    .where('beneficiary_id', '=', beneficiaryId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteAllRepresentatives(db: Kysely<DB>, beneficiaryId: string) {
  const result = await db
    .deleteFrom('beneficiary_representatives')
    .where('beneficiary_id', '=', beneficiaryId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The user a representative link would name, with its roles (a representative is a member account). */
export function findUserRoles(db: Kysely<DB>, id: string) {
  return db.selectFrom('users').select(['id', 'roles']).where('id', '=', id).executeTakeFirst();
}
