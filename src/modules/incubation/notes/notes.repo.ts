import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Note } from './notes.schema.ts';

export async function insertNote(
  db: Kysely<DB>,
  values: { initiativeId: string; body: string; authorId: string },
) {
  const { id } = await db
    .insertInto('initiative_notes')
    .values({ initiative_id: values.initiativeId, body: values.body, author_id: values.authorId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function selectNotes(db: Kysely<DB>, initiativeId: string) {
  return db
    .selectFrom('initiative_notes as n')
    .leftJoin('users', 'users.id', 'n.author_id')
    .selectAll('n')
    .select('users.name as author_name')
    .where('n.initiative_id', '=', initiativeId)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
}

export type NoteRow = Awaited<ReturnType<typeof selectNotes>>[number];

/** The one mapping of a note row to the API's note. */
export function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    body: row.body,
    author: row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null,
    createdAt: row.created_at,
  };
}
