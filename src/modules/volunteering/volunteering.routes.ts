import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applicationsRoutes } from './applications/applications.routes.ts';
import { offersRoutes } from './offers/offers.routes.ts';
import { volunteersRoutes } from './volunteers/volunteers.routes.ts';

/** Volunteering's HTTP API: volunteers and skills, offers and matching, applications with hours and documents. */
export const volunteeringRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(volunteersRoutes);
  await app.register(offersRoutes);
  await app.register(applicationsRoutes);
};
