import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { centerRoutes } from './centers/centers.routes.ts';
import { openingRoutes } from './opening/opening.routes.ts';
import { roomRoutes } from './rooms/rooms.routes.ts';

/** Centres (with their accessibility), their opening calendar and closures, and their rooms. */
export const centersRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(centerRoutes);
  await app.register(openingRoutes);
  await app.register(roomRoutes);
};
