import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { languageOf } from '../../../lib/error-handler.ts';
import { pageOf } from '../../../lib/pagination.ts';
import { idParams, TAGS } from '../volunteering.schema.ts';
import {
  newVolunteerBody,
  skillListSchema,
  volunteerChangesBody,
  volunteerListQuery,
  volunteerSchema,
} from './volunteers.schema.ts';
import * as volunteers from './volunteers.service.ts';

export const volunteersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/volunteer-skills',
    {
      schema: {
        tags: TAGS,
        summary: "The shared list of volunteers' skills, with Polish and English labels",
        security: [],
        response: { 200: skillListSchema },
      },
    },
    (request) => volunteers.listSkills(languageOf(request)),
  );

  app.post(
    '/volunteers',
    {
      schema: {
        tags: TAGS,
        summary:
          'A volunteer profile for an individual beneficiary (staff; a member for a person it represents). ' +
          'Not an individual -> 422; a second profile of the same person -> 409 with details.existingId',
        body: newVolunteerBody,
        response: { 201: volunteerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await volunteers.createVolunteer(app.db, request.actor, request.body)),
  );

  app.get(
    '/volunteers',
    {
      schema: {
        tags: TAGS,
        summary: 'Volunteers, newest first (staff: all; members: the people they represent)',
        querystring: volunteerListQuery,
        response: { 200: pageOf(volunteerSchema) },
      },
    },
    (request) => volunteers.listVolunteers(app.db, request.actor, request.query),
  );

  app.get(
    '/volunteers/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One volunteer (staff, its representatives)',
        params: idParams,
        response: { 200: volunteerSchema },
      },
    },
    (request) => volunteers.getVolunteer(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/volunteers/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Change a volunteer profile (staff, its representatives); active: false hides it from matching',
        params: idParams,
        body: volunteerChangesBody,
        response: { 200: volunteerSchema },
      },
    },
    (request) => volunteers.updateVolunteer(app.db, request.actor, request.params.id, request.body),
  );
};
