import { type Kysely, sql } from 'kysely';
import type { ImportKind } from '../../db/enums.ts';
import type { DB } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';
import type { Sheet } from './imports.parse.ts';
import type { PlanItem } from './imports.rows.ts';
import type { ImportError } from './imports.schema.ts';

/** What an import keeps: the file as read (to check it again at commit) and what the check found. */
export type StoredPlan = {
  sheet: Sheet;
  columns: Record<string, string>;
  items: PlanItem[];
  errors: ImportError[];
};

export type ImportRow = Awaited<ReturnType<typeof findImport>> & {};

const SUMMARY_COLUMNS = [
  'id',
  'kind',
  'center_id',
  'status',
  'filename',
  'file_sha256',
  'row_count',
  'to_create',
  'duplicate_count',
  'error_count',
  'created_at',
  'committed_at',
  'created',
  'skipped',
] as const;

export async function insertImport(
  db: Kysely<DB>,
  values: {
    kind: ImportKind;
    centerId: string | null;
    filename: string;
    sha256: string;
    plan: StoredPlan;
    createdBy: string;
  },
): Promise<ImportRow> {
  const items = values.plan.items;
  const json = JSON.stringify(values.plan);
  const row = await db
    .insertInto('imports')
    .values({
      kind: values.kind,
      center_id: values.centerId,
      filename: values.filename,
      file_sha256: values.sha256,
      row_count: items.length,
      to_create: items.filter((item) => item.action === 'create').length,
      duplicate_count: items.filter((item) => item.action === 'duplicate').length,
      error_count: values.plan.errors.length,
      plan: sql`${json}::jsonb`,
      created_by: values.createdBy,
    })
    .returning(SUMMARY_COLUMNS)
    .executeTakeFirstOrThrow();
  // The plan as stored (JSON: no NaN, no undefined), without reading it back.
  return { ...row, plan: JSON.parse(json) as StoredPlan };
}

export async function findImport(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('imports')
    .select([...SUMMARY_COLUMNS, 'plan'])
    .where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && { ...row, plan: row.plan as unknown as StoredPlan };
}

/** Newest first; a coordinator's scope is its centres and the imports without a centre. */
export function selectImports(
  db: Kysely<DB>,
  filter: { centerIds?: string[]; kind?: ImportKind; centerId?: string; limit: number; after?: CursorKey },
) {
  let query = db
    .selectFrom('imports')
    .select(SUMMARY_COLUMNS)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1);
  const scope = filter.centerIds;
  if (scope) query = query.where(sql<boolean>`(center_id is null or center_id = any(${scope}::uuid[]))`);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.centerId) query = query.where('center_id', '=', filter.centerId);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(created_at, id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

export async function markCommitted(
  db: Kysely<DB>,
  id: string,
  values: { by: string; created: number; skipped: number; at: Date },
) {
  await db
    .updateTable('imports')
    .set({
      status: 'committed',
      committed_by: values.by,
      committed_at: values.at,
      created: values.created,
      skipped: values.skipped,
    })
    .where('id', '=', id)
    .execute();
}

/** One commit at a time across the network: each checks again what the ones before it wrote. */
export async function lockCommits(db: Kysely<DB>) {
  await sql`select pg_advisory_xact_lock(hashtext('civitas.imports.commit'))`.execute(db);
}
