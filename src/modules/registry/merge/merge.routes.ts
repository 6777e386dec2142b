import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { beneficiarySchema, idParams, REGISTRY_TAG } from '../beneficiaries/beneficiaries.schema.ts';
import { mergeBody } from './merge.schema.ts';
import { mergeBeneficiary } from './merge.service.ts';

export const mergeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/beneficiaries/:id/merge',
    {
      schema: {
        tags: REGISTRY_TAG,
        summary:
          'Merge a duplicate into another record (admins; coordinators of a centre each of the two ' +
          'used): its bookings, registrations, appointments, engagements, initiatives, volunteering, ' +
          'representatives and notes move to `into`, empty fields of `into` take its values; it ' +
          'answers 404 from then on. Different kinds or an erased record: 409',
        params: idParams,
        body: mergeBody,
        response: { 200: beneficiarySchema },
      },
    },
    (request) => mergeBeneficiary(app.db, request.actor, request.params.id, request.body),
  );
};
