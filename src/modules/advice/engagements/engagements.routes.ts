import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../lib/pagination.ts';
import { emptyBody, id, idParams, TAGS } from '../advice.schema.ts';
import {
  createEngagementBody,
  engagementDetailSchema,
  engagementQuery,
  engagementSchema,
  goalBody,
  goalChangesBody,
} from './engagements.schema.ts';
import {
  addGoal,
  closeEngagement,
  createEngagement,
  getEngagement,
  listEngagements,
  updateGoal,
} from './engagements.service.ts';

/** Coaching and mentoring engagements with their goals. */
export const engagementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/engagements',
    {
      schema: {
        tags: TAGS,
        summary:
          'Start a coaching or mentoring engagement with agreed goals (the advisor, or staff of one of its centres)',
        body: createEngagementBody,
        response: { 201: engagementDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEngagement(app.db, request.actor, request.body)),
  );

  app.get(
    '/engagements',
    {
      schema: {
        tags: TAGS,
        summary: 'Engagements, newest first (as appointments: staff, advisors, representatives)',
        querystring: engagementQuery,
        response: { 200: pageOf(engagementSchema) },
      },
    },
    (request) => listEngagements(app.db, request.actor, request.query),
  );

  app.get(
    '/engagements/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One engagement with its goals and sessions (appointments)',
        params: idParams,
        response: { 200: engagementDetailSchema },
      },
    },
    (request) => getEngagement(app.db, request.actor, request.params.id),
  );

  app.post(
    '/engagements/:id/goals',
    {
      schema: {
        tags: TAGS,
        summary: 'Add an agreed goal',
        params: idParams,
        body: goalBody,
        response: { 201: engagementDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addGoal(app.db, request.actor, request.params.id, request.body)),
  );

  app.patch(
    '/engagements/:id/goals/:goalId',
    {
      schema: {
        tags: TAGS,
        summary: "A goal's progress (0..100) or status (achieved without a figure means 100)",
        params: z.object({ id, goalId: id }),
        body: goalChangesBody,
        response: { 200: engagementDetailSchema },
      },
    },
    (request) => updateGoal(app.db, request.actor, request.params.id, request.params.goalId, request.body),
  );

  app.post(
    '/engagements/:id/close',
    {
      schema: {
        tags: TAGS,
        summary: 'Close an engagement (no more sessions can be linked to it)',
        params: idParams,
        body: emptyBody,
        response: { 200: engagementDetailSchema },
      },
    },
    (request) => closeEngagement(app.db, request.actor, request.params.id),
  );
};
