import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { listOutbox } from './mail.service.ts';

const outboxItem = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  sentAt: z.date().nullable(),
  createdAt: z.date(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number() })),
});

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Messages queued, sent or failed, newest first (admin)',
        querystring: z
          .object({
            to: z.string().max(254).optional(),
            status: z.enum(['pending', 'sent', 'failed']).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(outboxItem) },
      },
    },
    (request) => listOutbox(app.db, request.actor, request.query),
  );
};
