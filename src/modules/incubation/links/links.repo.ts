import type { Kysely } from 'kysely';
import type { DB, InitiativeLinkKind } from '../../../db/schema.ts';
import type { Link } from './links.schema.ts';

export async function insertLink(
  db: Kysely<DB>,
  values: {
    initiativeId: string;
    kind: InitiativeLinkKind;
    refId: string | null;
    label: string;
    createdBy: string;
  },
) {
  return db
    .insertInto('initiative_links')
    .values({
      initiative_id: values.initiativeId,
      kind: values.kind,
      ref_id: values.refId,
      label: values.label,
      created_by: values.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type LinkRow = Awaited<ReturnType<typeof insertLink>>;

/** The one mapping of a link row to the API's link. */
export function toLink(row: LinkRow): Link {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    kind: row.kind,
    refId: row.ref_id,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export function selectLinks(db: Kysely<DB>, initiativeId: string) {
  return db
    .selectFrom('initiative_links')
    .selectAll()
    .where('initiative_id', '=', initiativeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function deleteLink(db: Kysely<DB>, initiativeId: string, linkId: string) {
  const result = await db
    .deleteFrom('initiative_links')
    .where('initiative_id', '=', initiativeId)
    .where('id', '=', linkId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
