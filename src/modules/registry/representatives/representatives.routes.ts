import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, REGISTRY_TAG } from '../beneficiaries/beneficiaries.schema.ts';
import {
  representativeBody,
  representativeListSchema,
  representativeParams,
  representativeSchema,
} from './representatives.schema.ts';
import * as representatives from './representatives.service.ts';

export const representativesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/beneficiaries/:id/representatives',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary: 'The users who may act for a beneficiary (staff)',
        params: idParams,
        response: { 200: representativeListSchema },
      },
    },
    (request) => representatives.listRepresentatives(app.db, request.actor, request.params.id),
  );

  app.post(
    '/beneficiaries/:id/representatives',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'Let a user act for a beneficiary (staff): 201 when added, 200 with the same link when ' +
          'it already was a representative; an unknown user is 422',
        params: idParams,
        body: representativeBody,
        response: { 200: representativeSchema, 201: representativeSchema },
      },
    },
    async (request, reply) => {
      const { created, representative } = await representatives.addRepresentative(
        app.db,
        request.actor,
        request.params.id,
        request.body.userId,
      );
      return reply.status(created ? 201 : 200).send(representative);
    },
  );

  app.delete(
    '/beneficiaries/:id/representatives/:userId',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary: 'Stop a user acting for a beneficiary (staff)',
        params: representativeParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await representatives.removeRepresentative(
        app.db,
        request.actor,
        request.params.id,
        request.params.userId,
      );
      return reply.status(204).send(null);
    },
  );
};
