import type { Kysely, QueryCreator } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { invalidCursor, type Page } from '../../lib/pagination.ts';
import { type Actor, authorize, may } from '../../lib/policy.ts';
import {
  type AuditEntry,
  type AuditRow,
  auditInsert,
  insertAuditEntries,
  selectAuditEntries,
} from './audit.repo.ts';
import type { AuditLogEntry, AuditQuery } from './audit.schema.ts';

/** A coordinator reads its own centres' entries and the ones it wrote itself; admins all. */
function scopeOf(actor: Actor) {
  if (may(actor, 'audit.readNetwork')) return undefined;
  return { centerIds: actor.centerIds, actorId: actor.id };
}

/** Records a change to personal data or a decision. Call it inside the transaction of the change. */
export function recordAudit(db: Kysely<DB>, entry: AuditEntry | AuditEntry[]): Promise<void> {
  return insertAuditEntries(db, Array.isArray(entry) ? entry : [entry]);
}

/**
 * The INSERT of audit entries as a part of the change's own statement (a data-modifying WITH),
 * for a hot path that writes the change and its record in one round trip. The entries name
 * their centre: the database cannot find it from rows the same statement inserts.
 */
export function buildAuditInsert(
  db: QueryCreator<DB>,
  entries: (AuditEntry & { centerId: string | null })[],
) {
  return auditInsert(db, entries);
}

/** The one mapping of an audit_log row (with its actor's name) to the API's shape. */
function toAuditLogEntry(row: AuditRow): AuditLogEntry {
  return {
    id: String(row.id),
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? null } : null,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    centerId: row.center_id,
    fields: row.fields,
    reason: row.reason,
  };
}

export async function listAudit(
  db: Kysely<DB>,
  actor: Actor | null,
  query: AuditQuery,
): Promise<Page<AuditLogEntry>> {
  authorize(actor, 'audit.read');
  let after: number | undefined;
  if (query.cursor !== undefined) {
    after = Number(query.cursor);
    if (!Number.isSafeInteger(after) || after < 1) {
      throw invalidCursor();
    }
  }
  const scope = scopeOf(actor);
  const rows = await selectAuditEntries(db, { ...query, after, scope });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(toAuditLogEntry),
    nextCursor: rows.length > query.limit ? String(page.at(-1)?.id) : null,
  };
}
