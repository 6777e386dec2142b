import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../lib/pagination.ts';
import { idParams } from '../centers/centers.schema.ts';
import {
  centerDaysSchema,
  closureBody,
  closureParams,
  closureSchema,
  closuresQuery,
  daysQuery,
} from './opening.schema.ts';
import * as service from './opening.service.ts';

/** Closures and the days calendar of a centre. */
export const openingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/centers/:id/closures',
    {
      schema: {
        tags: ['centers'],
        summary: 'Close the centre from..to, both days included (admin, its coordinators)',
        params: idParams,
        body: closureBody,
        response: { 201: closureSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createClosure(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/centers/:id/closures',
    {
      schema: {
        tags: ['centers'],
        summary: 'Closures that touch from..to, in date order (public)',
        security: [],
        params: idParams,
        querystring: closuresQuery,
        response: { 200: pageOf(closureSchema) },
      },
    },
    (request) => service.listClosures(app.db, request.params.id, request.query),
  );

  app.delete(
    '/centers/:id/closures/:closureId',
    {
      schema: {
        tags: ['centers'],
        summary: 'Remove a closure (admin, its coordinators)',
        params: closureParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteClosure(app.db, request.actor, request.params.id, request.params.closureId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/centers/:id/days',
    {
      schema: {
        tags: ['centers'],
        summary: `Each local day from..to (at most ${service.MAX_CALENDAR_DAYS}): open or why not, and the hours (public)`,
        security: [],
        params: idParams,
        querystring: daysQuery,
        response: { 200: centerDaysSchema },
      },
    },
    (request) => service.listCenterDays(app.db, request.params.id, request.query),
  );
};
