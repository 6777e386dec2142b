import { type Kysely, sql } from 'kysely';
import type { DB, InitiativeStage } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import type { Initiative, StageChange } from './initiatives.schema.ts';

function selectInitiativeRows(db: Kysely<DB>) {
  return db
    .selectFrom('initiatives')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'initiatives.beneficiary_id')
    .leftJoin('users as mentor', 'mentor.id', 'initiatives.mentor_id')
    .selectAll('initiatives')
    .select([
      'beneficiaries.name as beneficiary_name',
      'mentor.name as mentor_name',
      sql<string[]>`coalesce(
        (select array_agg(r.user_id::text order by r.user_id)
           from beneficiary_representatives r where r.beneficiary_id = initiatives.beneficiary_id),
        '{}'::text[])`.as('representative_ids'),
    ]);
}

export type InitiativeRow = NonNullable<Awaited<ReturnType<typeof findInitiative>>>;

/** The one mapping of an initiative row to the API's initiative. */
export function toInitiative(row: InitiativeRow): Initiative {
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

export function findInitiative(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = selectInitiativeRows(db).where('initiatives.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('initiatives');
  return query.executeTakeFirst();
}

export async function insertInitiative(
  db: Kysely<DB>,
  values: {
    beneficiaryId: string;
    centerId: string | null;
    title: string;
    description: string | null;
    mentorId: string | null;
    createdBy: string;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('initiatives')
    .values({
      beneficiary_id: values.beneficiaryId,
      center_id: values.centerId,
      title: values.title,
      description: values.description,
      mentor_id: values.mentorId,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export type InitiativeUpdate = {
  title?: string;
  description?: string | null;
  centerId?: string | null;
  mentorId?: string | null;
  nextStep?: string | null;
  nextStepDate?: string | null;
  stage?: InitiativeStage;
};

export async function updateInitiativeRow(db: Kysely<DB>, id: string, changes: InitiativeUpdate) {
  await db
    .updateTable('initiatives')
    .set({
      updated_at: new Date(),
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.centerId !== undefined && { center_id: changes.centerId }),
      ...(changes.mentorId !== undefined && { mentor_id: changes.mentorId }),
      ...(changes.nextStep !== undefined && { next_step: changes.nextStep }),
      ...(changes.nextStepDate !== undefined && { next_step_date: changes.nextStepDate }),
      ...(changes.stage !== undefined && { stage: changes.stage }),
    })
    .where('id', '=', id)
    .execute();
}

export type InitiativeFilter = {
  stage?: InitiativeStage;
  beneficiaryId?: string;
  mentorId?: string;
  /** Not staff: only initiatives this user mentors or (as a member) whose beneficiary it represents. */
  visibleTo?: { userId: string; asMember: boolean };
  limit: number;
  after?: CursorKey;
};

export function selectInitiatives(db: Kysely<DB>, filter: InitiativeFilter) {
  let query = selectInitiativeRows(db)
    .orderBy('initiatives.created_at', 'desc')
    .orderBy('initiatives.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.stage) query = query.where('initiatives.stage', '=', filter.stage);
  if (filter.beneficiaryId) query = query.where('initiatives.beneficiary_id', '=', filter.beneficiaryId);
  if (filter.mentorId) query = query.where('initiatives.mentor_id', '=', filter.mentorId);
  if (filter.visibleTo) {
    const { userId, asMember } = filter.visibleTo;
    query = query.where((eb) =>
      eb.or([
        eb('initiatives.mentor_id', '=', userId),
        ...(asMember
          ? [
              eb(
                'initiatives.beneficiary_id',
                'in',
                eb
                  .selectFrom('beneficiary_representatives')
                  .select('beneficiary_id')
                  .where('user_id', '=', userId),
              ),
            ]
          : []),
      ]),
    );
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(initiatives.created_at, initiatives.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

// Stage history

export async function insertStageChange(
  db: Kysely<DB>,
  values: {
    initiativeId: string;
    from: InitiativeStage | null;
    to: InitiativeStage;
    note: string | null;
    changedBy: string;
  },
) {
  await db
    .insertInto('initiative_stage_changes')
    .values({
      initiative_id: values.initiativeId,
      from_stage: values.from,
      to_stage: values.to,
      note: values.note,
      changed_by: values.changedBy,
    })
    .execute();
}

export function selectStageChanges(db: Kysely<DB>, initiativeId: string) {
  return db
    .selectFrom('initiative_stage_changes as c')
    .leftJoin('users', 'users.id', 'c.changed_by')
    .selectAll('c')
    .select('users.name as changed_by_name')
    .where('c.initiative_id', '=', initiativeId)
    .orderBy('c.changed_at')
    .orderBy('c.id')
    .execute();
}

export type StageChangeRow = Awaited<ReturnType<typeof selectStageChanges>>[number];

/** The one mapping of a stage change row to an entry of the API's history. */
export function toStageChange(row: StageChangeRow): StageChange {
  return {
    id: row.id,
    from: row.from_stage,
    to: row.to_stage,
    note: row.note,
    changedBy: row.changed_by ? { id: row.changed_by, name: row.changed_by_name ?? '' } : null,
    changedAt: row.changed_at,
  };
}

// The next-step reminder

/**
 * Marks the initiatives whose next step falls on `from`..`to` (today and tomorrow) and had no
 * reminder for that date, and returns them: each date is claimed once, however many server
 * processes run the job. A changed date is a new date, reminded again.
 */
export async function claimDueNextSteps(db: Kysely<DB>, from: string, to: string) {
  const { rows } = await sql<{
    id: string;
    title: string;
    next_step: string | null;
    next_step_date: string;
    mentor_id: string | null;
    beneficiary_id: string;
  }>`
    update initiatives set next_step_reminded_for = next_step_date
     where id in (
       select id from initiatives
        where next_step_date between ${from}::date and ${to}::date
          and stage not in ('independent', 'dropped')
          and next_step_reminded_for is distinct from next_step_date
        for update skip locked)
    returning id, title, next_step, next_step_date, mentor_id, beneficiary_id
  `.execute(db);
  return rows;
}
