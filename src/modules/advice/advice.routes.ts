import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { fromBoundSchema, instantSchema, toBoundSchema } from '../../lib/time.ts';
import * as advice from './advice.service.ts';

const TAGS = ['advice'];

const instant = instantSchema;
const id = z.string().max(100);
const idParams = z.object({ id });
const specialty = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'a lower-case word such as legal, accounting, fundraising, pr')
  .meta({ example: 'legal' });
const appointmentKind = z.enum(advice.APPOINTMENT_KINDS);
const appointmentStatus = z.enum(advice.APPOINTMENT_STATUSES);
const topic = z.string().trim().min(1).max(300);
const notes = z.string().max(20_000);

const advisorSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  specialties: z.array(z.string()),
  centerIds: z.array(z.string()),
  bio: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const windowSchema = z.object({
  id: z.string(),
  advisorId: z.string(),
  centerId: z.string(),
  start: z.date(),
  end: z.date(),
  createdAt: z.date(),
});

const appointmentSchema = z.object({
  id: z.string(),
  advisorId: z.string(),
  advisorName: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  centerId: z.string(),
  engagementId: z.string().nullable(),
  kind: appointmentKind,
  topic: z.string(),
  start: z.date(),
  end: z.date(),
  status: appointmentStatus,
  cancelReason: z.string().nullable(),
  bookedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  notes: z
    .string()
    .nullable()
    .optional()
    .describe("present only for the appointment's advisor and the beneficiary's representatives"),
});

const goalSchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  title: z.string(),
  progress: z.number().int(),
  status: z.enum(advice.GOAL_STATUSES),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const engagementSchema = z.object({
  id: z.string(),
  advisorId: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  kind: z.enum(advice.ENGAGEMENT_KINDS),
  title: z.string().nullable(),
  status: z.enum(['active', 'closed']),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const engagementDetailSchema = engagementSchema.extend({
  goals: z.array(goalSchema),
  sessions: z.array(appointmentSchema),
});

const goalTitle = z.string().trim().min(1).max(300);

export const adviceRoutes: FastifyPluginAsyncZod = async (app) => {
  // Advisors

  app.post(
    '/advisors',
    {
      schema: {
        tags: TAGS,
        summary:
          'Make a user an advisor (admin) with specialties (legal, accounting, fundraising, pr, ...) and centres',
        body: z
          .object({
            userId: id,
            specialties: z.array(specialty).max(20),
            centerIds: z.array(id).max(100),
            bio: z.string().max(5000).nullable().optional(),
          })
          .strict(),
        response: { 201: advisorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await advice.createAdvisor(app.db, request.actor, request.body)),
  );

  app.get(
    '/advisors',
    {
      schema: {
        tags: TAGS,
        summary: 'Advisors, newest first (public): name, specialties, centres',
        security: [],
        querystring: z
          .object({
            specialty: specialty.optional(),
            centerId: id.optional(),
            includeInactive: z.stringbool().optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(advisorSchema) },
      },
    },
    (request) => advice.listAdvisors(app.db, request.actor, request.query),
  );

  app.get(
    '/advisors/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One advisor (public)',
        security: [],
        params: idParams,
        response: { 200: advisorSchema },
      },
    },
    (request) => advice.getAdvisor(app.db, request.params.id),
  );

  app.patch(
    '/advisors/:id',
    {
      schema: {
        tags: TAGS,
        summary: "Change an advisor's specialties, centres, bio or retire it (admin)",
        params: idParams,
        body: z
          .object({
            specialties: z.array(specialty).max(20).optional(),
            centerIds: z.array(id).max(100).optional(),
            bio: z.string().max(5000).nullable().optional(),
            active: z.boolean().optional(),
          })
          .strict(),
        response: { 200: advisorSchema },
      },
    },
    (request) => advice.updateAdvisor(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/advisors/:id/availability',
    {
      schema: {
        tags: TAGS,
        summary:
          'Add a window in which appointments may be booked (the advisor itself, or staff of that centre). ' +
          "Windows of one advisor never overlap (409); the centre must be one of the advisor's.",
        params: idParams,
        body: z.object({ start: instant, end: instant, centerId: id }).strict(),
        response: { 201: windowSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await advice.addAvailability(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/advisors/:id/availability',
    {
      schema: {
        tags: TAGS,
        summary:
          "An advisor's windows and busy times (public, times only) from..to (default: the next 31 days; at most 93)",
        security: [],
        params: idParams,
        querystring: z.object({ from: fromBoundSchema.optional(), to: instant.optional() }).strict(),
        response: {
          200: z.object({
            advisorId: z.string(),
            windows: z.array(windowSchema),
            busy: z.array(z.object({ start: z.date(), end: z.date() })),
          }),
        },
      },
    },
    (request) => advice.getAvailability(app.db, request.params.id, request.query),
  );

  app.delete(
    '/advisors/:id/availability/:windowId',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove an availability window (appointments already booked in it stay)',
        params: z.object({ id, windowId: id }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await advice.removeAvailability(app.db, request.actor, request.params.id, request.params.windowId);
      return reply.status(204).send(null);
    },
  );

  // Appointments

  app.post(
    '/appointments',
    {
      schema: {
        tags: TAGS,
        summary:
          'Book an appointment (staff of the centre, the advisor, or a member for a beneficiary it represents). ' +
          "Outside the advisor's availability -> 422; overlapping another of the advisor's -> 409 with " +
          'details.conflicts (a database constraint, whatever the concurrency).',
        body: z
          .object({
            advisorId: id,
            beneficiaryId: id,
            kind: appointmentKind,
            start: instant,
            end: instant,
            topic,
            engagementId: id.optional(),
          })
          .strict(),
        response: { 201: appointmentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await advice.createAppointment(app.db, request.actor, request.body)),
  );

  app.get(
    '/appointments',
    {
      schema: {
        tags: TAGS,
        summary:
          'Appointments, latest start first: admins all, coordinators their centres, advisors their own, ' +
          "members their beneficiaries'. Notes only for the advisor and the representatives.",
        querystring: z
          .object({
            advisorId: id.optional(),
            beneficiaryId: id.optional(),
            centerId: id.optional(),
            engagementId: id.optional(),
            status: appointmentStatus.optional(),
            from: fromBoundSchema.optional(),
            to: toBoundSchema.optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(appointmentSchema) },
      },
    },
    (request) => advice.listAppointments(app.db, request.actor, request.query),
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
    (request) => advice.getAppointment(app.db, request.actor, request.params.id),
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
        body: z
          .object({
            start: instant.optional(),
            end: instant.optional(),
            topic: topic.optional(),
            notes: notes.nullable().optional(),
          })
          .strict(),
        response: { 200: appointmentSchema },
      },
    },
    (request) => advice.updateAppointment(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/appointments/:id/complete',
    {
      schema: {
        tags: TAGS,
        summary:
          'The appointment took place (the advisor or staff; once it has started); notes by the advisor only',
        params: idParams,
        body: z.object({ notes: notes.optional() }).strict().nullish(),
        response: { 200: appointmentSchema },
      },
    },
    (request) => advice.completeAppointment(app.db, request.actor, request.params.id, request.body ?? {}),
  );

  app.post(
    '/appointments/:id/cancel',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cancel a booked appointment (staff, the advisor, or the member for the beneficiary); mailed',
        params: idParams,
        body: z
          .object({ reason: z.string().trim().max(2000).optional() })
          .strict()
          .nullish(),
        response: { 200: appointmentSchema },
      },
    },
    (request) => advice.cancelAppointment(app.db, request.actor, request.params.id, request.body ?? {}),
  );

  app.post(
    '/appointments/:id/no-show',
    {
      schema: {
        tags: TAGS,
        summary: 'The beneficiary did not come (the advisor or staff; once it has started)',
        params: idParams,
        body: z.object({}).strict().nullish(),
        response: { 200: appointmentSchema },
      },
    },
    (request) => advice.markNoShow(app.db, request.actor, request.params.id),
  );

  app.post(
    '/appointments/:id/feedback',
    {
      schema: {
        tags: TAGS,
        summary: 'Rate a completed appointment 1-5 (a representative of the beneficiary), once',
        params: idParams,
        body: z
          .object({ rating: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() })
          .strict(),
        response: {
          201: z.object({
            id: z.string(),
            appointmentId: z.string(),
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
        .send(await advice.giveAppointmentFeedback(app.db, request.actor, request.params.id, request.body)),
  );

  // Engagements

  app.post(
    '/engagements',
    {
      schema: {
        tags: TAGS,
        summary:
          'Start a coaching or mentoring engagement with agreed goals (the advisor, or staff of one of its centres)',
        body: z
          .object({
            advisorId: id,
            beneficiaryId: id,
            kind: z.enum(advice.ENGAGEMENT_KINDS),
            title: z.string().trim().max(300).optional(),
            goals: z.array(z.object({ title: goalTitle }).strict()).max(50),
          })
          .strict(),
        response: { 201: engagementDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await advice.createEngagement(app.db, request.actor, request.body)),
  );

  app.get(
    '/engagements',
    {
      schema: {
        tags: TAGS,
        summary: 'Engagements, newest first (as appointments: staff, advisors, representatives)',
        querystring: z
          .object({ advisorId: id.optional(), beneficiaryId: id.optional(), ...pageQuery })
          .strict(),
        response: { 200: pageOf(engagementSchema) },
      },
    },
    (request) => advice.listEngagements(app.db, request.actor, request.query),
  );

  app.get(
    '/engagements/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One engagement with its goals and sessions (appointments)',
        params: idParams,
        response: { 200: engagementDetailSchema },
      },
    },
    (request) => advice.getEngagement(app.db, request.actor, request.params.id),
  );

  app.post(
    '/engagements/:id/goals',
    {
      schema: {
        tags: TAGS,
        summary: 'Add an agreed goal',
        params: idParams,
        body: z.object({ title: goalTitle }).strict(),
        response: { 201: engagementDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await advice.addGoal(app.db, request.actor, request.params.id, request.body)),
  );

  app.patch(
    '/engagements/:id/goals/:goalId',
    {
      schema: {
        tags: TAGS,
        summary: "A goal's progress (0..100) or status (achieved without a figure means 100)",
        params: z.object({ id, goalId: id }),
        body: z
          .object({
            title: goalTitle.optional(),
            progress: z.number().int().min(0).max(100).optional(),
            status: z.enum(advice.GOAL_STATUSES).optional(),
          })
          .strict(),
        response: { 200: engagementDetailSchema },
      },
    },
    (request) =>
      advice.updateGoal(app.db, request.actor, request.params.id, request.params.goalId, request.body),
  );

  app.post(
    '/engagements/:id/close',
    {
      schema: {
        tags: TAGS,
        summary: 'Close an engagement (no more sessions can be linked to it)',
        params: idParams,
        body: z.object({}).strict().nullish(),
        response: { 200: engagementDetailSchema },
      },
    },
    (request) => advice.closeEngagement(app.db, request.actor, request.params.id),
  );
};
