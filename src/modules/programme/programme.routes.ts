import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { calendarDateSchema, fromBoundSchema, instantSchema, toBoundSchema } from '../../lib/time.ts';
import * as programme from './programme.service.ts';

const TAGS = ['programme'];

const instant = instantSchema;
const kind = z.enum(programme.ACTIVITY_KINDS);
const registrationStatus = z.enum(programme.REGISTRATION_STATUSES);
const id = z.string().max(100);
const idParams = z.object({ id });
const registrationParams = z.object({ id, regId: id });
const title = z.string().trim().min(1).max(200);
const description = z.string().max(10_000);
const audience = z.string().max(500);
const capacity = z.number().int().min(1).max(100_000);
const reason = z.string().trim().max(2000);

const sessionSchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  start: z.date(),
  end: z.date(),
  bookingId: z.string().nullable(),
  walkIns: z.number().int(),
  attendanceRecordedAt: z.date().nullable(),
});

const averageSchema = z.object({ count: z.number().int(), average: z.number().nullable() });

const activitySchema = z.object({
  id: z.string(),
  centerId: z.string(),
  kind,
  title: z.string(),
  description: z.string().nullable(),
  audience: z.string().nullable(),
  roomId: z.string().nullable(),
  capacity: z.number().int().nullable().describe('null: no limit'),
  start: z.date(),
  end: z.date(),
  recurrence: z.object({ rrule: z.string() }).nullable(),
  registrationOpensAt: z.date().nullable(),
  registrationClosesAt: z.date(),
  published: z.boolean(),
  status: z.enum(['scheduled', 'cancelled']),
  cancelReason: z.string().nullable(),
  seatsTaken: z.number().int(),
  seatsLeft: z.number().int().nullable(),
  waitlisted: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const activityDetailSchema = activitySchema.extend({
  sessions: z.array(sessionSchema),
  feedback: averageSchema.optional().describe('staff of the centre only'),
});

const registrationSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  seats: z.number().int(),
  status: registrationStatus,
  position: z.number().int().nullable().describe('on the waitlist: 1 = next in line'),
  attendedSeats: z.number().int().nullable(),
  registeredBy: z.string().nullable(),
  promotedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const checkInSchema = z.object({
  activityId: z.string(),
  title: z.string(),
  session: sessionSchema,
  registrations: z.array(
    z.object({
      registrationId: z.string(),
      beneficiaryId: z.string(),
      beneficiaryName: z.string(),
      seats: z.number().int(),
      status: registrationStatus,
      position: z.number().int().nullable(),
      attendedSeats: z.number().int().nullable(),
      noShow: z.boolean(),
    }),
  ),
  totals: z.object({
    registeredSeats: z.number().int(),
    attendedSeats: z.number().int(),
    walkIns: z.number().int(),
    participants: z.number().int(),
    noShows: z.number().int(),
  }),
});

const byKind = <K extends string>(kinds: readonly [K, ...K[]]) =>
  z.object({
    count: z.number().int(),
    average: z.number().nullable(),
    byKind: z.object(
      Object.fromEntries(kinds.map((each) => [each, averageSchema])) as Record<K, typeof averageSchema>,
    ),
  });

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/activities',
    {
      schema: {
        tags: TAGS,
        summary:
          'Create an activity (staff of the centre): one-off, or a series with recurrence (RFC 5545, in the ' +
          "centre's zone). With roomId every session holds the room like a booking: overlap -> 409 with " +
          "details.conflicts. capacity defaults to the room's, or no limit without a room.",
        body: z
          .object({
            centerId: id,
            kind,
            title,
            description: description.nullable().optional(),
            audience: audience.nullable().optional(),
            start: instant,
            end: instant,
            roomId: id.nullable().optional(),
            capacity: capacity.nullable().optional(),
            registrationOpensAt: instant.nullable().optional(),
            registrationClosesAt: instant
              .nullable()
              .optional()
              .describe('default: the start of the activity'),
            recurrence: z
              .object({ rrule: z.string().min(1).max(500) })
              .strict()
              .optional(),
            published: z.boolean().optional(),
            override: z
              .boolean()
              .optional()
              .describe('hold the room outside opening hours or above its capacity'),
          })
          .strict(),
        response: { 201: activityDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await programme.createActivity(app.db, request.actor, request.body)),
  );

  app.get(
    '/activities',
    {
      schema: {
        tags: TAGS,
        summary:
          'The programme (public: published activities; staff also see their unpublished ones). from/to: ' +
          'activities overlapping that time. Latest start first, or order=asc for what comes next.',
        security: [],
        querystring: z
          .object({
            centerId: id.optional(),
            kind: kind.optional(),
            status: z.enum(['scheduled', 'cancelled']).optional(),
            from: fromBoundSchema.optional(),
            to: toBoundSchema.optional(),
            order: z.enum(['asc', 'desc']).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(activitySchema) },
      },
    },
    (request) => programme.listActivities(app.db, request.actor, request.query),
  );

  app.get(
    '/activities/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One activity with its sessions (public if published); staff also get the average rating',
        security: [],
        params: idParams,
        response: { 200: activityDetailSchema },
      },
    },
    (request) => programme.getActivity(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/activities/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Change an activity (staff of the centre). Times only for a one-off activity; a new room, time or ' +
          'title renews the room holds (409 on overlap); more capacity promotes from the waitlist.',
        params: idParams,
        body: z
          .object({
            title: title.optional(),
            description: description.nullable().optional(),
            audience: audience.nullable().optional(),
            start: instant.optional(),
            end: instant.optional(),
            roomId: id.nullable().optional(),
            capacity: capacity.nullable().optional(),
            registrationOpensAt: instant.nullable().optional(),
            registrationClosesAt: instant.nullable().optional(),
            published: z.boolean().optional(),
            override: z.boolean().optional(),
          })
          .strict(),
        response: { 200: activityDetailSchema },
      },
    },
    (request) => programme.updateActivity(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/activities/:id/cancel',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cancel an activity (staff of the centre): frees its room and mails everyone registered or waiting',
        params: idParams,
        body: z.object({ reason: reason.optional() }).strict().nullish(),
        response: { 200: activityDetailSchema },
      },
    },
    (request) => programme.cancelActivity(app.db, request.actor, request.params.id, request.body ?? {}),
  );

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
        body: z.object({ beneficiaryId: id, seats: z.number().int().min(1).max(1000).optional() }).strict(),
        response: { 201: registrationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await programme.registerForActivity(app.db, request.actor, request.params.id, request.body)),
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
        querystring: z.object({ status: registrationStatus.optional(), ...pageQuery }).strict(),
        response: {
          200: pageOf(registrationSchema),
        },
      },
    },
    (request) => programme.listRegistrations(app.db, request.actor, request.params.id, request.query),
  );

  app.get(
    '/registrations',
    {
      schema: {
        tags: TAGS,
        summary:
          'My registrations across the programme, newest first, each with its activity (members: their own and ' +
          "their beneficiaries'; coordinators: their centres'; admins: all); upcoming=true keeps those not yet over",
        querystring: z
          .object({
            beneficiaryId: id.optional(),
            status: registrationStatus.optional(),
            upcoming: z
              .enum(['true', 'false'])
              .transform((value) => value === 'true')
              .optional(),
            ...pageQuery,
          })
          .strict(),
        response: {
          200: z.object({
            items: z.array(
              registrationSchema.extend({
                activity: z.object({
                  id: z.string(),
                  title: z.string(),
                  kind: kind,
                  centerId: z.string(),
                  start: z.date(),
                  end: z.date(),
                  status: z.string(),
                  recurrence: z.object({ rrule: z.string() }).nullable(),
                }),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    (request) => programme.listMyRegistrations(app.db, request.actor, request.query),
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
    (request) => programme.getRegistration(app.db, request.actor, request.params.id, request.params.regId),
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
        body: z.object({ reason: reason.optional() }).strict().nullish(),
        response: { 200: registrationSchema.extend({ promoted: z.array(z.string()) }) },
      },
    },
    (request) =>
      programme.cancelRegistration(
        app.db,
        request.actor,
        request.params.id,
        request.params.regId,
        request.body ?? {},
      ),
  );

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
        body: z
          .object({
            sessionId: id.optional(),
            attended: z
              .array(z.object({ registrationId: id, seats: z.number().int().min(0).max(1000) }).strict())
              .max(10_000),
            walkIns: z.number().int().min(0).max(100_000).optional(),
          })
          .strict(),
        response: { 200: checkInSchema },
      },
    },
    (request) => programme.recordAttendance(app.db, request.actor, request.params.id, request.body),
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
        querystring: z.object({ sessionId: id.optional() }).strict(),
        response: { 200: checkInSchema },
      },
    },
    (request) => programme.getCheckIn(app.db, request.actor, request.params.id, request.query.sessionId),
  );

  app.post(
    '/activities/:id/check-in',
    {
      schema: {
        tags: TAGS,
        summary:
          'Check one registration in at the door (staff); seats default to those registered, 0 undoes it',
        params: idParams,
        body: z
          .object({
            sessionId: id.optional(),
            registrationId: id,
            seats: z.number().int().min(0).max(1000).optional(),
          })
          .strict(),
        response: { 200: checkInSchema },
      },
    },
    (request) => programme.checkIn(app.db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/activities/:id/attendance.pdf',
    {
      schema: {
        tags: TAGS,
        summary:
          'The attendance list to print and sign (staff; PDF in Polish): registered participants, seats, signatures',
        params: idParams,
        querystring: z.object({ sessionId: id.optional() }).strict(),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="lista-obecnosci.pdf"')
        .send(
          await programme.attendanceListPdf(
            app.db,
            request.actor,
            request.params.id,
            request.query.sessionId,
          ),
        ),
  );

  app.post(
    '/activities/:id/feedback',
    {
      schema: {
        tags: TAGS,
        summary:
          'Rate an attended activity 1-5 (a representative of the registered beneficiary), once per registration',
        params: idParams,
        body: z
          .object({
            registrationId: id,
            rating: z.number().int().min(1).max(5),
            comment: z.string().max(2000).optional(),
          })
          .strict(),
        response: {
          201: z.object({
            id: z.string(),
            activityId: z.string(),
            registrationId: z.string(),
            rating: z.number().int(),
            comment: z.string().nullable(),
            createdAt: z.date(),
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await programme.giveActivityFeedback(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/feedback/summary',
    {
      schema: {
        tags: TAGS,
        summary:
          'Average ratings per activity kind and per advice kind, for activities and appointments that started ' +
          'in the local days from..to (staff: admins any centre, coordinators theirs)',
        querystring: z
          .object({ centerId: id.optional(), from: calendarDateSchema, to: calendarDateSchema })
          .strict(),
        response: {
          200: z.object({
            period: z.object({ from: z.string(), to: z.string() }),
            centerIds: z.array(z.string()).nullable(),
            activities: byKind(programme.ACTIVITY_KINDS),
            advice: byKind(['consulting', 'coaching', 'mentoring'] as const),
          }),
        },
      },
    },
    (request) => programme.feedbackSummary(app.db, request.actor, request.query),
  );
};
