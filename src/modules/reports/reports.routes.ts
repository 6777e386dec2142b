import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDateSchema } from '../../lib/time.ts';
import * as reports from './reports.service.ts';

const periodQuery = {
  from: calendarDateSchema,
  to: calendarDateSchema,
  centerId: z.string().max(100).optional(),
};

const kindCount = z.object({ count: z.number(), participants: z.number() });
const average = z.record(z.string(), z.object({ count: z.number(), average: z.number() }));
const summarySchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  centerIds: z.array(z.string()),
  beneficiaries: z.object({
    total: z.number(),
    organizations: z.number(),
    informalGroups: z.number(),
    individuals: z.number(),
  }),
  rooms: z.object({ lendings: z.number(), people: z.number(), hours: z.number() }),
  activities: z.object({
    count: z.number(),
    participants: z.number(),
    byKind: z.record(z.string(), kindCount),
  }),
  advice: z.object({ appointments: z.number(), hours: z.number(), byKind: z.record(z.string(), z.number()) }),
  volunteering: z.object({ offers: z.number(), placements: z.number(), hours: z.number() }),
  incubation: z.object({ initiatives: z.number(), byStage: z.record(z.string(), z.number()) }),
  feedback: z.object({ activities: average, advice: average }),
});

const agreementSchema = z.object({
  id: z.string(),
  centerId: z.string().nullable(),
  title: z.string(),
  operator: z.string(),
  funder: z.string(),
  from: z.string(),
  to: z.string(),
  targets: z.record(z.string(), z.number()),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const agreementBody = z
  .object({
    centerId: z.string().max(100).nullable().optional(),
    title: z.string().trim().min(1).max(300),
    operator: z.string().trim().min(1).max(300),
    funder: z.string().trim().min(1).max(300),
    from: calendarDateSchema,
    to: calendarDateSchema,
    targets: z.record(z.string().max(100), z.number().min(0).max(100_000_000)),
  })
  .strict();

const TAG = ['reports'];
const WHO = ' (admin, observer; coordinators for their centres)';

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/summary',
    {
      schema: {
        tags: TAG,
        summary: `The funder's figures for local days from..to (both included), one centre or the network${WHO}`,
        querystring: z.object(periodQuery).strict(),
        response: { 200: summarySchema },
      },
    },
    (request) => reports.getSummary(app.db, request.actor, request.query),
  );

  for (const format of ['csv', 'xlsx', 'pdf'] as const) {
    app.get(
      `/reports/summary.${format}`,
      {
        schema: {
          tags: TAG,
          summary: `The same figures as a ${format.toUpperCase()} file${WHO}`,
          querystring: z.object(periodQuery).strict(),
          produces: [
            format === 'csv'
              ? 'text/csv'
              : format === 'pdf'
                ? 'application/pdf'
                : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
        },
      },
      async (request, reply) => {
        const file = await reports.exportSummary(app.db, request.actor, request.query, format);
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
        tags: TAG,
        summary: `The figures as a paragraph for a council committee, in Polish or English${WHO}`,
        querystring: z.object({ ...periodQuery, lang: z.enum(['pl', 'en']).optional() }).strict(),
        response: { 200: z.object({ lang: z.enum(['pl', 'en']), text: z.string() }) },
      },
    },
    (request) => reports.getNarrative(app.db, request.actor, request.query),
  );

  app.get(
    '/reports/analytics',
    {
      schema: {
        tags: TAG,
        summary: `Demand: room occupancy by weekday and hour, requests refused or withdrawn, beneficiaries by district, monthly trends (at most two years)${WHO}`,
        querystring: z.object(periodQuery).strict(),
        response: {
          200: z.object({
            period: z.object({ from: z.string(), to: z.string() }),
            occupancy: z.array(
              z.object({
                weekday: z.number(),
                hour: z.number(),
                bookedHours: z.number(),
                openHours: z.number(),
                rate: z.number().nullable(),
              }),
            ),
            unmetDemand: z.object({
              refused: z.number(),
              rejected: z.number(),
              withdrawn: z.number(),
              byMonth: z.array(
                z.object({
                  month: z.string(),
                  refused: z.number(),
                  rejected: z.number(),
                  withdrawn: z.number(),
                }),
              ),
            }),
            districts: z.array(
              z.object({
                district: z.number().nullable(),
                name: z.string().nullable(),
                beneficiaries: z.number(),
              }),
            ),
            trends: z.array(
              z.object({
                month: z.string(),
                lendings: z.number(),
                people: z.number(),
                appointments: z.number(),
                attendances: z.number(),
              }),
            ),
          }),
        },
      },
    },
    (request) => reports.getAnalytics(app.db, request.actor, request.query),
  );

  app.get(
    '/reports/indicators',
    {
      schema: {
        tags: TAG,
        summary: `Target, actual and percent achieved for each funding agreement, side by side${WHO}`,
        querystring: z
          .object({ centerId: z.string().max(100).optional(), agreementId: z.string().max(100).optional() })
          .strict(),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                agreement: agreementSchema,
                indicators: z.array(
                  z.object({
                    key: z.string(),
                    label: z.string(),
                    target: z.number(),
                    actual: z.number(),
                    percent: z.number().nullable(),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    (request) => reports.getIndicators(app.db, request.actor, request.query),
  );

  app.post(
    '/agreements',
    {
      schema: {
        tags: TAG,
        summary:
          'Record a funding agreement with its target values (admin); targets are keyed like the CSV figures, e.g. "rooms.lendings"',
        body: agreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reports.createAgreement(app.db, request.actor, request.body)),
  );

  app.get(
    '/agreements',
    {
      schema: {
        tags: TAG,
        summary: `Funding agreements${WHO}`,
        response: { 200: z.object({ items: z.array(agreementSchema), nextCursor: z.null() }) },
      },
    },
    (request) => reports.listAgreements(app.db, request.actor),
  );

  app.patch(
    '/agreements/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Change a funding agreement (admin)',
        params: z.object({ id: z.string().max(100) }),
        body: agreementBody.partial().strict(),
        response: { 200: agreementSchema },
      },
    },
    (request) => reports.updateAgreement(app.db, request.actor, request.params.id, request.body),
  );

  const openQuery = z.object({ from: calendarDateSchema, to: calendarDateSchema }).strict();
  app.get(
    '/reports/open-data.json',
    {
      schema: {
        tags: TAG,
        summary:
          'Open data: the figures per centre and for the network, counts of 1 to 4 suppressed (public)',
        security: [],
        querystring: openQuery,
        response: {
          200: z.object({
            period: z.object({ from: z.string(), to: z.string() }),
            suppressBelow: z.number(),
            rows: z.array(
              z.object({
                centerId: z.string().nullable(),
                centre: z.string(),
                key: z.string(),
                value: z.number().nullable(),
                suppressed: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    (request) => reports.getOpenData(app.db, request.query),
  );

  app.get(
    '/reports/open-data.csv',
    {
      schema: {
        tags: TAG,
        summary: 'Open data as CSV (public)',
        security: [],
        querystring: openQuery,
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
        .send(reports.openDataCsv(await reports.getOpenData(app.db, request.query))),
  );
};
