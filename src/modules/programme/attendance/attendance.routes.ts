import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, TAGS } from '../activities/activities.schema.ts';
import { attendanceBody, checkInBody, checkInSchema, sessionQuery } from './attendance.schema.ts';
import { attendanceListPdf, checkIn, getCheckIn, recordAttendance } from './attendance.service.ts';

export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/activities/:id/attendance',
    {
      schema: {
        tags: TAGS,
        summary:
          'Record the attendance of a session (staff; from an hour before it starts): the registrations listed ' +
          'came with these seats, registered ones not listed are no-shows; walkIns came without registering. ' +
          'sessionId is needed for a series.',
        params: idParams,
        body: attendanceBody,
        response: { 200: checkInSchema },
      },
    },
    (request) => recordAttendance(app.db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/activities/:id/check-in',
    {
      schema: {
        tags: TAGS,
        summary:
          'The check-in view of a session (staff): every registration with its status and seats attended, ' +
          'no-shows and totals. Without sessionId: the session under way or next.',
        params: idParams,
        querystring: sessionQuery,
        response: { 200: checkInSchema },
      },
    },
    (request) => getCheckIn(app.db, request.actor, request.params.id, request.query.sessionId),
  );

  app.post(
    '/activities/:id/check-in',
    {
      schema: {
        tags: TAGS,
        summary:
          'Check one registration in at the door (staff); seats default to those registered, 0 undoes it',
        params: idParams,
        body: checkInBody,
        response: { 200: checkInSchema },
      },
    },
    (request) => checkIn(app.db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/activities/:id/attendance.pdf',
    {
      schema: {
        tags: TAGS,
        summary:
          'The attendance list to print and sign (staff; PDF in Polish): registered participants, seats, signatures',
        params: idParams,
        querystring: sessionQuery,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="lista-obecnosci.pdf"')
        .send(await attendanceListPdf(app.db, request.actor, request.params.id, request.query.sessionId)),
  );
};
