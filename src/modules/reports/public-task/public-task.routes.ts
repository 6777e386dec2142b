import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../lib/pagination.ts';
import { REPORTS_TAG } from '../summary/summary.schema.ts';
import { reportDocx } from './public-task.docx.ts';
import { reportPdf } from './public-task.pdf.ts';
import {
  changesBody,
  createBody,
  idParams,
  listItemSchema,
  listQuery,
  reportSchema,
} from './public-task.schema.ts';
import * as reports from './public-task.service.ts';

const WHO_WRITES = ' (admin, coordinator of the agreement’s centre)';
const WHO_READS = ' (admin, observer; coordinators for their centres)';

const FILES = {
  pdf: { type: 'application/pdf', render: reportPdf },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: reportDocx,
  },
} as const;

/** The statutory report on a public task (sprawozdanie z wykonania zadania publicznego). */
export const publicTaskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/public-task-reports',
    {
      schema: {
        tags: REPORTS_TAG,
        operationId: 'createPublicTaskReport',
        summary: `A draft of the statutory report for a funding agreement and a period, Part I filled from the data${WHO_WRITES}`,
        body: createBody,
        response: { 201: reportSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reports.createReport(app.db, request.actor, request.body)),
  );

  app.get(
    '/public-task-reports',
    {
      schema: {
        tags: REPORTS_TAG,
        operationId: 'listPublicTaskReports',
        summary: `Drafts of the statutory report, newest first, optionally of one agreement${WHO_READS}`,
        querystring: listQuery,
        response: { 200: pageOf(listItemSchema) },
      },
    },
    (request) => reports.listReports(app.db, request.actor, request.query),
  );

  app.get(
    '/public-task-reports/:id',
    {
      schema: {
        tags: REPORTS_TAG,
        operationId: 'getPublicTaskReport',
        summary: `A draft of the statutory report: header, Part I from the data, the written fields and Part II's sums${WHO_READS}`,
        params: idParams,
        response: { 200: reportSchema },
      },
    },
    (request) => reports.getReport(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/public-task-reports/:id',
    {
      schema: {
        tags: REPORTS_TAG,
        operationId: 'updatePublicTaskReport',
        summary: `Edit the written fields (narrative, Part II expenses, Part III); with revision, only that revision${WHO_WRITES}`,
        params: idParams,
        body: changesBody,
        response: { 200: reportSchema },
      },
    },
    (request) => reports.updateReport(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/public-task-reports/:id/refresh',
    {
      schema: {
        tags: REPORTS_TAG,
        operationId: 'refreshPublicTaskReport',
        summary: `Compute Part I from the data again; the written fields stay${WHO_WRITES}`,
        params: idParams,
        body: z
          .object({ revision: z.number().int().min(1).optional() })
          .strict()
          .optional(),
        response: { 200: reportSchema },
      },
    },
    (request) => reports.refreshReport(app.db, request.actor, request.params.id, request.body ?? {}),
  );

  for (const format of ['pdf', 'docx'] as const) {
    const file = FILES[format];
    app.get(
      `/public-task-reports/:id.${format}`,
      {
        schema: {
          tags: REPORTS_TAG,
          operationId: `getPublicTaskReport${format === 'pdf' ? 'Pdf' : 'Docx'}`,
          summary: `The report laid out as the official form (parts I–III), as ${format.toUpperCase()}${WHO_READS}`,
          params: idParams,
          produces: [file.type],
        },
      },
      async (request, reply) => {
        const report = await reports.reportForFile(app.db, request.actor, request.params.id);
        return reply
          .type(file.type)
          .header('content-disposition', `attachment; filename="${reports.fileNameOf(report)}.${format}"`)
          .send(await file.render(report));
      },
    );
  }
};
