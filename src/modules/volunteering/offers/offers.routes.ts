import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { languageOf } from '../../../lib/error-handler.ts';
import { pageOf } from '../../../lib/pagination.ts';
import { idParams, TAGS } from '../volunteering.schema.ts';
import * as matches from './matches.service.ts';
import {
  matchQuery,
  newOfferBody,
  offerChangesBody,
  offerListQuery,
  offerMatchesSchema,
  offerSchema,
  volunteerMatchesSchema,
} from './offers.schema.ts';
import * as offers from './offers.service.ts';

export const offersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/volunteer-offers',
    {
      schema: {
        tags: TAGS,
        summary:
          'An offer of an organization or informal group looking for volunteers (staff; members for ' +
          'organizations they represent). An individual as organizationId -> 422',
        body: newOfferBody,
        response: { 201: offerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await offers.createOffer(app.db, request.actor, request.body)),
  );

  app.get(
    '/volunteer-offers',
    {
      schema: {
        tags: TAGS,
        summary:
          'Volunteering offers, newest first. Anyone sees the open ones that have not ended; staff see all; ' +
          "members also their organizations' closed ones",
        security: [],
        querystring: offerListQuery,
        response: { 200: pageOf(offerSchema) },
      },
    },
    (request) => offers.listOffers(app.db, request.actor, request.query),
  );

  app.get(
    '/volunteer-offers/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One offer (open ones: anyone; others: staff and the organization)',
        security: [],
        params: idParams,
        response: { 200: offerSchema },
      },
    },
    (request) => offers.getOffer(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/volunteer-offers/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Change an offer, or close it with status "closed" (staff, the organization)',
        params: idParams,
        body: offerChangesBody,
        response: { 200: offerSchema },
      },
    },
    (request) => offers.updateOffer(app.db, request.actor, request.params.id, request.body),
  );

  // Matching

  app.get(
    '/volunteer-offers/:id/matches',
    {
      schema: {
        tags: TAGS,
        summary:
          'Volunteers for this offer, best first: score 0..100 from shared skills (60), district (15), hours a week (15) ' +
          'and availability in the offer period (10), with the reasons; equal scores in id order (staff, the organization)',
        params: idParams,
        querystring: matchQuery,
        response: { 200: volunteerMatchesSchema },
      },
    },
    (request) =>
      matches.matchVolunteers(app.db, request.actor, request.params.id, {
        language: languageOf(request),
        limit: request.query.limit,
      }),
  );

  app.get(
    '/volunteers/:id/matches',
    {
      schema: {
        tags: TAGS,
        summary:
          'Open offers for this volunteer, best first, with the score (0..100) and the reasons; equal scores in id order ' +
          '(staff, its representatives)',
        params: idParams,
        querystring: matchQuery,
        response: { 200: offerMatchesSchema },
      },
    },
    (request) =>
      matches.matchOffers(app.db, request.actor, request.params.id, {
        language: languageOf(request),
        limit: request.query.limit,
      }),
  );
};
