import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { revokeFeedSecret } from '../../accounts/index.ts';
import { idParams } from '../bookings.schema.ts';
import { availabilityQuery, availabilitySchema } from './availability.schema.ts';
import * as availability from './availability.service.ts';

export const availabilityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rooms/:id/availability',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Free and busy times of a room within opening hours, for local days from..to (at most 62)',
        security: [],
        params: idParams,
        querystring: availabilityQuery,
        response: { 200: availabilitySchema },
      },
    },
    (request) => availability.roomAvailability(app.db, request.params.id, request.query),
  );

  app.get(
    '/rooms/:id/calendar.ics',
    {
      schema: {
        tags: ['room lending'],
        summary: 'iCalendar feed of a room (titles and times only)',
        security: [],
        params: idParams,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) =>
      reply.type('text/calendar; charset=utf-8').send(await availability.roomFeed(app.db, request.params.id)),
  );

  app.get(
    '/centers/:id/calendar.ics',
    {
      schema: {
        tags: ['room lending'],
        summary: 'iCalendar feed of all rooms of a centre (titles and times only)',
        security: [],
        params: idParams,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .send(await availability.centerFeed(app.db, request.params.id)),
  );

  app.post(
    '/calendar-feed',
    {
      schema: {
        tags: ['room lending'],
        summary:
          "A private iCalendar feed of one's centres (admin: all), requests waiting and organizers' titles " +
          'included, at a new secret address; the previous address stops working (staff)',
        response: {
          201: z.object({
            url: z
              .string()
              .describe('Subscribe to this address in a calendar; keep it secret like a password'),
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await availability.issueStaffFeed(app.db, request.actor, app.deps.config.publicUrl)),
  );

  app.delete(
    '/calendar-feed',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Ends the private calendar feed: its address answers 404 from now on (staff)',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeFeedSecret(app.db, request.actor);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/feeds/:secret/calendar.ics',
    {
      schema: {
        tags: ['room lending'],
        summary:
          "A staff member's private iCalendar feed, at the secret address POST /api/calendar-feed gave",
        security: [],
        params: z.object({ secret: z.string().min(1).max(200) }),
        produces: ['text/calendar'],
      },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await availability.staffFeed(app.db, request.params.secret)),
  );
};
