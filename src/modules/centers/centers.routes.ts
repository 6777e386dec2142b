import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const centersRoutes: FastifyPluginAsyncZod = async () => {};
