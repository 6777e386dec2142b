import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
};
