import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agreementsRoutes } from './agreements/agreements.routes.ts';
import { analyticsRoutes } from './analytics/analytics.routes.ts';
import { openDataRoutes } from './open-data/open-data.routes.ts';
import { publicTaskRoutes } from './public-task/public-task.routes.ts';
import { summaryRoutes } from './summary/summary.routes.ts';

/** The reports module's routes: the summary and its exports, analytics, agreements, open data, the statutory report on a public task. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(summaryRoutes);
  await app.register(analyticsRoutes);
  await app.register(agreementsRoutes);
  await app.register(openDataRoutes);
  await app.register(publicTaskRoutes);
};
