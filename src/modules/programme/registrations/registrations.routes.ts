import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import { idParams, TAGS } from '../activities/activities.schema.ts';
import {
  cancelledRegistrationSchema,
  cancelRegistrationBody,
  listRegistrationsQuery,
  myRegistrationSchema,
  myRegistrationsQuery,
  registerBody,
  registrationParams,
  registrationSchema,
} from './registrations.schema.ts';
import {
  cancelRegistration,
  getRegistration,
  listMyRegistrations,
  listRegistrations,
  registerForActivity,
} from './registrations.service.ts';

export const registrationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/activities/:id/registrations',
    {
      schema: {
        tags: TAGS,
        summary:
          'Register a beneficiary (a member for one it represents; staff for anyone, also after the fact). ' +
          "registered while seats remain, else waitlisted with position (1 = next). Counted under the activity's " +
          'lock: never more seats than capacity. Once per beneficiary (409).',
        params: idParams,
        body: registerBody,
        response: { 201: registrationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerForActivity(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/activities/:id/registrations',
    {
      schema: {
        tags: TAGS,
        summary:
          'Registrations in the order they came, with waitlist positions (staff of the centre: all; members: ' +
          "their own and their beneficiaries')",
        params: idParams,
        querystring: listRegistrationsQuery,
        response: { 200: pageOf(registrationSchema) },
      },
    },
    (request) => listRegistrations(app.db, request.actor, request.params.id, request.query),
  );

  app.get(
    '/registrations',
    {
      schema: {
        tags: TAGS,
        summary:
          'My registrations across the programme, newest first, each with its activity (members: their own and ' +
          "their beneficiaries'; coordinators: their centres'; admins: all); upcoming=true keeps those not yet over",
        querystring: myRegistrationsQuery,
        response: { 200: pageOf(myRegistrationSchema) },
      },
    },
    (request) => listMyRegistrations(app.db, request.actor, request.query),
  );

  app.get(
    '/activities/:id/registrations/:regId',
    {
      schema: {
        tags: TAGS,
        summary: 'One registration (staff of the centre, or its member)',
        params: registrationParams,
        response: { 200: registrationSchema },
      },
    },
    (request) => getRegistration(app.db, request.actor, request.params.id, request.params.regId),
  );

  app.post(
    '/activities/:id/registrations/:regId/cancel',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cancel a registration (its member or staff). Freed seats go to the waitlist in order: each waiting ' +
          'registration that fits is promoted and mailed; one too large to fit keeps its place.',
        params: registrationParams,
        body: cancelRegistrationBody,
        response: { 200: cancelledRegistrationSchema },
      },
    },
    (request) =>
      cancelRegistration(app.db, request.actor, request.params.id, request.params.regId, request.body ?? {}),
  );
};
