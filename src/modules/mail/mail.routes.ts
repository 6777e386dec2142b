import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../lib/pagination.ts';
import { outboxItemSchema, outboxQuery } from './mail.schema.ts';
import { listOutbox } from './mail.service.ts';

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Messages queued, sent or failed, newest first (admin)',
        querystring: outboxQuery,
        response: { 200: pageOf(outboxItemSchema) },
      },
    },
    (request) => listOutbox(app.db, request.actor, request.query),
  );
};
