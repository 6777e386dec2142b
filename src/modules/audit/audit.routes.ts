import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../lib/pagination.ts';
import { auditEntrySchema, auditQuery } from './audit.schema.ts';
import { listAudit } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log: who changed personal data or decided what, and when (staff)',
        querystring: auditQuery,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    (request) => listAudit(app.db, request.actor, request.query),
  );
};
