import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { listAudit } from './audit.service.ts';

const auditEntry = z.object({
  id: z.string(),
  at: z.date(),
  actor: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  fields: z.array(z.string()),
  reason: z.string().nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log: who changed personal data or decided what, and when (staff)',
        querystring: z
          .object({
            entity: z.string().max(50).optional(),
            entityId: z.string().max(100).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(auditEntry) },
      },
    },
    (request) => listAudit(app.db, request.actor, request.query),
  );
};
