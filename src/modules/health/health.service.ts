import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { pingDatabase } from './health.repo.ts';
import type { Health } from './health.schema.ts';

/** Ready to serve when the database answers; says which kind of database it is. */
export async function checkHealth(db: Kysely<DB>, database: Health['database']): Promise<Health> {
  await pingDatabase(db);
  return { status: 'ok', database };
}
