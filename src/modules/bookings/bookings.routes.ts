import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { availabilityRoutes } from './availability/availability.routes.ts';
import { lendingsRoutes } from './lendings/lendings.routes.ts';
import { bookingRulesRoutes } from './rules/rules.routes.ts';

/** Room lending: requests and their workflow, the centres' rules, availability and feeds. */
export const bookingsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(lendingsRoutes);
  await app.register(availabilityRoutes);
  await app.register(bookingRulesRoutes);
};
