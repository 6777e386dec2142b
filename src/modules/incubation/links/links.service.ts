import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import type { Actor } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findArticleForService } from '../../knowledge/index.ts';
import { loadWorkable } from '../initiatives/initiatives.service.ts';
import * as repo from './links.repo.ts';
import type { Link, NewLink } from './links.schema.ts';

export async function addLink(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: NewLink,
): Promise<Link> {
  const refId = input.refId ?? null;
  if (refId !== null && !isId(refId)) {
    throw invalidField('refId', msg('not an id of Civitas', 'to nie jest identyfikator Civitas'));
  }
  if (input.kind === 'article' && refId !== null && !(await findArticleForService(db, refId))) {
    throw invalidField('refId', msg('no such article', 'nie ma takiego artykułu'));
  }
  return db.transaction().execute(async (trx) => {
    const row = await loadWorkable(trx, actor, id);
    const actorId = (actor as Actor).id;
    const link = await repo.insertLink(trx, {
      initiativeId: row.id,
      kind: input.kind,
      refId,
      label: input.label.trim(),
      createdBy: actorId,
    });
    await recordAudit(trx, {
      actorId,
      action: 'link',
      entity: 'initiative',
      entityId: row.id,
      fields: ['links'],
    });
    return repo.toLink(link);
  });
}

export async function removeLink(db: Kysely<DB>, actor: Actor | null, id: string, linkId: string) {
  await db.transaction().execute(async (trx) => {
    const row = await loadWorkable(trx, actor, id);
    const removed = isId(linkId) && (await repo.deleteLink(trx, row.id, linkId));
    if (!removed) throw notFound(msg('Link', 'powiązanie'));
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'unlink',
      entity: 'initiative',
      entityId: row.id,
      fields: ['links'],
    });
  });
}
