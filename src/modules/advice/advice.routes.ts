import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { advisorRoutes } from './advisors/advisors.routes.ts';
import { appointmentRoutes } from './appointments/appointments.routes.ts';
import { engagementRoutes } from './engagements/engagements.routes.ts';

/** The advice module's HTTP API: advisors and availability, appointments, engagements. */
export const adviceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(advisorRoutes);
  await app.register(appointmentRoutes);
  await app.register(engagementRoutes);
};
