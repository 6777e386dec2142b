import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import {
  beneficiaryBody,
  beneficiaryChangesBody,
  beneficiarySchema,
  createdBeneficiarySchema,
  idParams,
  listQuery,
  REGISTRY_TAG,
} from './beneficiaries.schema.ts';
import * as beneficiaries from './beneficiaries.service.ts';

export const beneficiariesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/beneficiaries',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'Register a beneficiary (staff, members; a member becomes its representative). ' +
          'Names alike to existing ones are listed in possibleDuplicates; a KRS or NIP already ' +
          'registered is 409 with details {field, existingId}',
        body: beneficiaryBody,
        response: { 201: createdBeneficiarySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await beneficiaries.createBeneficiary(app.db, request.actor, request.body)),
  );

  app.get(
    '/beneficiaries',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'List beneficiaries, newest first (staff and advisors: all; members: those they represent). ' +
          'With q: a name search ignoring case, diacritics and small typos, best match first, giving ' +
          'the `limit` best matches and nextCursor null (no cursor with q). Erased entries only with ' +
          'includeErased=true (staff)',
        querystring: listQuery,
        response: { 200: pageOf(beneficiarySchema) },
      },
    },
    (request) =>
      beneficiaries.listBeneficiaries(app.db, request.actor, {
        ...request.query,
        includeErased: request.query.includeErased === 'true',
      }),
  );

  app.get(
    '/beneficiaries/:id',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary: 'One beneficiary (staff, advisors, its representatives)',
        params: idParams,
        response: { 200: beneficiarySchema },
      },
    },
    (request) => beneficiaries.getBeneficiary(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/beneficiaries/:id',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'Change a beneficiary (staff, its representatives); null clears a field. ' +
          'A KRS or NIP of another beneficiary is 409; an erased one cannot change (409)',
        params: idParams,
        body: beneficiaryChangesBody,
        response: { 200: beneficiarySchema },
      },
    },
    (request) => beneficiaries.updateBeneficiary(app.db, request.actor, request.params.id, request.body),
  );
};
