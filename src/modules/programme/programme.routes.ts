import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activitiesRoutes } from './activities/activities.routes.ts';
import { attendanceRoutes } from './attendance/attendance.routes.ts';
import { feedbackRoutes } from './feedback/feedback.routes.ts';
import { registrationsRoutes } from './registrations/registrations.routes.ts';

/** The programme's HTTP API: activities, registrations, attendance and feedback. */
export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(activitiesRoutes);
  await app.register(registrationsRoutes);
  await app.register(attendanceRoutes);
  await app.register(feedbackRoutes);
};
