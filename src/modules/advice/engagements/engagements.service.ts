import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, forbidden, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, toPage } from '../../../lib/pagination.ts';
import { type Actor, allowed, requireActor } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { type AdvisorRow, findAdvisor } from '../advisors/advisors.repo.ts';
import { adviceVisibility, toAppointment } from '../appointments/appointments.access.ts';
import { selectAppointmentPage } from '../appointments/appointments.repo.ts';
import * as repo from './engagements.repo.ts';
import type {
  Engagement,
  EngagementDetail,
  EngagementInput,
  EngagementQuery,
  Goal,
  GoalChanges,
  GoalInput,
} from './engagements.schema.ts';

// Engagements: coaching and mentoring of several sessions, with agreed goals

const ENGAGEMENT = msg('Engagement', 'proces coachingowy lub mentoringowy');

const toGoal = (row: repo.GoalRow): Goal => ({
  id: row.id,
  ordinal: row.ordinal,
  title: row.title,
  progress: row.progress,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function toEngagement(row: repo.EngagementRow): Engagement {
  return {
    id: row.id,
    advisorId: row.advisor_id,
    beneficiaryId: row.beneficiary_id,
    beneficiaryName: row.beneficiary_name,
    kind: row.kind,
    title: row.title,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** May manage the advisor's engagements: admins, coordinators of one of its centres, the advisor. */
function mayManageEngagements(actor: Actor, advisor: AdvisorRow) {
  return (
    allowed(actor, 'engagement.manage', { ownerId: advisor.user_id }) ||
    advisor.center_ids.some((centerId) => allowed(actor, 'engagement.manage', { centerId }))
  );
}

/** The engagement if the actor manages it or follows it (a representative); 404 for anyone else. */
async function loadEngagement(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  const row = isId(id) ? await repo.findEngagement(db, id) : undefined;
  if (!row) throw notFound(ENGAGEMENT);
  const advisor = (await findAdvisor(db, row.advisor_id)) as AdvisorRow;
  const beneficiary = await findBeneficiaryForService(db, row.beneficiary_id);
  const manage = mayManageEngagements(actor, advisor);
  const follows = allowed(actor, 'engagement.follow', {
    representativeIds: beneficiary?.representativeIds ?? [],
  });
  if (!manage && !follows) throw notFound(ENGAGEMENT);
  return { row, advisor, manage };
}

async function engagementDetail(
  db: Kysely<DB>,
  actor: Actor,
  row: repo.EngagementRow,
): Promise<EngagementDetail> {
  const goals = (await repo.selectGoals(db, row.id)).map(toGoal);
  const sessions = await selectAppointmentPage(db, actor.id, { engagementId: row.id, limit: 1000 });
  return {
    ...toEngagement(row),
    goals,
    sessions: sessions.reverse().map((each) => toAppointment(each, actor)),
  };
}

export async function createEngagement(db: Kysely<DB>, actor: Actor | null, input: EngagementInput) {
  requireActor(actor);
  const advisor = isId(input.advisorId) ? await findAdvisor(db, input.advisorId) : undefined;
  if (!advisor?.active) throw invalidField('advisorId', msg('no such advisor', 'nie ma takiego doradcy'));
  const beneficiary = isId(input.beneficiaryId)
    ? await findBeneficiaryForService(db, input.beneficiaryId)
    : undefined;
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  if (!mayManageEngagements(actor, advisor)) throw forbidden();
  const id = await db.transaction().execute(async (trx) => {
    const engagementId = await repo.insertEngagement(trx, {
      advisorId: advisor.id,
      beneficiaryId: beneficiary.id,
      kind: input.kind,
      title: blankToNull(input.title) ?? null,
      createdBy: actor.id,
    });
    await repo.insertGoals(
      trx,
      engagementId,
      input.goals.map((goal) => goal.title),
    );
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'engagement',
      entityId: engagementId,
      fields: ['advisor', 'beneficiary', 'kind', 'goals'],
    });
    return engagementId;
  });
  return engagementDetail(db, actor, (await repo.findEngagement(db, id)) as repo.EngagementRow);
}

export async function getEngagement(db: Kysely<DB>, actor: Actor | null, id: string) {
  const { row } = await loadEngagement(db, actor, id);
  return engagementDetail(db, actor as Actor, row);
}

export async function listEngagements(db: Kysely<DB>, actor: Actor | null, query: EngagementQuery) {
  requireActor(actor);
  const visible = await adviceVisibility(db, actor, 'engagement.list');
  if ([query.advisorId, query.beneficiaryId].some((id) => id !== undefined && !isId(id))) {
    return { items: [], nextCursor: null };
  }
  const rows = await repo.selectEngagementPage(db, {
    advisorId: query.advisorId,
    beneficiaryId: query.beneficiaryId,
    visible,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), toEngagement);
}

export async function addGoal(db: Kysely<DB>, actor: Actor | null, id: string, input: GoalInput) {
  const { row, manage } = await loadEngagement(db, actor, id);
  if (!manage) throw forbidden();
  await db.transaction().execute(async (trx) => {
    await repo.lockEngagement(trx, row.id);
    await repo.insertGoals(trx, row.id, [input.title]);
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'add_goal',
      entity: 'engagement',
      entityId: row.id,
      fields: ['goals'],
    });
  });
  return engagementDetail(db, actor as Actor, row);
}

/** Progress of a goal, 0..100, or its status; a goal marked achieved without a figure is at 100. */
export async function updateGoal(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  goalId: string,
  changes: GoalChanges,
) {
  const { row, manage } = await loadEngagement(db, actor, id);
  const goal = isId(goalId) ? await repo.findGoal(db, goalId) : undefined;
  if (!goal || goal.engagement_id !== row.id) throw notFound(msg('Goal', 'cel'));
  if (!manage) throw forbidden();
  await db.transaction().execute(async (trx) => {
    await repo.updateGoal(trx, goal.id, {
      ...changes,
      ...(changes.status === 'achieved' && changes.progress === undefined && { progress: 100 }),
    });
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'update_goal',
      entity: 'engagement',
      entityId: row.id,
      fields: Object.keys(changes),
    });
  });
  return engagementDetail(db, actor as Actor, row);
}

export async function closeEngagement(db: Kysely<DB>, actor: Actor | null, id: string) {
  const { row, manage } = await loadEngagement(db, actor, id);
  if (!manage) throw forbidden();
  if (row.status !== 'active') {
    throw conflict(msg('The engagement is already closed.', 'Proces jest już zamknięty.'), {
      status: row.status,
      action: 'close',
      allowedFrom: ['active'],
    });
  }
  await db.transaction().execute(async (trx) => {
    await repo.lockEngagement(trx, row.id);
    await repo.updateEngagementStatus(trx, row.id, 'closed');
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'close',
      entity: 'engagement',
      entityId: row.id,
      fields: ['status'],
    });
  });
  return engagementDetail(db, actor as Actor, (await repo.findEngagement(db, row.id)) as repo.EngagementRow);
}
