import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { initiativesRoutes } from './initiatives/initiatives.routes.ts';
import { linksRoutes } from './links/links.routes.ts';
import { notesRoutes } from './notes/notes.routes.ts';

/** Incubation's HTTP API: initiatives with their stages and next step, notes, links to services used. */
export const incubationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(initiativesRoutes);
  await app.register(notesRoutes);
  await app.register(linksRoutes);
};
