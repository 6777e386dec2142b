import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize, rolesInclude } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { alreadyErased, loadVisible } from '../beneficiaries/beneficiaries.service.ts';
import * as repo from './representatives.repo.ts';
import type { Representative } from './representatives.schema.ts';

/** The one mapping of a representative link (with its user's name and e-mail) to the API's shape. */
function toRepresentative(row: repo.RepresentativeRow): Representative {
  return {
    beneficiaryId: row.beneficiary_id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    createdAt: row.created_at,
  };
}

/** Adding an existing representative again changes nothing and says so (created: false). */
export async function addRepresentative(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  userId: string,
): Promise<{ created: boolean; representative: Representative }> {
  return db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, actor, id, { forUpdate: true });
    authorize(actor, 'beneficiary.manageRepresentatives', { representativeIds: row.representative_ids });
    if (row.erased_at) throw alreadyErased();
    const user = isId(userId) ? await repo.findUserRoles(trx, userId) : undefined;
    if (!user) throw invalidField('userId', msg('no such user', 'nie ma takiego użytkownika'));
    // Representatives act for the beneficiary as members: a staff account made a representative
    // would read what is between the beneficiary and its advisor (appointment notes).
    if (!rolesInclude(user.roles, 'member')) {
      throw invalidField(
        'userId',
        msg('a representative must be a member account', 'przedstawicielem może być tylko konto członka'),
      );
    }
    const created = await repo.insertRepresentative(trx, id, userId);
    if (created) {
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'add_representative',
        entity: 'beneficiary',
        entityId: id,
        fields: ['representatives'],
      });
    }
    const link = await repo.getRepresentative(trx, id, userId);
    return { created, representative: toRepresentative(link) };
  });
}

export async function listRepresentatives(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
): Promise<{ items: Representative[]; nextCursor: null }> {
  const row = await loadVisible(db, actor, id);
  authorize(actor, 'beneficiary.manageRepresentatives', { representativeIds: row.representative_ids });
  const rows = await repo.selectRepresentatives(db, id);
  return { items: rows.map(toRepresentative), nextCursor: null };
}

export async function removeRepresentative(db: Kysely<DB>, actor: Actor | null, id: string, userId: string) {
  await db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, actor, id, { forUpdate: true });
    authorize(actor, 'beneficiary.manageRepresentatives', { representativeIds: row.representative_ids });
    const removed = isId(userId) && (await repo.deleteRepresentative(trx, id, userId));
    if (!removed) throw notFound(msg('Representative', 'przedstawiciel'));
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'remove_representative',
      entity: 'beneficiary',
      entityId: id,
      fields: ['representatives'],
    });
  });
}
