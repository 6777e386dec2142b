import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { selectDistricts } from './districts.repo.ts';

/** Reference data, open to anyone. */
export async function listDistricts(db: Kysely<DB>) {
  return { items: await selectDistricts(db) };
}
