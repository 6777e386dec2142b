import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const registryRoutes: FastifyPluginAsyncZod = async () => {};
