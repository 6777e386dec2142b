import { type Kysely, sql } from 'kysely';
import type { ApplicationStatus, DB } from '../../../db/schema.ts';
import { representativeIds } from '../volunteering.repo.ts';
import type { Application, Hours } from './applications.schema.ts';

function selectApplicationRows(db: Kysely<DB>) {
  return db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_offers as o', 'o.id', 'a.offer_id')
    .innerJoin('volunteers as v', 'v.id', 'a.volunteer_id')
    .innerJoin('beneficiaries as org', 'org.id', 'o.organization_id')
    .innerJoin('beneficiaries as vb', 'vb.id', 'v.beneficiary_id')
    .selectAll('a')
    .select([
      'o.title as offer_title',
      'o.description as offer_description',
      'o.skills as offer_skills',
      'o.start_date as offer_start',
      'o.end_date as offer_end',
      'o.hours_per_week as offer_hours_per_week',
      'o.organization_id',
      'o.center_id as offer_center_id',
      'org.name as organization_name',
      'org.email as organization_email',
      'org.krs as organization_krs',
      'v.beneficiary_id as volunteer_beneficiary_id',
      'vb.name as volunteer_name',
      'vb.email as volunteer_email',
      representativeIds(sql.ref('o.organization_id')).as('organization_representative_ids'),
      representativeIds(sql.ref('v.beneficiary_id')).as('volunteer_representative_ids'),
      sql<string>`coalesce((select sum(h.hours) from volunteer_hours h where h.application_id = a.id), 0)::text`.as(
        'total_hours',
      ),
    ]);
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/** The one mapping of an application row to the API's application. */
export function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    offerId: row.offer_id,
    offerTitle: row.offer_title,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    volunteerId: row.volunteer_id,
    volunteerName: row.volunteer_name,
    status: row.status,
    message: row.message,
    appliedBy: row.applied_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    totalHours: Number(row.total_hours),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findApplication(db: Kysely<DB>, id: string) {
  return selectApplicationRows(db).where('a.id', '=', id).executeTakeFirst();
}

/** Locks the application row: decisions and hour entries on one application go one at a time. */
export async function lockApplication(db: Kysely<DB>, id: string) {
  await db.selectFrom('volunteer_applications').select('id').where('id', '=', id).forUpdate().execute();
}

export async function findApplicationId(db: Kysely<DB>, offerId: string, volunteerId: string) {
  return (
    await db
      .selectFrom('volunteer_applications')
      .select('id')
      .where('offer_id', '=', offerId)
      .where('volunteer_id', '=', volunteerId)
      .executeTakeFirst()
  )?.id;
}

export async function insertApplication(
  db: Kysely<DB>,
  values: { offerId: string; volunteerId: string; message: string | null; appliedBy: string },
): Promise<string> {
  const { id } = await db
    .insertInto('volunteer_applications')
    .values({
      offer_id: values.offerId,
      volunteer_id: values.volunteerId,
      message: values.message,
      applied_by: values.appliedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateApplicationStatus(
  db: Kysely<DB>,
  id: string,
  changes: { status: ApplicationStatus; decidedBy: string; reason?: string | null },
) {
  const now = new Date();
  await db
    .updateTable('volunteer_applications')
    .set({
      status: changes.status,
      updated_at: now,
      ...(changes.status !== 'completed' && { decided_by: changes.decidedBy, decided_at: now }),
      ...(changes.reason !== undefined && { decision_reason: changes.reason }),
    })
    .where('id', '=', id)
    .execute();
}

export function selectApplications(
  db: Kysely<DB>,
  filter: { offerId?: string; volunteerId?: string; status?: ApplicationStatus },
) {
  let query = selectApplicationRows(db).orderBy('a.created_at', 'desc').orderBy('a.id', 'desc');
  if (filter.offerId) query = query.where('a.offer_id', '=', filter.offerId);
  if (filter.volunteerId) query = query.where('a.volunteer_id', '=', filter.volunteerId);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  return query.limit(500).execute();
}

// Hours

export async function sumHoursOn(db: Kysely<DB>, applicationId: string, date: string): Promise<number> {
  const { rows } = await sql<{ total: string }>`
    select coalesce(sum(hours), 0)::text as total from volunteer_hours
     where application_id = ${applicationId}::uuid and work_date = ${date}::date
  `.execute(db);
  return Number(rows[0]?.total ?? 0);
}

export async function insertHours(
  db: Kysely<DB>,
  values: { applicationId: string; date: string; hours: number; note: string | null; loggedBy: string },
) {
  return db
    .insertInto('volunteer_hours')
    .values({
      application_id: values.applicationId,
      work_date: values.date,
      hours: values.hours,
      note: values.note,
      logged_by: values.loggedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type HoursRow = Awaited<ReturnType<typeof insertHours>>;

/** The one mapping of an hours row to the API's entry of hours. */
export function toHours(row: HoursRow): Hours {
  return {
    id: row.id,
    applicationId: row.application_id,
    date: row.work_date,
    hours: Number(row.hours),
    note: row.note,
    loggedBy: row.logged_by,
    createdAt: row.created_at,
  };
}

export function selectHours(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('volunteer_hours')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('work_date')
    .orderBy('created_at')
    .execute();
}
