import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { dayBoundSchema, fromBoundSchema, instantSchema, toBoundSchema } from '../../lib/time.ts';
import * as bookings from './bookings.service.ts';

const STATUSES = ['pending', 'approved', 'rejected', 'cancelled', 'completed'] as const;

const instant = instantSchema;

const bookingSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  centerId: z.string(),
  beneficiaryId: z.string().nullable(),
  seriesId: z.string().nullable(),
  title: z.string(),
  purpose: z.string().nullable(),
  expectedAttendees: z.number().nullable(),
  start: z.date(),
  end: z.date(),
  status: z.enum(STATUSES),
  attendees: z.number().nullable(),
  requestedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  decisionReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const idParams = z.object({ id: z.string().max(100) });
const interval = z.object({ start: z.date(), end: z.date() });
const rulesSchema = z.object({
  maxAdvanceDays: z.number(),
  minNoticeHours: z.number(),
  maxHours: z.number(),
  terms: z.string(),
});

export const bookingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/bookings',
    {
      schema: {
        tags: ['room lending'],
        summary:
          'Request a room (member) or book it (staff: approved at once; may backfill the past). ' +
          'With recurrence, a series: all occurrences or none. Overlap -> 409 with details.conflicts; ' +
          'a broken room-use rule -> 422 naming the rule.',
        body: z
          .object({
            roomId: z.string().max(100),
            beneficiaryId: z.string().max(100),
            title: z.string().trim().min(1).max(200),
            start: instant,
            end: instant,
            expectedAttendees: z.number().int().min(0).max(10_000).optional(),
            purpose: z.string().trim().max(2000).optional(),
            termsAccepted: z.boolean().optional(),
            recurrence: z
              .object({ rrule: z.string().min(1).max(500) })
              .strict()
              .optional(),
            override: z.boolean().optional(),
          })
          .strict(),
        response: {
          201: z.union([bookingSchema, z.object({ seriesId: z.string(), bookings: z.array(bookingSchema) })]),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await bookings.createBooking(app.db, request.actor, request.body)),
  );

  app.get(
    '/bookings',
    {
      schema: {
        tags: ['room lending'],
        summary:
          "Bookings, latest start first. Staff see their centres; members their own and their beneficiaries'. " +
          'from/to: bookings overlapping that time.',
        querystring: z
          .object({
            centerId: z.string().max(100).optional(),
            roomId: z.string().max(100).optional(),
            beneficiaryId: z.string().max(100).optional(),
            status: z.enum(STATUSES).optional(),
            from: fromBoundSchema.optional(),
            to: toBoundSchema.optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(bookingSchema) },
      },
    },
    (request) => bookings.listBookings(app.db, request.actor, request.query),
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
    (request) => bookings.getBooking(app.db, request.actor, request.params.id),
  );

  app.post(
    '/bookings/:id/approve',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Approve a pending request (staff of the centre)',
        params: idParams,
        body: z
          .object({ reason: z.string().trim().max(2000).optional() })
          .strict()
          .nullish(),
        response: { 200: bookingSchema },
      },
    },
    (request) => bookings.approveBooking(app.db, request.actor, request.params.id, request.body?.reason),
  );

  app.post(
    '/bookings/:id/reject',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Reject a pending request with the reason (staff of the centre)',
        params: idParams,
        body: z.object({ reason: z.string().trim().min(1).max(2000) }).strict(),
        response: { 200: bookingSchema },
      },
    },
    (request) => bookings.rejectBooking(app.db, request.actor, request.params.id, request.body.reason),
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
        body: z
          .object({
            reason: z.string().trim().max(2000).optional(),
            scope: z.enum(['this', 'following']).optional(),
          })
          .strict()
          .nullish(),
        response: { 200: bookingSchema.extend({ cancelled: z.array(z.string()) }) },
      },
    },
    (request) => bookings.cancelBooking(app.db, request.actor, request.params.id, request.body ?? {}),
  );

  app.post(
    '/bookings/:id/attendance',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Record how many people came (staff; once the booking has started) -> completed',
        params: idParams,
        body: z.object({ attendees: z.number().int().min(0).max(100_000) }).strict(),
        response: { 200: bookingSchema },
      },
    },
    (request) => bookings.recordAttendance(app.db, request.actor, request.params.id, request.body.attendees),
  );

  app.get(
    '/booking-series/:id',
    {
      schema: {
        tags: ['room lending'],
        summary: 'A recurring series with its occurrences',
        params: idParams,
        response: {
          200: z.object({
            id: z.string(),
            roomId: z.string(),
            beneficiaryId: z.string().nullable(),
            title: z.string(),
            rrule: z.string(),
            createdAt: z.date(),
            bookings: z.array(bookingSchema),
          }),
        },
      },
    },
    (request) => bookings.getSeries(app.db, request.actor, request.params.id),
  );

  app.get(
    '/rooms/:id/availability',
    {
      schema: {
        tags: ['room lending'],
        summary: 'Free and busy times of a room within opening hours, for local days from..to (at most 62)',
        security: [],
        params: idParams,
        querystring: z.object({ from: dayBoundSchema, to: dayBoundSchema }).strict(),
        response: {
          200: z.object({
            roomId: z.string(),
            timezone: z.string(),
            free: z.array(interval),
            busy: z.array(interval),
          }),
        },
      },
    },
    (request) => bookings.roomAvailability(app.db, request.params.id, request.query),
  );

  app.get(
    '/rooms/:id/calendar.ics',
    {
      schema: {
        tags: ['room lending'],
        summary: 'iCalendar feed of a room (titles and times only)',
        security: [],
        params: idParams,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) =>
      reply.type('text/calendar; charset=utf-8').send(await bookings.roomFeed(app.db, request.params.id)),
  );

  app.get(
    '/centers/:id/calendar.ics',
    {
      schema: {
        tags: ['room lending'],
        summary: 'iCalendar feed of all rooms of a centre (titles and times only)',
        security: [],
        params: idParams,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) =>
      reply.type('text/calendar; charset=utf-8').send(await bookings.centerFeed(app.db, request.params.id)),
  );

  app.get(
    '/centers/:id/booking-rules',
    {
      schema: {
        tags: ['room lending'],
        summary: "A centre's room-use rules for members' requests, with the terms to accept",
        security: [],
        params: idParams,
        response: { 200: rulesSchema },
      },
    },
    (request) => bookings.getBookingRules(app.db, request.params.id),
  );

  app.patch(
    '/centers/:id/booking-rules',
    {
      schema: {
        tags: ['room lending'],
        summary: "Change a centre's room-use rules (staff of the centre)",
        params: idParams,
        body: z
          .object({
            maxAdvanceDays: z.number().int().min(1).max(730).optional(),
            minNoticeHours: z.number().int().min(0).max(720).optional(),
            maxHours: z.number().int().min(1).max(24).optional(),
            terms: z.string().trim().min(1).max(20_000).optional(),
          })
          .strict(),
        response: { 200: rulesSchema },
      },
    },
    (request) => bookings.updateBookingRules(app.db, request.actor, request.params.id, request.body),
  );
};
