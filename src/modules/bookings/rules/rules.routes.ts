import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../bookings.schema.ts';
import { bookingRulesChanges, bookingRulesSchema } from './rules.schema.ts';
import * as rules from './rules.service.ts';

export const bookingRulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/centers/:id/booking-rules',
    {
      schema: {
        tags: ['room lending'],
        summary: "A centre's room-use rules for members' requests, with the terms to accept",
        security: [],
        params: idParams,
        response: { 200: bookingRulesSchema },
      },
    },
    (request) => rules.getBookingRules(app.db, request.params.id),
  );

  app.patch(
    '/centers/:id/booking-rules',
    {
      schema: {
        tags: ['room lending'],
        summary: "Change a centre's room-use rules (staff of the centre)",
        params: idParams,
        body: bookingRulesChanges,
        response: { 200: bookingRulesSchema },
      },
    },
    (request) => rules.updateBookingRules(app.db, request.actor, request.params.id, request.body),
  );
};
