import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageOf } from '../../../lib/error-handler.ts';
import { REPORTS_TAG, WHO_READS } from '../summary/summary.schema.ts';
import {
  agreementBody,
  agreementChangesBody,
  agreementListSchema,
  agreementSchema,
  indicatorsQuery,
  indicatorsSchema,
} from './agreements.schema.ts';
import * as agreements from './agreements.service.ts';

export const agreementsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/indicators',
    {
      schema: {
        tags: REPORTS_TAG,
        summary: `Target, actual and percent achieved for each funding agreement, side by side${WHO_READS}`,
        querystring: indicatorsQuery,
        response: { 200: indicatorsSchema },
      },
    },
    // Figure names in Polish, the reports' language, unless the client asks for English.
    (request) =>
      agreements.getIndicators(
        app.db,
        request.actor,
        request.query,
        request.headers['accept-language'] && languageOf(request) === 'en' ? 'en' : 'pl',
      ),
  );

  app.post(
    '/agreements',
    {
      schema: {
        tags: REPORTS_TAG,
        summary:
          'Record a funding agreement with its target values (admin); targets are keyed like the CSV figures, e.g. "rooms.lendings"',
        body: agreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await agreements.createAgreement(app.db, request.actor, request.body)),
  );

  app.get(
    '/agreements',
    {
      schema: {
        tags: REPORTS_TAG,
        summary: `Funding agreements${WHO_READS}`,
        response: { 200: agreementListSchema },
      },
    },
    (request) => agreements.listAgreements(app.db, request.actor),
  );

  app.patch(
    '/agreements/:id',
    {
      schema: {
        tags: REPORTS_TAG,
        summary: 'Change a funding agreement (admin)',
        params: z.object({ id: z.string().max(100) }),
        body: agreementChangesBody,
        response: { 200: agreementSchema },
      },
    },
    (request) => agreements.updateAgreement(app.db, request.actor, request.params.id, request.body),
  );
};
