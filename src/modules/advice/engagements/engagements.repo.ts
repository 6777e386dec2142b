import { type Kysely, sql } from 'kysely';
import type { EngagementStatus } from '../../../db/enums.ts';
import type { DB, EngagementKind, GoalStatus } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import { type AdviceVisibility, idsOrNone } from '../appointments/appointments.repo.ts';

// Engagements

const engagementColumns = [
  'engagements.id',
  'engagements.advisor_id',
  'engagements.beneficiary_id',
  'beneficiaries.name as beneficiary_name',
  'engagements.kind',
  'engagements.title',
  'engagements.status',
  'engagements.created_by',
  'engagements.created_at',
  'engagements.updated_at',
] as const;

export type EngagementRow = Awaited<ReturnType<typeof findEngagement>> & {};

export function findEngagement(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('engagements')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'engagements.beneficiary_id')
    .select(engagementColumns)
    .where('engagements.id', '=', id)
    .executeTakeFirst();
}

export async function insertEngagement(
  db: Kysely<DB>,
  engagement: {
    advisorId: string;
    beneficiaryId: string;
    kind: EngagementKind;
    title: string | null;
    createdBy: string;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('engagements')
    .values({
      advisor_id: engagement.advisorId,
      beneficiary_id: engagement.beneficiaryId,
      kind: engagement.kind,
      title: engagement.title,
      created_by: engagement.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateEngagementStatus(db: Kysely<DB>, id: string, status: EngagementStatus) {
  await db.updateTable('engagements').set({ status, updated_at: new Date() }).where('id', '=', id).execute();
}

export function selectEngagementPage(
  db: Kysely<DB>,
  filter: {
    advisorId?: string;
    beneficiaryId?: string;
    visible: AdviceVisibility;
    limit: number;
    after?: CursorKey;
  },
) {
  let query = db
    .selectFrom('engagements')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'engagements.beneficiary_id')
    .select(engagementColumns)
    .orderBy('engagements.created_at', 'desc')
    .orderBy('engagements.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.advisorId) query = query.where('engagements.advisor_id', '=', filter.advisorId);
  if (filter.beneficiaryId) query = query.where('engagements.beneficiary_id', '=', filter.beneficiaryId);
  const { scope, ownAdvisorId } = filter.visible;
  if (!scope.all) {
    query = query.where((eb) => {
      const anyOf = [
        eb(
          'engagements.advisor_id',
          'in',
          eb
            .selectFrom('advisor_centers')
            .select('advisor_id')
            .where('center_id', 'in', idsOrNone(scope.centerIds)),
        ),
      ];
      if (ownAdvisorId) anyOf.push(eb('engagements.advisor_id', '=', ownAdvisorId));
      if (scope.representedBy) {
        const userId = scope.representedBy;
        anyOf.push(
          eb(
            'engagements.beneficiary_id',
            'in',
            eb
              .selectFrom('beneficiary_representatives')
              .select('beneficiary_id')
              .where('user_id', '=', userId),
          ),
        );
      }
      return eb.or(anyOf);
    });
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(engagements.created_at, engagements.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

const goalColumns = [
  'id',
  'engagement_id',
  'ordinal',
  'title',
  'progress',
  'status',
  'created_at',
  'updated_at',
] as const;

export type GoalRow = Awaited<ReturnType<typeof selectGoals>>[number];

export function selectGoals(db: Kysely<DB>, engagementId: string) {
  return db
    .selectFrom('engagement_goals')
    .select(goalColumns)
    .where('engagement_id', '=', engagementId)
    .orderBy('ordinal')
    .execute();
}

export function findGoal(db: Kysely<DB>, id: string) {
  return db.selectFrom('engagement_goals').select(goalColumns).where('id', '=', id).executeTakeFirst();
}

/** Appends goals after the engagement's last one. Call under the engagement's lock. */
export async function insertGoals(db: Kysely<DB>, engagementId: string, titles: string[]) {
  if (titles.length === 0) return;
  const { next } = await db
    .selectFrom('engagement_goals')
    .select(sql<number>`coalesce(max(ordinal) + 1, 0)::int`.as('next'))
    .where('engagement_id', '=', engagementId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('engagement_goals')
    .values(titles.map((title, index) => ({ engagement_id: engagementId, ordinal: next + index, title })))
    .execute();
}

export async function lockEngagement(db: Kysely<DB>, id: string) {
  await db.selectFrom('engagements').select('id').where('id', '=', id).forUpdate().execute();
}

export async function updateGoal(
  db: Kysely<DB>,
  id: string,
  changes: { title?: string; progress?: number; status?: GoalStatus },
) {
  await db
    .updateTable('engagement_goals')
    .set({
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.progress !== undefined && { progress: changes.progress }),
      ...(changes.status !== undefined && { status: changes.status }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}
