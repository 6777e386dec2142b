import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REPORTS_TAG } from '../summary/summary.schema.ts';
import { openDataCsvQuery, openDataQuery, openDataSchema } from './open-data.schema.ts';
import * as openData from './open-data.service.ts';

export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/open-data.json',
    {
      schema: {
        tags: REPORTS_TAG,
        summary:
          'Open data: the figures per centre and for the network, counts of 1 to 4 suppressed (public)',
        security: [],
        querystring: openDataQuery,
        response: { 200: openDataSchema },
      },
    },
    (request) => openData.getOpenData(app.db, request.query),
  );

  app.get(
    '/reports/open-data.csv',
    {
      schema: {
        tags: REPORTS_TAG,
        summary: 'Open data as CSV (public)',
        security: [],
        querystring: openDataCsvQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="civitas-open-data-${request.query.from}-${request.query.to}.csv"`,
        )
        .send(openData.openDataCsv(await openData.getOpenData(app.db, request.query), request.query.format)),
  );
};
