import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, TAGS } from '../incubation.schema.ts';
import { newNoteBody, noteSchema } from './notes.schema.ts';
import * as notes from './notes.service.ts';

export const notesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/initiatives/:id/notes',
    {
      schema: {
        tags: TAGS,
        summary: "A note on the initiative's progress (staff, its mentor)",
        params: idParams,
        body: newNoteBody,
        response: { 201: noteSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await notes.addNote(app.db, request.actor, request.params.id, request.body.body)),
  );
};
