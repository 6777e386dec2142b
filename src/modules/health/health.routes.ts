import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from './health.schema.ts';
import { checkHealth } from './health.service.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Ready to serve: the database answers',
        security: [],
        response: { 200: healthSchema },
      },
    },
    () => checkHealth(app.db, app.deps.databaseKind),
  );
};
