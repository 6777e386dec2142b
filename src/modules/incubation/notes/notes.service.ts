import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { loadWorkable } from '../initiatives/initiatives.service.ts';
import * as repo from './notes.repo.ts';
import type { Note } from './notes.schema.ts';

export async function addNote(db: Kysely<DB>, actor: Actor | null, id: string, body: string): Promise<Note> {
  return db.transaction().execute(async (trx) => {
    const row = await loadWorkable(trx, actor, id);
    const actorId = (actor as Actor).id;
    const noteId = await repo.insertNote(trx, { initiativeId: row.id, body: body.trim(), authorId: actorId });
    await recordAudit(trx, {
      actorId,
      action: 'note',
      entity: 'initiative',
      entityId: row.id,
      fields: ['notes'],
    });
    const notes = await repo.selectNotes(trx, row.id);
    return repo.toNote(notes.find((note) => note.id === noteId) as repo.NoteRow);
  });
}
