import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  fields?: string[];
  reason?: string | null;
  /** The centre, when the caller knows it; otherwise the database finds it from the entity. */
  centerId?: string | null;
};

export async function insertAuditEntries(db: Kysely<DB>, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await auditInsert(db, entries).execute();
}

/** The INSERT of these (one or more) entries, not yet run: a part of a larger statement. */
export function auditInsert(db: QueryCreator<DB>, entries: AuditEntry[]) {
  return db.insertInto('audit_log').values(
    entries.map((entry) => ({
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      fields: entry.fields ?? [],
      reason: entry.reason ?? null,
      ...(entry.centerId ? { center_id: entry.centerId } : {}),
    })),
  );
}

export async function selectAuditEntries(
  db: Kysely<DB>,
  filter: {
    entity?: string;
    entityId?: string;
    centerId?: string;
    limit: number;
    after?: number;
    /** Only entries of these centres or written by this actor. */
    scope?: { centerIds: readonly string[]; actorId: string };
  },
) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'users.name as actor_name',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.center_id',
      'audit_log.fields',
      'audit_log.reason',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.entity) query = query.where('audit_log.entity', '=', filter.entity);
  if (filter.entityId) query = query.where('audit_log.entity_id', '=', filter.entityId);
  if (filter.centerId) query = query.where(sql<boolean>`audit_log.center_id::text = ${filter.centerId}`);
  if (filter.scope) {
    const { centerIds, actorId } = filter.scope;
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.actor_id', '=', actorId),
        ...(centerIds.length ? [eb('audit_log.center_id', 'in', [...centerIds])] : []),
      ]),
    );
  }
  if (filter.after !== undefined) query = query.where('audit_log.id', '<', filter.after);
  return query.execute();
}

export type AuditRow = Awaited<ReturnType<typeof selectAuditEntries>>[number];

export type { CursorKey };
