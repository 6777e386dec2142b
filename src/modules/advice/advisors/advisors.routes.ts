import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../lib/pagination.ts';
import { id, idParams, TAGS } from '../advice.schema.ts';
import {
  advisorQuery,
  advisorSchema,
  availabilityQuery,
  availabilitySchema,
  createAdvisorBody,
  updateAdvisorBody,
  windowBody,
  windowSchema,
} from './advisors.schema.ts';
import { createAdvisor, getAdvisor, listAdvisors, updateAdvisor } from './advisors.service.ts';
import { addAvailability, getAvailability, removeAvailability } from './availability.service.ts';

/** Advisors and their availability windows. */
export const advisorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/advisors',
    {
      schema: {
        tags: TAGS,
        summary:
          'Make a user an advisor (admin) with specialties (legal, accounting, fundraising, pr, ...) and centres',
        body: createAdvisorBody,
        response: { 201: advisorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAdvisor(app.db, request.actor, request.body)),
  );

  app.get(
    '/advisors',
    {
      schema: {
        tags: TAGS,
        summary: 'Advisors, newest first (public): name, specialties, centres',
        security: [],
        querystring: advisorQuery,
        response: { 200: pageOf(advisorSchema) },
      },
    },
    (request) => listAdvisors(app.db, request.actor, request.query),
  );

  app.get(
    '/advisors/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One advisor (public)',
        security: [],
        params: idParams,
        response: { 200: advisorSchema },
      },
    },
    (request) => getAdvisor(app.db, request.params.id),
  );

  app.patch(
    '/advisors/:id',
    {
      schema: {
        tags: TAGS,
        summary: "Change an advisor's specialties, centres, bio or retire it (admin)",
        params: idParams,
        body: updateAdvisorBody,
        response: { 200: advisorSchema },
      },
    },
    (request) => updateAdvisor(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/advisors/:id/availability',
    {
      schema: {
        tags: TAGS,
        summary:
          'Add a window in which appointments may be booked (the advisor itself, or staff of that centre). ' +
          "Windows of one advisor never overlap (409); the centre must be one of the advisor's.",
        params: idParams,
        body: windowBody,
        response: { 201: windowSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addAvailability(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/advisors/:id/availability',
    {
      schema: {
        tags: TAGS,
        summary:
          "An advisor's windows and busy times (public, times only) from..to (default: the next 31 days; at most 93)",
        security: [],
        params: idParams,
        querystring: availabilityQuery,
        response: { 200: availabilitySchema },
      },
    },
    (request) => getAvailability(app.db, request.params.id, request.query),
  );

  app.delete(
    '/advisors/:id/availability/:windowId',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove an availability window (appointments already booked in it stay)',
        params: z.object({ id, windowId: id }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeAvailability(app.db, request.actor, request.params.id, request.params.windowId);
      return reply.status(204).send(null);
    },
  );
};
