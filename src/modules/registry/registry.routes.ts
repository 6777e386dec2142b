import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { beneficiariesRoutes } from './beneficiaries/beneficiaries.routes.ts';
import { districtsRoutes } from './districts/districts.routes.ts';
import { duplicatesRoutes } from './duplicates/duplicates.routes.ts';
import { mergeRoutes } from './merge/merge.routes.ts';
import { privacyRoutes } from './privacy/privacy.routes.ts';
import { representativesRoutes } from './representatives/representatives.routes.ts';

/**
 * The registry's routes: beneficiaries, their likely duplicates and merging, their erasure and
 * export, representatives, districts.
 */
export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(beneficiariesRoutes);
  await app.register(duplicatesRoutes);
  await app.register(mergeRoutes);
  await app.register(privacyRoutes);
  await app.register(representativesRoutes);
  await app.register(districtsRoutes);
};
