import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import { cancelActivity, updateActivity } from './activities.changes.ts';
import {
  activityDetailSchema,
  activitySchema,
  cancelBody,
  createActivityBody,
  idParams,
  listActivitiesQuery,
  TAGS,
  updateActivityBody,
} from './activities.schema.ts';
import { createActivity, getActivity, listActivities } from './activities.service.ts';

export const activitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/activities',
    {
      schema: {
        tags: TAGS,
        summary:
          'Create an activity (staff of the centre): one-off, or a series with recurrence (RFC 5545, in the ' +
          "centre's zone). With roomId every session holds the room like a booking: overlap -> 409 with " +
          "details.conflicts. capacity defaults to the room's, or no limit without a room.",
        body: createActivityBody,
        response: { 201: activityDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createActivity(app.db, request.actor, request.body)),
  );

  app.get(
    '/activities',
    {
      schema: {
        tags: TAGS,
        summary:
          'The programme (public: published activities; staff also see their unpublished ones). from/to: ' +
          'activities overlapping that time. Latest start first, or order=asc for what comes next.',
        security: [],
        querystring: listActivitiesQuery,
        response: { 200: pageOf(activitySchema) },
      },
    },
    (request) => listActivities(app.db, request.actor, request.query),
  );

  app.get(
    '/activities/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One activity with its sessions (public if published); staff also get the average rating',
        security: [],
        params: idParams,
        response: { 200: activityDetailSchema },
      },
    },
    (request) => getActivity(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/activities/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Change an activity (staff of the centre). Times only for a one-off activity; a new room, time or ' +
          'title renews the room holds (409 on overlap); more capacity promotes from the waitlist.',
        params: idParams,
        body: updateActivityBody,
        response: { 200: activityDetailSchema },
      },
    },
    (request) => updateActivity(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/activities/:id/cancel',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cancel an activity (staff of the centre): frees its room and mails everyone registered or waiting',
        params: idParams,
        body: cancelBody,
        response: { 200: activityDetailSchema },
      },
    },
    (request) => cancelActivity(app.db, request.actor, request.params.id, request.body ?? {}),
  );
};
