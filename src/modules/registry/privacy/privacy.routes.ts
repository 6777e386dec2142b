import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { beneficiarySchema, idParams, REGISTRY_TAG } from '../beneficiaries/beneficiaries.schema.ts';
import { beneficiaryExportSchema } from './privacy.schema.ts';
import * as privacy from './privacy.service.ts';

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    '/beneficiaries/:id',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'Erase a beneficiary on request (GDPR art. 17, staff): its personal data and representatives ' +
          'are removed, the entry stays (kind, district) so past reports keep their counts. ' +
          'Answers the erased entry; erasing twice is 409',
        params: idParams,
        response: { 200: beneficiarySchema },
      },
    },
    (request) => privacy.eraseBeneficiary(app.db, request.actor, request.params.id),
  );

  app.get(
    '/beneficiaries/:id/export',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'Everything stored about a beneficiary, as a JSON file (GDPR art. 15/20; staff, its representatives)',
        params: idParams,
        response: { 200: beneficiaryExportSchema },
      },
    },
    async (request, reply) => {
      const data = await privacy.exportBeneficiary(app.db, request.actor, request.params.id);
      reply.header('content-disposition', `attachment; filename="beneficiary-${data.beneficiary.id}.json"`);
      return data;
    },
  );
};
