import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import { bookingSchema, idParams } from '../bookings.schema.ts';
import { moveBooking } from './lendings.move.ts';
import {
  approveBody,
  attendanceBody,
  bookingSeriesSchema,
  cancelBody,
  cancelledBookingSchema,
  createBookingBody,
  createdBookingSchema,
  listBookingsQuery,
  moveBody,
  rejectBody,
} from './lendings.schema.ts';
import * as lendings from './lendings.service.ts';
import * as workflow from './lendings.workflow.ts';

export const lendingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/bookings',
    {
      schema: {
        tags: ['room lending'],
        summary:
          'Request a room (member) or book it (staff: approved at once; may backfill the past). ' +
          'With recurrence, a series: all occurrences or none. Overlap -> 409 with details.conflicts; ' +
          'a broken room-use rule -> 422 naming the rule.',
        body: createBookingBody,
        response: { 201: createdBookingSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await lendings.createBooking(app.db, request.actor, request.body)),
  );

  app.get(
    '/bookings',
    {
      schema: {
        tags: ['room lending'],
        summary:
          "Bookings, latest start first. Staff see their centres; members their own and their beneficiaries'. " +
          'from/to: bookings overlapping that time.',
        querystring: listBookingsQuery,
        response: { 200: pageOf(bookingSchema) },
      },
    },
    (request) => lendings.listBookings(app.db, request.actor, request.query),
  );

  app.get(
    '/bookings/:id',
    {
      schema: {
        tags: ['room lending'],
        summary: 'One booking',
        params: idParams,
        response: { 200: bookingSchema },
      },
    },
    (request) => lendings.getBooking(app.db, request.actor, request.params.id),
  );

  app.post(
    '/bookings/:id/approve',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Approve a pending request (staff of the centre)',
        params: idParams,
        body: approveBody,
        response: { 200: bookingSchema },
      },
    },
    (request) => workflow.approveBooking(app.db, request.actor, request.params.id, request.body?.reason),
  );

  app.post(
    '/bookings/:id/reject',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Reject a pending request with the reason (staff of the centre)',
        params: idParams,
        body: rejectBody,
        response: { 200: bookingSchema },
      },
    },
    (request) => workflow.rejectBooking(app.db, request.actor, request.params.id, request.body.reason),
  );

  app.post(
    '/bookings/:id/cancel',
    {
      schema: {
        tags: ['room lending'],
        summary:
          'Cancel (the requester, a representative of the beneficiary, or staff). scope "following" also ' +
          'cancels the later occurrences of its series.',
        params: idParams,
        body: cancelBody,
        response: { 200: cancelledBookingSchema },
      },
    },
    (request) => workflow.cancelBooking(app.db, request.actor, request.params.id, request.body ?? {}),
  );

  app.post(
    '/bookings/:id/move',
    {
      schema: {
        tags: ['room lending'],
        summary:
          'Move a pending or approved booking to another time or room of its centre (staff of the centre), ' +
          'checked like a new booking; the requester is told',
        params: idParams,
        body: moveBody,
        response: { 200: bookingSchema },
      },
    },
    (request) => moveBooking(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/bookings/:id/attendance',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Record how many people came (staff; once the booking has started) -> completed',
        params: idParams,
        body: attendanceBody,
        response: { 200: bookingSchema },
      },
    },
    (request) => workflow.recordAttendance(app.db, request.actor, request.params.id, request.body.attendees),
  );

  app.get(
    '/booking-series/:id',
    {
      schema: {
        tags: ['room lending'],
        summary: 'A recurring series with its occurrences',
        params: idParams,
        response: { 200: bookingSeriesSchema },
      },
    },
    (request) => lendings.getSeries(app.db, request.actor, request.params.id),
  );
};
