import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import { representativeIds, representedBy } from '../volunteering.repo.ts';
import type { Volunteer } from './volunteers.schema.ts';

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

/** The one mapping of a volunteer row to the API's volunteer. */
export function toVolunteer(row: VolunteerRow): Volunteer {
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    name: row.name,
    skills: row.skills,
    tags: row.tags,
    districts: row.districts,
    hoursPerWeek: row.hours_per_week,
    availability: {
      from: row.available_from,
      to: row.available_to,
      weekdays: row.available_weekdays,
      note: row.availability_note,
    },
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

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
