import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { beneficiariesRoutes } from './beneficiaries/beneficiaries.routes.ts';
import { districtsRoutes } from './districts/districts.routes.ts';
import { privacyRoutes } from './privacy/privacy.routes.ts';
import { representativesRoutes } from './representatives/representatives.routes.ts';

/** The registry's routes: beneficiaries, their erasure and export, representatives, districts. */
export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(beneficiariesRoutes);
  await app.register(privacyRoutes);
  await app.register(representativesRoutes);
  await app.register(districtsRoutes);
};
