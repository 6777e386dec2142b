import { type Expression, type Kysely, type RawBuilder, sql } from 'kysely';
import type { ApplicationStatus, DB, OfferStatus } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';

/** The users who represent the beneficiary in `column`, as a text array. */
function representativeIds(column: Expression<string>): RawBuilder<string[]> {
  return sql<string[]>`coalesce(
    (select array_agg(r.user_id::text order by r.user_id)
       from beneficiary_representatives r where r.beneficiary_id = ${column}),
    '{}'::text[])`;
}

const representedBy = (column: Expression<string>, userId: string) =>
  sql<boolean>`exists (select 1 from beneficiary_representatives r
                        where r.beneficiary_id = ${column} and r.user_id = ${userId}::uuid)`;

// Volunteers

function selectVolunteerRows(db: Kysely<DB>) {
  return db
    .selectFrom('volunteers')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'volunteers.beneficiary_id')
    .selectAll('volunteers')
    .select([
      'beneficiaries.name as name',
      'beneficiaries.email as email',
      'beneficiaries.erased_at as erased_at',
      representativeIds(sql.ref('volunteers.beneficiary_id')).as('representative_ids'),
    ]);
}

export type VolunteerRow = NonNullable<Awaited<ReturnType<typeof findVolunteer>>>;

export function findVolunteer(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = selectVolunteerRows(db).where('volunteers.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('volunteers');
  return query.executeTakeFirst();
}

export async function findVolunteerIdByBeneficiary(db: Kysely<DB>, beneficiaryId: string) {
  return (
    await db
      .selectFrom('volunteers')
      .select('id')
      .where('beneficiary_id', '=', beneficiaryId)
      .executeTakeFirst()
  )?.id;
}

export type VolunteerValues = {
  skills: string[];
  tags: string[];
  districts: number[];
  hoursPerWeek: number | null;
  availableFrom: string | null;
  availableTo: string | null;
  availableWeekdays: string[];
  availabilityNote: string | null;
  active: boolean;
};

const volunteerColumns = (values: VolunteerValues) => ({
  skills: values.skills,
  tags: values.tags,
  districts: values.districts,
  hours_per_week: values.hoursPerWeek,
  available_from: values.availableFrom,
  available_to: values.availableTo,
  available_weekdays: values.availableWeekdays,
  availability_note: values.availabilityNote,
  active: values.active,
});

export async function insertVolunteer(
  db: Kysely<DB>,
  values: VolunteerValues & { beneficiaryId: string; createdBy: string },
): Promise<string> {
  const { id } = await db
    .insertInto('volunteers')
    .values({
      ...volunteerColumns(values),
      beneficiary_id: values.beneficiaryId,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateVolunteerRow(db: Kysely<DB>, id: string, values: VolunteerValues) {
  await db
    .updateTable('volunteers')
    .set({ ...volunteerColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function selectVolunteers(
  db: Kysely<DB>,
  filter: { representedBy?: string; skill?: string; district?: number; limit: number; after?: CursorKey },
) {
  let query = selectVolunteerRows(db)
    .where('beneficiaries.erased_at', 'is', null)
    .orderBy('volunteers.created_at', 'desc')
    .orderBy('volunteers.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.representedBy)
    query = query.where(representedBy(sql.ref('volunteers.beneficiary_id'), filter.representedBy));
  if (filter.skill) query = query.where(sql<boolean>`${filter.skill} = any(volunteers.skills)`);
  if (filter.district !== undefined)
    query = query.where(sql<boolean>`${filter.district}::int = any(volunteers.districts)`);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(volunteers.created_at, volunteers.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

/** Active volunteers, not erased, sharing at least one of these skills: the candidates for an offer. */
export function selectVolunteersWithSkills(db: Kysely<DB>, skills: string[]) {
  return selectVolunteerRows(db)
    .where('volunteers.active', '=', true)
    .where('beneficiaries.erased_at', 'is', null)
    .where(sql<boolean>`volunteers.skills && ${sql.val(skills)}::text[]`)
    .execute();
}

// Offers

function selectOfferRows(db: Kysely<DB>) {
  return db
    .selectFrom('volunteer_offers')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'volunteer_offers.organization_id')
    .selectAll('volunteer_offers')
    .select([
      'beneficiaries.name as organization_name',
      'beneficiaries.email as organization_email',
      representativeIds(sql.ref('volunteer_offers.organization_id')).as('representative_ids'),
      sql<number>`(select count(*) from volunteer_applications a
                    where a.offer_id = volunteer_offers.id and a.status in ('accepted', 'completed'))::int`.as(
        'accepted_count',
      ),
    ]);
}

export type OfferRow = NonNullable<Awaited<ReturnType<typeof findOffer>>>;

export function findOffer(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = selectOfferRows(db).where('volunteer_offers.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('volunteer_offers');
  return query.executeTakeFirst();
}

export type OfferValues = {
  centerId: string | null;
  title: string;
  description: string | null;
  skills: string[];
  district: number | null;
  startDate: string | null;
  endDate: string | null;
  volunteersNeeded: number;
  hoursPerWeek: number | null;
  status: OfferStatus;
};

const offerColumns = (values: OfferValues) => ({
  center_id: values.centerId,
  title: values.title,
  description: values.description,
  skills: values.skills,
  district: values.district,
  start_date: values.startDate,
  end_date: values.endDate,
  volunteers_needed: values.volunteersNeeded,
  hours_per_week: values.hoursPerWeek,
  status: values.status,
});

export async function insertOffer(
  db: Kysely<DB>,
  values: OfferValues & { organizationId: string; createdBy: string },
): Promise<string> {
  const { id } = await db
    .insertInto('volunteer_offers')
    .values({ ...offerColumns(values), organization_id: values.organizationId, created_by: values.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateOfferRow(db: Kysely<DB>, id: string, values: OfferValues) {
  await db
    .updateTable('volunteer_offers')
    .set({ ...offerColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export type OfferFilter = {
  /** Offers anyone may see: open and not ended before `today`. */
  publicOn?: string;
  /** ...or offers of organizations this user represents. */
  orRepresentedBy?: string;
  organizationId?: string;
  status?: OfferStatus;
  skill?: string;
  district?: number;
  limit: number;
  after?: CursorKey;
};

const isPublic = (today: string) =>
  sql<boolean>`(volunteer_offers.status = 'open' and (volunteer_offers.end_date is null or volunteer_offers.end_date >= ${today}::date))`;

export function selectOffers(db: Kysely<DB>, filter: OfferFilter) {
  let query = selectOfferRows(db)
    .where('beneficiaries.erased_at', 'is', null)
    .orderBy('volunteer_offers.created_at', 'desc')
    .orderBy('volunteer_offers.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.publicOn) {
    const visible = filter.orRepresentedBy
      ? sql<boolean>`(${isPublic(filter.publicOn)} or ${representedBy(sql.ref('volunteer_offers.organization_id'), filter.orRepresentedBy)})`
      : isPublic(filter.publicOn);
    query = query.where(visible);
  }
  if (filter.organizationId)
    query = query.where('volunteer_offers.organization_id', '=', filter.organizationId);
  if (filter.status) query = query.where('volunteer_offers.status', '=', filter.status);
  if (filter.skill) query = query.where(sql<boolean>`${filter.skill} = any(volunteer_offers.skills)`);
  if (filter.district !== undefined) query = query.where('volunteer_offers.district', '=', filter.district);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(
      sql<boolean>`(volunteer_offers.created_at, volunteer_offers.id) < (${at}, ${id}::uuid)`,
    );
  }
  return query.execute();
}

/** Open offers not ended before `today` that want at least one of these skills. */
export function selectOpenOffersWithSkills(db: Kysely<DB>, skills: string[], today: string) {
  return selectOfferRows(db)
    .where('beneficiaries.erased_at', 'is', null)
    .where(isPublic(today))
    .where(sql<boolean>`volunteer_offers.skills && ${sql.val(skills)}::text[]`)
    .execute();
}

// Applications

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

export function selectHours(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('volunteer_hours')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('work_date')
    .orderBy('created_at')
    .execute();
}
