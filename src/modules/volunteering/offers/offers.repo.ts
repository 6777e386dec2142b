import { type Kysely, sql } from 'kysely';
import type { DB, OfferStatus } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import { representativeIds, representedBy } from '../volunteering.repo.ts';
import type { Offer } from './offers.schema.ts';

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

/** The one mapping of an offer row to the API's offer. */
export function toOffer(row: OfferRow): Offer {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    centerId: row.center_id,
    title: row.title,
    description: row.description,
    skills: row.skills,
    district: row.district,
    start: row.start_date,
    end: row.end_date,
    volunteersNeeded: row.volunteers_needed,
    volunteersAccepted: row.accepted_count,
    hoursPerWeek: row.hours_per_week,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

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
