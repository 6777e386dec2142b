import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import { emptyBody, idParams, TAGS } from '../advice.schema.ts';
import {
  appointmentQuery,
  appointmentSchema,
  cancelBody,
  completeBody,
  createAppointmentBody,
  feedbackBody,
  feedbackSchema,
  updateAppointmentBody,
} from './appointments.schema.ts';
import {
  createAppointment,
  getAppointment,
  listAppointments,
  updateAppointment,
} from './appointments.service.ts';
import { giveAppointmentFeedback } from './feedback.service.ts';
import { cancelAppointment, completeAppointment, markNoShow } from './workflow.service.ts';

/** Appointments: booking, moving, the workflow, notes and feedback. */
export const appointmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/appointments',
    {
      schema: {
        tags: TAGS,
        summary:
          'Book an appointment (staff of the centre, the advisor, or a member for a beneficiary it represents). ' +
          "Outside the advisor's availability -> 422; overlapping another of the advisor's -> 409 with " +
          'details.conflicts (a database constraint, whatever the concurrency).',
        body: createAppointmentBody,
        response: { 201: appointmentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAppointment(app.db, request.actor, request.body)),
  );

  app.get(
    '/appointments',
    {
      schema: {
        tags: TAGS,
        summary:
          'Appointments, latest start first: admins all, coordinators their centres, advisors their own, ' +
          "members their beneficiaries'. Notes only for the advisor and the representatives.",
        querystring: appointmentQuery,
        response: { 200: pageOf(appointmentSchema) },
      },
    },
    (request) => listAppointments(app.db, request.actor, request.query),
  );

  app.get(
    '/appointments/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One appointment',
        params: idParams,
        response: { 200: appointmentSchema },
      },
    },
    (request) => getAppointment(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/appointments/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Move a booked appointment or change its topic (who may cancel it; 422 outside availability, 409 on ' +
          'overlap; mailed), or write its notes (the advisor only)',
        params: idParams,
        body: updateAppointmentBody,
        response: { 200: appointmentSchema },
      },
    },
    (request) => updateAppointment(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/appointments/:id/complete',
    {
      schema: {
        tags: TAGS,
        summary:
          'The appointment took place (the advisor or staff; once it has started); notes by the advisor only',
        params: idParams,
        body: completeBody,
        response: { 200: appointmentSchema },
      },
    },
    (request) => completeAppointment(app.db, request.actor, request.params.id, request.body ?? {}),
  );

  app.post(
    '/appointments/:id/cancel',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cancel a booked appointment (staff, the advisor, or the member for the beneficiary); mailed',
        params: idParams,
        body: cancelBody,
        response: { 200: appointmentSchema },
      },
    },
    (request) => cancelAppointment(app.db, request.actor, request.params.id, request.body ?? {}),
  );

  app.post(
    '/appointments/:id/no-show',
    {
      schema: {
        tags: TAGS,
        summary: 'The beneficiary did not come (the advisor or staff; once it has started)',
        params: idParams,
        body: emptyBody,
        response: { 200: appointmentSchema },
      },
    },
    (request) => markNoShow(app.db, request.actor, request.params.id),
  );

  app.post(
    '/appointments/:id/feedback',
    {
      schema: {
        tags: TAGS,
        summary: 'Rate a completed appointment 1-5 (a representative of the beneficiary), once',
        params: idParams,
        body: feedbackBody,
        response: { 201: feedbackSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await giveAppointmentFeedback(app.db, request.actor, request.params.id, request.body)),
  );
};
