import { type Kysely, sql } from 'kysely';
import type { DB, OpeningHours } from '../../../db/schema.ts';
import type { KeyCursor } from '../centers.shared.ts';

/**
 * A centre as one row. date[] comes out of `pg` as Dates at UTC midnight, so the open
 * holidays are read as text, like the plain date columns.
 */
function centerQuery(db: Kysely<DB>) {
  return db
    .selectFrom('centers')
    .select([
      'centers.id',
      'centers.name',
      'centers.address',
      'centers.district',
      'centers.timezone',
      'centers.opening_hours',
      'centers.email',
      'centers.phone',
      'centers.description',
      'centers.accessibility',
      'centers.created_at',
      'centers.updated_at',
    ])
    .select(sql<string[]>`centers.open_holidays::text[]`.as('open_holidays'));
}

export type CenterRow = Awaited<ReturnType<typeof findCenterById>> & {};

export function findCenterById(db: Kysely<DB>, id: string) {
  return centerQuery(db).where('centers.id', '=', id).executeTakeFirst();
}

/** The centre, locked until the transaction ends, so concurrent changes apply one after another. */
export function lockCenterById(db: Kysely<DB>, id: string) {
  return centerQuery(db).where('centers.id', '=', id).forUpdate().executeTakeFirst();
}

export function selectCenters(db: Kysely<DB>, filter: { limit: number; after?: KeyCursor }) {
  let query = centerQuery(db)
    .orderBy('centers.name')
    .orderBy('centers.id')
    .limit(filter.limit + 1);
  if (filter.after) {
    const { key, id } = filter.after;
    query = query.where(sql<boolean>`(centers.name, centers.id) > (${key}, ${id}::uuid)`);
  }
  return query.execute();
}

export type CenterValues = {
  name: string;
  address: string;
  district: number | null;
  timezone: string;
  openingHours: OpeningHours;
  openHolidays: string[];
  email: string | null;
  phone: string | null;
  description: string | null;
  accessibility: string | null;
};

export async function insertCenter(db: Kysely<DB>, values: CenterValues): Promise<string> {
  const { id } = await db
    .insertInto('centers')
    .values({
      name: values.name,
      address: values.address,
      district: values.district,
      timezone: values.timezone,
      opening_hours: JSON.stringify(values.openingHours),
      open_holidays: values.openHolidays,
      email: values.email,
      phone: values.phone,
      description: values.description,
      accessibility: values.accessibility,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateCenterRow(db: Kysely<DB>, id: string, changes: Partial<CenterValues>) {
  await db
    .updateTable('centers')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.address !== undefined && { address: changes.address }),
      ...(changes.district !== undefined && { district: changes.district }),
      ...(changes.timezone !== undefined && { timezone: changes.timezone }),
      ...(changes.openingHours !== undefined && { opening_hours: JSON.stringify(changes.openingHours) }),
      ...(changes.openHolidays !== undefined && { open_holidays: changes.openHolidays }),
      ...(changes.email !== undefined && { email: changes.email }),
      ...(changes.phone !== undefined && { phone: changes.phone }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.accessibility !== undefined && { accessibility: changes.accessibility }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}
