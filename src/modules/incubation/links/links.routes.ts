import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, TAGS } from '../incubation.schema.ts';
import { linkParams, linkSchema, newLinkBody } from './links.schema.ts';
import * as links from './links.service.ts';

export const linksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/initiatives/:id/links',
    {
      schema: {
        tags: TAGS,
        summary:
          'Link a service the initiative used: a booking, activity, appointment, article or other (staff, its mentor). ' +
          'refId is the id of that record (an article must exist)',
        params: idParams,
        body: newLinkBody,
        response: { 201: linkSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await links.addLink(app.db, request.actor, request.params.id, request.body)),
  );

  app.delete(
    '/initiatives/:id/links/:linkId',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a link (staff, its mentor)',
        params: linkParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await links.removeLink(app.db, request.actor, request.params.id, request.params.linkId);
      return reply.status(204).send(null);
    },
  );
};
