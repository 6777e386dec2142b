import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';

// Advisors

function selectAdvisors(db: Kysely<DB>) {
  return db
    .selectFrom('advisors')
    .innerJoin('users', 'users.id', 'advisors.user_id')
    .select([
      'advisors.id',
      'advisors.user_id',
      'users.name',
      'advisors.specialties',
      'advisors.bio',
      'advisors.active',
      'advisors.created_at',
      'advisors.updated_at',
      sql<string[]>`array(select c.center_id::text from advisor_centers c
                           where c.advisor_id = advisors.id order by c.center_id)`.as('center_ids'),
    ]);
}

export type AdvisorRow = Awaited<ReturnType<typeof findAdvisor>> & {};

export function findAdvisor(db: Kysely<DB>, id: string) {
  return selectAdvisors(db).where('advisors.id', '=', id).executeTakeFirst();
}

export function findAdvisorByUser(db: Kysely<DB>, userId: string) {
  return selectAdvisors(db).where('advisors.user_id', '=', userId).executeTakeFirst();
}

export async function insertAdvisor(
  db: Kysely<DB>,
  advisor: { userId: string; specialties: string[]; bio: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto('advisors')
    .values({ user_id: advisor.userId, specialties: advisor.specialties, bio: advisor.bio })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateAdvisor(
  db: Kysely<DB>,
  id: string,
  changes: { specialties?: string[]; bio?: string | null; active?: boolean },
) {
  await db
    .updateTable('advisors')
    .set({
      ...(changes.specialties !== undefined && { specialties: changes.specialties }),
      ...(changes.bio !== undefined && { bio: changes.bio }),
      ...(changes.active !== undefined && { active: changes.active }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function replaceAdvisorCenters(db: Kysely<DB>, advisorId: string, centerIds: string[]) {
  await db.deleteFrom('advisor_centers').where('advisor_id', '=', advisorId).execute();
  if (centerIds.length === 0) return;
  await db
    .insertInto('advisor_centers')
    .values(centerIds.map((centerId) => ({ advisor_id: advisorId, center_id: centerId })))
    .execute();
}

export function selectAdvisorPage(
  db: Kysely<DB>,
  filter: {
    specialty?: string;
    centerId?: string;
    includeInactive: boolean;
    limit: number;
    after?: CursorKey;
  },
) {
  let query = selectAdvisors(db)
    .orderBy('advisors.created_at', 'desc')
    .orderBy('advisors.id', 'desc')
    .limit(filter.limit + 1);
  if (!filter.includeInactive) query = query.where('advisors.active', '=', true);
  if (filter.specialty) query = query.where(sql<boolean>`${filter.specialty} = any(advisors.specialties)`);
  if (filter.centerId) {
    const centerId = filter.centerId;
    query = query.where('advisors.id', 'in', (eb) =>
      eb.selectFrom('advisor_centers').select('advisor_id').where('center_id', '=', centerId),
    );
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(advisors.created_at, advisors.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

// Availability

const windowColumns = ['id', 'advisor_id', 'center_id', 'start_at', 'end_at', 'created_at'] as const;

export type WindowRow = Awaited<ReturnType<typeof findWindow>> & {};

export function findWindow(db: Kysely<DB>, id: string) {
  return db.selectFrom('advisor_availability').select(windowColumns).where('id', '=', id).executeTakeFirst();
}

export function insertWindow(
  db: Kysely<DB>,
  window: { advisorId: string; centerId: string; start: Date; end: Date; createdBy: string },
) {
  return db
    .insertInto('advisor_availability')
    .values({
      advisor_id: window.advisorId,
      center_id: window.centerId,
      start_at: window.start,
      end_at: window.end,
      created_by: window.createdBy,
    })
    .returning(windowColumns)
    .executeTakeFirstOrThrow();
}

export async function deleteWindow(db: Kysely<DB>, id: string) {
  await db.deleteFrom('advisor_availability').where('id', '=', id).execute();
}

export function selectWindows(db: Kysely<DB>, advisorId: string, from: Date, to: Date) {
  return db
    .selectFrom('advisor_availability')
    .select(windowColumns)
    .where('advisor_id', '=', advisorId)
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}

/**
 * The centre of the availability that covers start..end: windows of one centre that touch
 * are read as one (10-12 and 12-14 cover an appointment 11-13).
 */
export async function findCoveringCenter(db: Kysely<DB>, advisorId: string, start: Date, end: Date) {
  const { rows } = await sql<{ center_id: string }>`
    select center_id from (
      select center_id, unnest(range_agg(tstzrange(start_at, end_at, '[)'))) as covered
        from advisor_availability
       where advisor_id = ${advisorId}::uuid
       group by center_id
    ) windows
    where covered @> tstzrange(${start}::timestamptz, ${end}::timestamptz, '[)')
    limit 1
  `.execute(db);
  return rows[0]?.center_id;
}

/** Windows of the advisor overlapping start..end, for the 409 of an overlapping window. */
export function selectOverlappingWindows(db: Kysely<DB>, advisorId: string, start: Date, end: Date) {
  return db
    .selectFrom('advisor_availability')
    .select(windowColumns)
    .where('advisor_id', '=', advisorId)
    .where('start_at', '<', end)
    .where('end_at', '>', start)
    .orderBy('start_at')
    .execute();
}

/** Busy times of an advisor (booked appointments), times only. */
export function selectBusy(db: Kysely<DB>, advisorId: string, from: Date, to: Date) {
  return db
    .selectFrom('appointments')
    .select(['start_at', 'end_at'])
    .where('advisor_id', '=', advisorId)
    .where('status', 'in', ['booked', 'completed'])
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}
