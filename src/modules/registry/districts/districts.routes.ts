import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REGISTRY_TAG } from '../beneficiaries/beneficiaries.schema.ts';
import { districtListSchema } from './districts.schema.ts';
import { listDistricts } from './districts.service.ts';

export const districtsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/districts',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary: "Kraków's 18 districts (dzielnice), by number",
        security: [],
        response: { 200: districtListSchema },
      },
    },
    () => listDistricts(app.db),
  );
};
