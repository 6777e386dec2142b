import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvFormatQuery } from '../../../lib/csv.ts';
import { exportSummary } from './summary.download.ts';
import {
  narrativeQuerySchema,
  narrativeSchema,
  periodQuerySchema,
  REPORTS_TAG,
  summarySchema,
  WHO_READS,
} from './summary.schema.ts';
import * as summary from './summary.service.ts';

const FORMATS = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/summary',
    {
      schema: {
        tags: REPORTS_TAG,
        summary: `The funder's figures for local days from..to (both included), one centre or the network${WHO_READS}`,
        querystring: periodQuerySchema,
        response: { 200: summarySchema },
      },
    },
    (request) => summary.getSummary(app.db, request.actor, request.query),
  );

  for (const format of ['csv', 'xlsx', 'pdf'] as const) {
    app.get(
      `/reports/summary.${format}`,
      {
        schema: {
          tags: REPORTS_TAG,
          summary: `The same figures as a ${format.toUpperCase()} file${WHO_READS}`,
          querystring: format === 'csv' ? periodQuerySchema.extend(csvFormatQuery) : periodQuerySchema,
          produces: [FORMATS[format]],
        },
      },
      async (request, reply) => {
        const file = await exportSummary(app.db, request.actor, request.query, format);
        return reply
          .type(file.type)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(file.body);
      },
    );
  }

  app.get(
    '/reports/narrative',
    {
      schema: {
        tags: REPORTS_TAG,
        summary: `The figures as a paragraph for a council committee, in Polish or English${WHO_READS}`,
        querystring: narrativeQuerySchema,
        response: { 200: narrativeSchema },
      },
    },
    (request) => summary.getNarrative(app.db, request.actor, request.query),
  );
};
