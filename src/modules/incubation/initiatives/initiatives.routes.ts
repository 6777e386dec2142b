import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import { idParams, TAGS } from '../incubation.schema.ts';
import {
  detailSchema,
  initiativeChangesBody,
  initiativeListQuery,
  initiativeSchema,
  newInitiativeBody,
  stageBody,
} from './initiatives.schema.ts';
import * as initiatives from './initiatives.service.ts';

export const initiativesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/initiatives',
    {
      schema: {
        tags: TAGS,
        summary:
          'Take an initiative into incubation (staff) at the stage idea. The mentor must be a user with the ' +
          'advisor role (else 422)',
        body: newInitiativeBody,
        response: { 201: detailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await initiatives.createInitiative(app.db, request.actor, request.body)),
  );

  app.get(
    '/initiatives',
    {
      schema: {
        tags: TAGS,
        summary:
          "Initiatives, newest first (staff: all; advisors: those they mentor; members: their beneficiaries')",
        querystring: initiativeListQuery,
        response: { 200: pageOf(initiativeSchema) },
      },
    },
    (request) => initiatives.listInitiatives(app.db, request.actor, request.query),
  );

  app.get(
    '/initiatives/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'One initiative with its stage history (who, when, note), notes and links (staff, its mentor, ' +
          "the beneficiary's members; the notes not for a staff account of another centre that represents it)",
        params: idParams,
        response: { 200: detailSchema },
      },
    },
    (request) => initiatives.getInitiative(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/initiatives/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Change an initiative or set its next step with a date (staff, its mentor; mentorId and centerId: staff). ' +
          'A reminder goes by e-mail the day before the next step; a date in the past -> 422',
        params: idParams,
        body: initiativeChangesBody,
        response: { 200: detailSchema },
      },
    },
    (request) => initiatives.updateInitiative(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/initiatives/:id/stage',
    {
      schema: {
        tags: TAGS,
        summary:
          'Move to a stage: idea, planning, first_action, established, independent, dropped (staff, its mentor). ' +
          'The change is kept in the history; the same stage again -> 409',
        params: idParams,
        body: stageBody,
        response: { 200: detailSchema },
      },
    },
    (request) => initiatives.changeStage(app.db, request.actor, request.params.id, request.body),
  );
};
