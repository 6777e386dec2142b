import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/** Kraków's districts (dzielnice), reference data loaded by a migration. */
export function selectDistricts(db: Kysely<DB>) {
  return db.selectFrom('districts').select(['number', 'name']).orderBy('number').execute();
}
