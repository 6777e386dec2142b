import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import * as registry from './registry.service.ts';

const kind = z.enum(registry.BENEFICIARY_KINDS);
const name = z.string().trim().min(1).max(300);
const email = z.email().max(254);
// Digits with the usual separators, an optional leading +: "+48 12 345 67 89", "(12) 345-67-89".
const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9(][0-9 ()./-]{4,38}[0-9]$/, 'not a phone number');
const district = z.number().int().min(1).max(18);
// Registry numbers may come with spaces or dashes; their checksums are the service's to judge.
const identifier = z.string().max(30);
const legalForm = z.string().trim().max(100);

const beneficiaryFields = {
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
  district: district.nullable().optional(),
  krs: identifier.nullable().optional().describe('KRS: 10 digits (organizations only)'),
  nip: identifier.nullable().optional().describe('NIP: 10 digits with a valid check digit; dashes allowed'),
  regon: identifier.nullable().optional().describe('REGON: 9 or 14 digits with valid check digits'),
  legalForm: legalForm.nullable().optional().describe('e.g. stowarzyszenie, fundacja (organizations only)'),
};

const beneficiarySchema = z.object({
  id: z.string(),
  kind,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  district: z.number().int().nullable(),
  krs: z.string().nullable(),
  nip: z.string().nullable(),
  regon: z.string().nullable(),
  legalForm: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  erased: z.boolean(),
});
const duplicateSchema = z.object({ id: z.string(), name: z.string(), kind, similarity: z.number() });
const representativeSchema = z.object({
  beneficiaryId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  createdAt: z.date(),
});
const idParams = z.object({ id: z.string().max(100) });

export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/beneficiaries',
    {
      schema: {
        tags: ['registry'],
        summary:
          'Register a beneficiary (staff, members; a member becomes its representative). ' +
          'Names alike to existing ones are listed in possibleDuplicates; a KRS or NIP already ' +
          'registered is 409 with details {field, existingId}',
        body: z.object({ kind, name, ...beneficiaryFields }).strict(),
        response: { 201: beneficiarySchema.extend({ possibleDuplicates: z.array(duplicateSchema) }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registry.createBeneficiary(app.db, request.actor, request.body)),
  );

  app.get(
    '/beneficiaries',
    {
      schema: {
        tags: ['registry'],
        summary:
          'List beneficiaries, newest first (staff and advisors: all; members: those they represent). ' +
          'With q: a name search ignoring case, diacritics and small typos, best match first, giving ' +
          'the `limit` best matches and nextCursor null (no cursor with q). Erased entries only with ' +
          'includeErased=true (staff)',
        querystring: z
          .object({
            kind: kind.optional(),
            q: z.string().max(200).optional(),
            district: z.coerce.number().int().min(1).max(18).optional(),
            includeErased: z.enum(['true', 'false']).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(beneficiarySchema) },
      },
    },
    (request) =>
      registry.listBeneficiaries(app.db, request.actor, {
        ...request.query,
        includeErased: request.query.includeErased === 'true',
      }),
  );

  app.get(
    '/beneficiaries/duplicates',
    {
      schema: {
        tags: ['registry'],
        summary:
          'Beneficiaries whose name is alike to this one, most alike first (at most 5, erased ones ' +
          'left out): check before registering (staff, advisors)',
        querystring: z.object({ name, kind: kind.optional() }).strict(),
        response: { 200: z.object({ items: z.array(duplicateSchema) }) },
      },
    },
    (request) => registry.findDuplicates(app.db, request.actor, request.query),
  );

  app.get(
    '/beneficiaries/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'One beneficiary (staff, advisors, its representatives)',
        params: idParams,
        response: { 200: beneficiarySchema },
      },
    },
    (request) => registry.getBeneficiary(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/beneficiaries/:id',
    {
      schema: {
        tags: ['registry'],
        summary:
          'Change a beneficiary (staff, its representatives); null clears a field. ' +
          'A KRS or NIP of another beneficiary is 409; an erased one cannot change (409)',
        params: idParams,
        body: z.object({ kind: kind.optional(), name: name.optional(), ...beneficiaryFields }).strict(),
        response: { 200: beneficiarySchema },
      },
    },
    (request) => registry.updateBeneficiary(app.db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/beneficiaries/:id',
    {
      schema: {
        tags: ['registry'],
        summary:
          'Erase a beneficiary on request (GDPR art. 17, staff): its personal data and representatives ' +
          'are removed, the entry stays (kind, district) so past reports keep their counts. ' +
          'Answers the erased entry; erasing twice is 409',
        params: idParams,
        response: { 200: beneficiarySchema },
      },
    },
    (request) => registry.eraseBeneficiary(app.db, request.actor, request.params.id),
  );

  app.get(
    '/beneficiaries/:id/export',
    {
      schema: {
        tags: ['registry'],
        summary:
          'Everything stored about a beneficiary, as a JSON file (GDPR art. 15/20; staff, its representatives)',
        params: idParams,
        response: {
          200: z.object({
            exportedAt: z.date(),
            beneficiary: beneficiarySchema.extend({
              notes: z.string().nullable(),
              createdBy: z.string().nullable(),
              erasedAt: z.date().nullable(),
            }),
            representatives: z.array(
              z.object({ id: z.string(), name: z.string(), email: z.string(), since: z.date() }),
            ),
            auditLog: z.array(
              z.object({
                id: z.string(),
                at: z.date(),
                actorId: z.string().nullable(),
                action: z.string(),
                fields: z.array(z.string()),
                reason: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const data = await registry.exportBeneficiary(app.db, request.actor, request.params.id);
      reply.header('content-disposition', `attachment; filename="beneficiary-${data.beneficiary.id}.json"`);
      return data;
    },
  );

  app.get(
    '/beneficiaries/:id/representatives',
    {
      schema: {
        tags: ['registry'],
        summary: 'The users who may act for a beneficiary (staff)',
        params: idParams,
        response: { 200: z.object({ items: z.array(representativeSchema), nextCursor: z.null() }) },
      },
    },
    (request) => registry.listRepresentatives(app.db, request.actor, request.params.id),
  );

  app.post(
    '/beneficiaries/:id/representatives',
    {
      schema: {
        tags: ['registry'],
        summary:
          'Let a user act for a beneficiary (staff): 201 when added, 200 with the same link when ' +
          'it already was a representative; an unknown user is 422',
        params: idParams,
        body: z.object({ userId: z.string().max(100) }).strict(),
        response: { 200: representativeSchema, 201: representativeSchema },
      },
    },
    async (request, reply) => {
      const { created, representative } = await registry.addRepresentative(
        app.db,
        request.actor,
        request.params.id,
        request.body.userId,
      );
      return reply.status(created ? 201 : 200).send(representative);
    },
  );

  app.delete(
    '/beneficiaries/:id/representatives/:userId',
    {
      schema: {
        tags: ['registry'],
        summary: 'Stop a user acting for a beneficiary (staff)',
        params: z.object({ id: z.string().max(100), userId: z.string().max(100) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await registry.removeRepresentative(app.db, request.actor, request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/districts',
    {
      schema: {
        tags: ['registry'],
        summary: "Kraków's 18 districts (dzielnice), by number",
        security: [],
        response: {
          200: z.object({ items: z.array(z.object({ number: z.number().int(), name: z.string() })) }),
        },
      },
    },
    () => registry.listDistricts(app.db),
  );
};
