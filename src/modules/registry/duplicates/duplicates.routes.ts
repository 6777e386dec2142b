import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REGISTRY_TAG } from '../beneficiaries/beneficiaries.schema.ts';
import { findDuplicates } from '../beneficiaries/beneficiaries.service.ts';
import {
  dismissBody,
  duplicatePairsSchema,
  duplicatesQuery,
  similarNamesSchema,
} from './duplicates.schema.ts';
import { dismissDuplicatePair, listDuplicatePairs } from './duplicates.service.ts';

export const duplicatesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/beneficiaries/duplicates',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'With name: beneficiaries whose name is alike to it, most alike first (at most 5, erased ' +
          'ones left out), the check before registering. Without: likely duplicates in the registry, ' +
          'pairs with the reasons (at most 100, most reasons first; dismissed pairs left out). Staff',
        querystring: duplicatesQuery,
        response: { 200: z.union([similarNamesSchema, duplicatePairsSchema]) },
      },
    },
    (request) => {
      const { name, kind } = request.query;
      return name === undefined
        ? listDuplicatePairs(app.db, request.actor)
        : findDuplicates(app.db, request.actor, { name, kind });
    },
  );

  app.post(
    '/beneficiaries/duplicates/dismiss',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary: 'Mark a pair as not duplicates: it is not listed again (staff). Unknown ids: 404',
        body: dismissBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await dismissDuplicatePair(app.db, request.actor, request.body);
      return reply.status(204).send(null);
    },
  );
};
