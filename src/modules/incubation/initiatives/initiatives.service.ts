import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, forbidden, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, toPage } from '../../../lib/pagination.ts';
import { type Actor, authorize, may, type Target } from '../../../lib/policy.ts';
import { DEFAULT_TIMEZONE, localDate } from '../../../lib/time.ts';
import { getUser } from '../../accounts/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { findCenter } from '../../centers/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { selectLinks, toLink } from '../links/links.repo.ts';
import { selectNotes, toNote } from '../notes/notes.repo.ts';
import * as repo from './initiatives.repo.ts';
import type {
  InitiativeChanges,
  InitiativeDetail,
  InitiativeListQuery,
  NewInitiative,
  StageInput,
} from './initiatives.schema.ts';

const INITIATIVE = msg('Initiative', 'inicjatywa');
export const ZONE = DEFAULT_TIMEZONE;
const targetOf = (row: repo.InitiativeRow): Target => ({
  ownerId: row.mentor_id,
  representativeIds: row.representative_ids,
  centerId: row.center_id,
});

/** An initiative with its history, notes (for whom `initiative.readNotes` allows) and links. */
async function presentDetail(
  db: Kysely<DB>,
  actor: Actor | null,
  row: repo.InitiativeRow,
): Promise<InitiativeDetail> {
  const readsNotes = may(actor, 'initiative.readNotes', targetOf(row));
  const [history, notes, links] = await Promise.all([
    repo.selectStageChanges(db, row.id),
    readsNotes ? selectNotes(db, row.id) : [],
    selectLinks(db, row.id),
  ]);
  return {
    ...repo.toInitiative(row),
    // A stage change's note is as confidential as the notes: whoever may not read those sees none.
    history: history.map((change) => ({ ...repo.toStageChange(change), ...(!readsNotes && { note: null }) })),
    ...(readsNotes && { notes: notes.map(toNote) }),
    links: links.map(toLink),
  };
}

/**
 * The initiative if the actor may see it: 403 for roles that see none (observers), 404 for
 * one it neither manages, mentors nor represents.
 */
export async function loadInitiative(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  authorize(actor, 'initiative.list');
  const row = isId(id) ? await repo.findInitiative(db, id, options) : undefined;
  if (!row || !may(actor, 'initiative.read', targetOf(row))) throw notFound(INITIATIVE);
  return row;
}

/** For work on it (stage, notes, links, next step): staff or its mentor. */
export async function loadWorkable(db: Kysely<DB>, actor: Actor | null, id: string) {
  const row = await loadInitiative(db, actor, id, { forUpdate: true });
  if (!may(actor as Actor, 'initiative.work', targetOf(row))) throw forbidden();
  return row;
}

/** A mentor is a user with the advisor role. */
async function checkMentor(db: Kysely<DB>, actor: Actor, mentorId: string | null) {
  if (mentorId === null) return;
  const user = isId(mentorId) ? await getUser(db, actor, mentorId).catch(() => undefined) : undefined;
  if (!user) throw invalidField('mentorId', msg('no such user', 'nie ma takiego użytkownika'));
  if (!may(user, 'initiative.mentor')) {
    throw invalidField('mentorId', msg('a mentor must be an advisor', 'mentorem może być tylko doradca'), {
      roles: user.roles,
    });
  }
}

async function checkCenter(db: Kysely<DB>, centerId: string | null | undefined) {
  if (centerId === null || centerId === undefined) return;
  if (!(isId(centerId) && (await findCenter(db, centerId)))) {
    throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
  }
}

function checkNextStepDate(date: string | null | undefined, now: Date) {
  if (date && date < localDate(now, ZONE)) {
    throw invalidField(
      'nextStepDate',
      msg('the next step cannot be in the past', 'kolejny krok nie może być w przeszłości'),
    );
  }
}

export async function createInitiative(
  db: Kysely<DB>,
  actor: Actor | null,
  input: NewInitiative,
): Promise<InitiativeDetail> {
  authorize(actor, 'initiative.manage', { centerId: input.centerId ?? null });
  const beneficiary = await findBeneficiaryForService(db, input.beneficiaryId);
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  await checkMentor(db, actor, input.mentorId ?? null);
  await checkCenter(db, input.centerId);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertInitiative(trx, {
      beneficiaryId: beneficiary.id,
      centerId: input.centerId ?? null,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      mentorId: input.mentorId ?? null,
      createdBy: actor.id,
    });
    await repo.insertStageChange(trx, {
      initiativeId: id,
      from: null,
      to: 'idea',
      note: null,
      changedBy: actor.id,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'initiative',
      entityId: id,
      fields: [
        'beneficiaryId',
        'title',
        ...(input.description ? ['description'] : []),
        ...(input.mentorId ? ['mentorId'] : []),
      ],
    });
    return presentDetail(trx, actor, (await repo.findInitiative(trx, id)) as repo.InitiativeRow);
  });
}

export async function listInitiatives(db: Kysely<DB>, actor: Actor | null, query: InitiativeListQuery) {
  authorize(actor, 'initiative.list');
  if ([query.beneficiaryId, query.mentorId].some((id) => id !== undefined && !isId(id))) {
    return { items: [], nextCursor: null };
  }
  const rows = await repo.selectInitiatives(db, {
    ...query,
    visibleTo: may(actor, 'initiative.listAll')
      ? undefined
      : { userId: actor.id, asMember: may(actor, 'initiative.listRepresented') },
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), repo.toInitiative);
}

export async function getInitiative(db: Kysely<DB>, actor: Actor | null, id: string) {
  return presentDetail(db, actor, await loadInitiative(db, actor, id));
}

export async function updateInitiative(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: InitiativeChanges,
  now = new Date(),
): Promise<InitiativeDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await loadWorkable(trx, actor, id);
    const staffOnly = changes.mentorId !== undefined || changes.centerId !== undefined;
    if (staffOnly && !may(actor as Actor, 'initiative.manage', { centerId: row.center_id }))
      throw forbidden();
    if (changes.centerId && !may(actor as Actor, 'initiative.manage', { centerId: changes.centerId }))
      throw forbidden();
    if (changes.mentorId !== undefined) await checkMentor(trx, actor as Actor, changes.mentorId);
    await checkCenter(trx, changes.centerId);
    if (changes.nextStepDate !== row.next_step_date) checkNextStepDate(changes.nextStepDate, now);
    const clean: repo.InitiativeUpdate = {
      ...changes,
      ...(changes.title !== undefined && { title: changes.title.trim() }),
      ...(changes.description !== undefined && { description: changes.description?.trim() || null }),
      ...(changes.nextStep !== undefined && { nextStep: changes.nextStep?.trim() || null }),
    };
    const fields = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
    if (fields.length > 0) {
      await repo.updateInitiativeRow(trx, row.id, clean);
      await recordAudit(trx, {
        actorId: (actor as Actor).id,
        action: 'update',
        entity: 'initiative',
        entityId: row.id,
        fields,
      });
    }
    return presentDetail(trx, actor, (await repo.findInitiative(trx, row.id)) as repo.InitiativeRow);
  });
}

/** Any stage may follow any other (an initiative may come back from dropped); staying put is 409. */
export async function changeStage(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: StageInput,
): Promise<InitiativeDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await loadWorkable(trx, actor, id);
    if (row.stage === input.stage) {
      throw conflict(
        msg(
          `The initiative is already at the stage ${input.stage}.`,
          `Inicjatywa jest już na etapie ${input.stage}.`,
        ),
        {
          stage: row.stage,
        },
      );
    }
    const actorId = (actor as Actor).id;
    await repo.updateInitiativeRow(trx, row.id, { stage: input.stage });
    await repo.insertStageChange(trx, {
      initiativeId: row.id,
      from: row.stage,
      to: input.stage,
      note: input.note?.trim() || null,
      changedBy: actorId,
    });
    await recordAudit(trx, {
      actorId,
      action: 'stage',
      entity: 'initiative',
      entityId: row.id,
      fields: ['stage'],
      reason: `${row.stage} -> ${input.stage}`,
    });
    return presentDetail(trx, actor, (await repo.findInitiative(trx, row.id)) as repo.InitiativeRow);
  });
}
