import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../../lib/pagination.ts';
import { centerBody, centerChanges, centerSchema, idParams } from './centers.schema.ts';
import * as service from './centers.service.ts';

export const centerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/centers',
    {
      schema: {
        tags: ['centers'],
        summary: 'Create a centre (admin); hours default to 08:00-20:00 every day, zone to Europe/Warsaw',
        body: centerBody,
        response: { 201: centerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCenter(app.db, request.actor, request.body)),
  );

  app.get(
    '/centers',
    {
      schema: {
        tags: ['centers'],
        summary: 'All centres, by name (public)',
        security: [],
        querystring: z.object({ ...pageQuery }).strict(),
        response: { 200: pageOf(centerSchema) },
      },
    },
    (request) => service.listCenters(app.db, request.query),
  );

  app.get(
    '/centers/:id',
    {
      schema: {
        tags: ['centers'],
        summary: 'One centre (public)',
        security: [],
        params: idParams,
        response: { 200: centerSchema },
      },
    },
    (request) => service.getCenter(app.db, request.params.id),
  );

  app.patch(
    '/centers/:id',
    {
      schema: {
        tags: ['centers'],
        summary: 'Change a centre, its hours and the holidays it opens on (admin, its coordinators)',
        params: idParams,
        body: centerChanges,
        response: { 200: centerSchema },
      },
    },
    (request) => service.updateCenter(app.db, request.actor, request.params.id, request.body),
  );
};
