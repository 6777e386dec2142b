import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, toPage } from '../../../lib/pagination.ts';
import { type Actor, allowed, authorize } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { findUserContact } from '../../accounts/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { findCenter } from '../../centers/index.ts';
import * as repo from './advisors.repo.ts';
import type { Advisor, AdvisorChanges, AdvisorInput, AdvisorQuery } from './advisors.schema.ts';

// Advisors: public profiles (name, specialties, centres), kept by admins

const ADVISOR = msg('Advisor', 'doradca');

export function toAdvisor(row: repo.AdvisorRow): Advisor {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    specialties: row.specialties,
    centerIds: row.center_ids,
    bio: row.bio,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The advisor's row, or 404. */
export async function loadAdvisor(db: Kysely<DB>, id: string) {
  const advisor = isId(id) ? await repo.findAdvisor(db, id) : undefined;
  if (!advisor) throw notFound(ADVISOR);
  return advisor;
}

async function checkCenters(db: Kysely<DB>, centerIds: string[]) {
  const unique = [...new Set(centerIds)];
  for (const [index, centerId] of unique.entries()) {
    if (!isId(centerId) || !(await findCenter(db, centerId))) {
      throw invalidField(`centerIds.${index}`, msg('no such centre', 'nie ma takiego centrum'));
    }
  }
  return unique;
}

export async function createAdvisor(
  db: Kysely<DB>,
  actor: Actor | null,
  input: AdvisorInput,
): Promise<Advisor> {
  authorize(actor, 'advisor.manage');
  const user = await findUserContact(db, input.userId);
  if (!user) throw invalidField('userId', msg('no such user', 'nie ma takiego użytkownika'));
  const centerIds = await checkCenters(db, input.centerIds);
  const existing = await repo.findAdvisorByUser(db, input.userId);
  if (existing) {
    throw conflict(
      msg('This user already has an advisor profile.', 'Ten użytkownik ma już profil doradcy.'),
      {
        advisorId: existing.id,
      },
    );
  }
  const id = await db.transaction().execute(async (trx) => {
    const advisorId = await repo.insertAdvisor(trx, {
      userId: input.userId,
      specialties: [...new Set(input.specialties)],
      bio: blankToNull(input.bio) ?? null,
    });
    await repo.replaceAdvisorCenters(trx, advisorId, centerIds);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'advisor',
      entityId: advisorId,
      fields: Object.keys(input),
    });
    return advisorId;
  });
  return toAdvisor((await repo.findAdvisor(db, id)) as repo.AdvisorRow);
}

export async function updateAdvisor(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: AdvisorChanges,
): Promise<Advisor> {
  authorize(actor, 'advisor.manage');
  const advisor = await loadAdvisor(db, id);
  const centerIds = changes.centerIds && (await checkCenters(db, changes.centerIds));
  await db.transaction().execute(async (trx) => {
    await repo.updateAdvisor(trx, advisor.id, {
      specialties: changes.specialties && [...new Set(changes.specialties)],
      bio: blankToNull(changes.bio),
      active: changes.active,
    });
    if (centerIds) await repo.replaceAdvisorCenters(trx, advisor.id, centerIds);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'advisor',
      entityId: advisor.id,
      fields: Object.keys(changes),
    });
  });
  return toAdvisor((await repo.findAdvisor(db, advisor.id)) as repo.AdvisorRow);
}

export async function getAdvisor(db: Kysely<DB>, id: string): Promise<Advisor> {
  return toAdvisor(await loadAdvisor(db, id));
}

export async function listAdvisors(db: Kysely<DB>, actor: Actor | null, query: AdvisorQuery) {
  if (query.centerId !== undefined && !isId(query.centerId)) return { items: [], nextCursor: null };
  const rows = await repo.selectAdvisorPage(db, {
    specialty: query.specialty,
    centerId: query.centerId,
    includeInactive: query.includeInactive === true && allowed(actor, 'advisor.listInactive'),
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), toAdvisor);
}
