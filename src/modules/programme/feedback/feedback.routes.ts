import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, TAGS } from '../activities/activities.schema.ts';
import {
  feedbackBody,
  feedbackSchema,
  feedbackSummaryQuery,
  feedbackSummarySchema,
} from './feedback.schema.ts';
import { feedbackSummary, giveActivityFeedback } from './feedback.service.ts';

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/activities/:id/feedback',
    {
      schema: {
        tags: TAGS,
        summary:
          'Rate an attended activity 1-5 (a representative of the registered beneficiary), once per registration',
        params: idParams,
        body: feedbackBody,
        response: { 201: feedbackSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await giveActivityFeedback(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/feedback/summary',
    {
      schema: {
        tags: TAGS,
        summary:
          'Average ratings per activity kind and per advice kind, for activities and appointments that started ' +
          'in the local days from..to (staff: admins any centre, coordinators theirs)',
        querystring: feedbackSummaryQuery,
        response: { 200: feedbackSummarySchema },
      },
    },
    (request) => feedbackSummary(app.db, request.actor, request.query),
  );
};
