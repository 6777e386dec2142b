import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { periodQuerySchema, REPORTS_TAG, WHO_READS } from '../summary/summary.schema.ts';
import { analyticsSchema } from './analytics.schema.ts';
import * as analytics from './analytics.service.ts';

export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/analytics',
    {
      schema: {
        tags: REPORTS_TAG,
        summary: `Demand: room occupancy by weekday and hour, requests refused or withdrawn, beneficiaries by district, monthly trends (at most two years)${WHO_READS}`,
        querystring: periodQuerySchema,
        response: { 200: analyticsSchema },
      },
    },
    (request) => analytics.getAnalytics(app.db, request.actor, request.query),
  );
};
