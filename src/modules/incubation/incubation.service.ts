import type { Kysely } from 'kysely';
import type { DB, InitiativeLinkKind, InitiativeStage } from '../../db/schema.ts';
import { conflict, forbidden, invalidField, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, toPage } from '../../lib/pagination.ts';
import {
  type Action,
  type Actor,
  allowed,
  authorize,
  isStaffActor,
  type Target,
} from '../../lib/policy/index.ts';
import { addDays, DEFAULT_TIMEZONE, localDate } from '../../lib/time.ts';
import { findUserContact, getUser } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { findCenter } from '../centers/index.ts';
import { findArticleForService } from '../knowledge/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { findBeneficiaryForService } from '../registry/index.ts';
import * as repo from './incubation.repo.ts';

export const STAGES = ['idea', 'planning', 'first_action', 'established', 'independent', 'dropped'] as const;
export const LINK_KINDS = ['booking', 'activity', 'appointment', 'article', 'other'] as const;

const INITIATIVE = msg('Initiative', 'inicjatywa');
const ZONE = DEFAULT_TIMEZONE;
const may = (actor: Actor, action: Action, target?: Target): boolean => allowed(actor, action, target);
const targetOf = (row: repo.InitiativeRow): Target => ({
  ownerId: row.mentor_id,
  representativeIds: row.representative_ids,
});

function presentInitiative(row: repo.InitiativeRow) {
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    beneficiaryName: row.beneficiary_name,
    centerId: row.center_id,
    title: row.title,
    description: row.description,
    stage: row.stage,
    mentorId: row.mentor_id,
    mentor: row.mentor_id ? { id: row.mentor_id, name: row.mentor_name ?? '' } : null,
    nextStep: row.next_step,
    nextStepDate: row.next_step_date,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentNote(row: repo.NoteRow) {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    body: row.body,
    author: row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null,
    createdAt: row.created_at,
  };
}

function presentLink(row: repo.LinkRow) {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    kind: row.kind,
    refId: row.ref_id,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** An initiative with its history, notes and links. */
async function presentDetail(db: Kysely<DB>, row: repo.InitiativeRow) {
  const [history, notes, links] = await Promise.all([
    repo.selectStageChanges(db, row.id),
    repo.selectNotes(db, row.id),
    repo.selectLinks(db, row.id),
  ]);
  return {
    ...presentInitiative(row),
    history: history.map((change) => ({
      id: change.id,
      from: change.from_stage,
      to: change.to_stage,
      note: change.note,
      changedBy: change.changed_by ? { id: change.changed_by, name: change.changed_by_name ?? '' } : null,
      changedAt: change.changed_at,
    })),
    notes: notes.map(presentNote),
    links: links.map(presentLink),
  };
}

/**
 * The initiative if the actor may see it: 403 for roles that see none (observers), 404 for
 * one it neither manages, mentors nor represents.
 */
async function loadInitiative(
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
async function loadWorkable(db: Kysely<DB>, actor: Actor | null, id: string) {
  const row = await loadInitiative(db, actor, id, { forUpdate: true });
  if (!may(actor as Actor, 'initiative.work', targetOf(row))) throw forbidden();
  return row;
}

/** A mentor is a user with the advisor role. */
async function checkMentor(db: Kysely<DB>, actor: Actor, mentorId: string | null) {
  if (mentorId === null) return;
  const user = isId(mentorId) ? await getUser(db, actor, mentorId).catch(() => undefined) : undefined;
  if (!user) throw invalidField('mentorId', msg('no such user', 'nie ma takiego użytkownika'));
  if (!user.roles.includes('advisor')) {
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
  input: {
    beneficiaryId: string;
    title: string;
    description?: string | null;
    mentorId?: string | null;
    centerId?: string | null;
  },
) {
  authorize(actor, 'initiative.manage');
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
    return presentDetail(trx, (await repo.findInitiative(trx, id)) as repo.InitiativeRow);
  });
}

export async function listInitiatives(
  db: Kysely<DB>,
  actor: Actor | null,
  query: {
    stage?: InitiativeStage;
    beneficiaryId?: string;
    mentorId?: string;
    limit: number;
    cursor?: string;
  },
) {
  authorize(actor, 'initiative.list');
  if ([query.beneficiaryId, query.mentorId].some((id) => id !== undefined && !isId(id))) {
    return { items: [], nextCursor: null };
  }
  const rows = await repo.selectInitiatives(db, {
    ...query,
    visibleTo: isStaffActor(actor)
      ? undefined
      : { userId: actor.id, asMember: actor.roles.includes('member') },
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), presentInitiative);
}

export async function getInitiative(db: Kysely<DB>, actor: Actor | null, id: string) {
  return presentDetail(db, await loadInitiative(db, actor, id));
}

export async function updateInitiative(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: {
    title?: string;
    description?: string | null;
    mentorId?: string | null;
    centerId?: string | null;
    nextStep?: string | null;
    nextStepDate?: string | null;
  },
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const row = await loadWorkable(trx, actor, id);
    const staffOnly = changes.mentorId !== undefined || changes.centerId !== undefined;
    if (staffOnly && !may(actor as Actor, 'initiative.manage')) throw forbidden();
    if (changes.mentorId !== undefined) await checkMentor(trx, actor as Actor, changes.mentorId);
    await checkCenter(trx, changes.centerId);
    if (changes.nextStepDate !== row.next_step_date) checkNextStepDate(changes.nextStepDate, now);
    const clean: repo.InitiativeChanges = {
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
    return presentDetail(trx, (await repo.findInitiative(trx, row.id)) as repo.InitiativeRow);
  });
}

/** Any stage may follow any other (an initiative may come back from dropped); staying put is 409. */
export async function changeStage(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { stage: InitiativeStage; note?: string },
) {
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
    return presentDetail(trx, (await repo.findInitiative(trx, row.id)) as repo.InitiativeRow);
  });
}

export async function addNote(db: Kysely<DB>, actor: Actor | null, id: string, body: string) {
  return db.transaction().execute(async (trx) => {
    const row = await loadWorkable(trx, actor, id);
    const actorId = (actor as Actor).id;
    const noteId = await repo.insertNote(trx, { initiativeId: row.id, body: body.trim(), authorId: actorId });
    await recordAudit(trx, {
      actorId,
      action: 'note',
      entity: 'initiative',
      entityId: row.id,
      fields: ['notes'],
    });
    const notes = await repo.selectNotes(trx, row.id);
    return presentNote(notes.find((note) => note.id === noteId) as repo.NoteRow);
  });
}

export async function addLink(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { kind: InitiativeLinkKind; refId?: string | null; label: string },
) {
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
    return presentLink(link);
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

/**
 * The reminder the day before a next step: claims the initiatives whose next step is today or
 * tomorrow (local) and had no reminder for that date, and mails the mentor and the
 * beneficiary's representatives. Safe to run from every server process.
 */
export async function sendNextStepReminders(db: Kysely<DB>, now = new Date()): Promise<number> {
  const today = localDate(now, ZONE);
  return db.transaction().execute(async (trx) => {
    const due = await repo.claimDueNextSteps(trx, today, addDays(today, 1));
    for (const initiative of due) {
      const beneficiary = await findBeneficiaryForService(trx, initiative.beneficiary_id);
      const recipients = new Map<string, 'pl' | 'en'>();
      for (const userId of [initiative.mentor_id, ...(beneficiary?.representativeIds ?? [])]) {
        const contact = await findUserContact(trx, userId);
        if (contact && !recipients.has(contact.email)) recipients.set(contact.email, contact.language);
      }
      if (beneficiary?.email && !beneficiary.erased && !recipients.has(beneficiary.email))
        recipients.set(beneficiary.email, 'pl');
      for (const [to, language] of recipients) {
        await enqueueMail(trx, {
          to,
          kind: 'initiative_next_step',
          language,
          data: {
            initiative: initiative.title,
            beneficiary: beneficiary?.name ?? '',
            nextStep: initiative.next_step ?? (language === 'pl' ? '(nie opisano)' : '(not described)'),
            date: initiative.next_step_date,
          },
        });
      }
    }
    return due.length;
  });
}
