import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { calendarDateSchema } from '../../lib/time.ts';
import * as incubation from './incubation.service.ts';

const TAGS = ['incubation'];
const stage = z.enum(incubation.STAGES);
const person = z.object({ id: z.string(), name: z.string() });

const initiativeSchema = z.object({
  id: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  centerId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  stage,
  mentorId: z.string().nullable(),
  mentor: person.nullable(),
  nextStep: z.string().nullable(),
  nextStepDate: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const noteSchema = z.object({
  id: z.string(),
  initiativeId: z.string(),
  body: z.string(),
  author: person.nullable(),
  createdAt: z.date(),
});

const linkSchema = z.object({
  id: z.string(),
  initiativeId: z.string(),
  kind: z.enum(incubation.LINK_KINDS),
  refId: z.string().nullable(),
  label: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
});

const detailSchema = initiativeSchema.extend({
  history: z.array(
    z.object({
      id: z.string(),
      from: stage.nullable(),
      to: stage,
      note: z.string().nullable(),
      changedBy: person.nullable(),
      changedAt: z.date(),
    }),
  ),
  notes: z.array(noteSchema),
  links: z.array(linkSchema),
});

const idParams = z.object({ id: z.string().max(100) });
const title = z.string().trim().min(1).max(300);
const description = z.string().trim().max(10_000).nullable().optional();
const userId = z.string().max(100);

export const incubationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/initiatives',
    {
      schema: {
        tags: TAGS,
        summary:
          'Take an initiative into incubation (staff) at the stage idea. The mentor must be a user with the ' +
          'advisor role (else 422)',
        body: z
          .object({
            beneficiaryId: z.string().max(100),
            title,
            description,
            mentorId: userId.nullable().optional(),
            centerId: z.string().max(100).nullable().optional(),
          })
          .strict(),
        response: { 201: detailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await incubation.createInitiative(app.db, request.actor, request.body)),
  );

  app.get(
    '/initiatives',
    {
      schema: {
        tags: TAGS,
        summary:
          "Initiatives, newest first (staff: all; advisors: those they mentor; members: their beneficiaries')",
        querystring: z
          .object({
            stage: stage.optional(),
            beneficiaryId: z.string().max(100).optional(),
            mentorId: z.string().max(100).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(initiativeSchema) },
      },
    },
    (request) => incubation.listInitiatives(app.db, request.actor, request.query),
  );

  app.get(
    '/initiatives/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'One initiative with its stage history (who, when, note), notes and links (staff, its mentor, ' +
          "the beneficiary's members)",
        params: idParams,
        response: { 200: detailSchema },
      },
    },
    (request) => incubation.getInitiative(app.db, request.actor, request.params.id),
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
        body: z
          .object({
            title: title.optional(),
            description,
            mentorId: userId.nullable().optional(),
            centerId: z.string().max(100).nullable().optional(),
            nextStep: z.string().trim().max(1000).nullable().optional(),
            nextStepDate: calendarDateSchema.nullable().optional(),
          })
          .strict(),
        response: { 200: detailSchema },
      },
    },
    (request) => incubation.updateInitiative(app.db, request.actor, request.params.id, request.body),
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
        body: z.object({ stage, note: z.string().trim().max(2000).optional() }).strict(),
        response: { 200: detailSchema },
      },
    },
    (request) => incubation.changeStage(app.db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/initiatives/:id/notes',
    {
      schema: {
        tags: TAGS,
        summary: "A note on the initiative's progress (staff, its mentor)",
        params: idParams,
        body: z.object({ body: z.string().trim().min(1).max(10_000) }).strict(),
        response: { 201: noteSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await incubation.addNote(app.db, request.actor, request.params.id, request.body.body)),
  );

  app.post(
    '/initiatives/:id/links',
    {
      schema: {
        tags: TAGS,
        summary:
          'Link a service the initiative used: a booking, activity, appointment, article or other (staff, its mentor). ' +
          'refId is the id of that record (an article must exist)',
        params: idParams,
        body: z
          .object({
            kind: z.enum(incubation.LINK_KINDS),
            refId: z.string().max(100).nullable().optional(),
            label: z.string().trim().min(1).max(300),
          })
          .strict(),
        response: { 201: linkSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await incubation.addLink(app.db, request.actor, request.params.id, request.body)),
  );

  app.delete(
    '/initiatives/:id/links/:linkId',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a link (staff, its mentor)',
        params: z.object({ id: z.string().max(100), linkId: z.string().max(100) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await incubation.removeLink(app.db, request.actor, request.params.id, request.params.linkId);
      return reply.status(204).send(null);
    },
  );
};
