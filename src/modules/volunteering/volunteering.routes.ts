import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageOf } from '../../lib/error-handler.ts';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { calendarDateSchema, WEEKDAYS } from '../../lib/time.ts';
import { SKILL_CODES } from './volunteering.matching.ts';
import * as volunteering from './volunteering.service.ts';

const TAGS = ['volunteering'];
const APPLICATION_STATUSES = ['applied', 'accepted', 'declined', 'completed'] as const;

const skill = z.enum(SKILL_CODES);
const skills = z.array(skill).min(1).max(30);
const district = z.number().int().min(1).max(18);
const hoursPerWeek = z.number().int().min(1).max(80);
const tags = z.array(z.string().trim().min(1).max(50)).max(30);
const availability = z
  .object({
    from: calendarDateSchema.nullable().optional(),
    to: calendarDateSchema.nullable().optional(),
    weekdays: z.array(z.enum(WEEKDAYS)).max(7).optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .strict();

const volunteerSchema = z.object({
  id: z.string(),
  beneficiaryId: z.string(),
  name: z.string(),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  districts: z.array(z.number().int()),
  hoursPerWeek: z.number().int().nullable(),
  availability: z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    weekdays: z.array(z.string()),
    note: z.string().nullable(),
  }),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const offerSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  centerId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  skills: z.array(z.string()),
  district: z.number().int().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  volunteersNeeded: z.number().int(),
  volunteersAccepted: z.number().int(),
  hoursPerWeek: z.number().int().nullable(),
  status: z.enum(['open', 'closed']),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const applicationSchema = z.object({
  id: z.string(),
  offerId: z.string(),
  offerTitle: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  volunteerId: z.string(),
  volunteerName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  message: z.string().nullable(),
  appliedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  decisionReason: z.string().nullable(),
  totalHours: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const hoursSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  date: z.string(),
  hours: z.number(),
  note: z.string().nullable(),
  loggedBy: z.string().nullable(),
  createdAt: z.date(),
});

const factorSchema = z.object({
  code: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  text: z.string(),
});
const scoreFields = {
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.string()).describe("Why, in the caller's language (Accept-Language)"),
  factors: z.array(factorSchema).describe('The same reasons with machine codes and points'),
};

const idParams = z.object({ id: z.string().max(100) });
const matchQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }).strict();
const pdf = (description: string) => ({
  200: {
    description,
    content: {
      'application/pdf': { schema: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }) },
    },
  },
});

const offerFields = {
  centerId: z.string().max(100).nullable().optional(),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).nullable().optional(),
  skills,
  district: district.nullable().optional(),
  start: calendarDateSchema.nullable().optional(),
  end: calendarDateSchema.nullable().optional(),
  volunteersNeeded: z.number().int().min(1).max(1000),
  hoursPerWeek: hoursPerWeek.nullable().optional(),
};

export const volunteeringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/volunteer-skills',
    {
      schema: {
        tags: TAGS,
        summary: "The shared list of volunteers' skills, with Polish and English labels",
        security: [],
        response: {
          200: z.object({
            items: z.array(z.object({ code: z.string(), label: z.string(), pl: z.string(), en: z.string() })),
          }),
        },
      },
    },
    (request) => volunteering.listSkills(languageOf(request)),
  );

  // Volunteers

  app.post(
    '/volunteers',
    {
      schema: {
        tags: TAGS,
        summary:
          'A volunteer profile for an individual beneficiary (staff; a member for a person it represents). ' +
          'Not an individual -> 422; a second profile of the same person -> 409 with details.existingId',
        body: z
          .object({
            beneficiaryId: z.string().max(100),
            skills,
            tags: tags.optional(),
            districts: z.array(district).max(18).optional(),
            hoursPerWeek: hoursPerWeek.nullable().optional(),
            availability: availability.nullable().optional(),
          })
          .strict(),
        response: { 201: volunteerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await volunteering.createVolunteer(app.db, request.actor, request.body)),
  );

  app.get(
    '/volunteers',
    {
      schema: {
        tags: TAGS,
        summary: 'Volunteers, newest first (staff: all; members: the people they represent)',
        querystring: z
          .object({
            skill: skill.optional(),
            district: z.coerce.number().int().min(1).max(18).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(volunteerSchema) },
      },
    },
    (request) => volunteering.listVolunteers(app.db, request.actor, request.query),
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
    (request) => volunteering.getVolunteer(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/volunteers/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Change a volunteer profile (staff, its representatives); active: false hides it from matching',
        params: idParams,
        body: z
          .object({
            skills: skills.optional(),
            tags: tags.optional(),
            districts: z.array(district).max(18).optional(),
            hoursPerWeek: hoursPerWeek.nullable().optional(),
            availability: availability.nullable().optional(),
            active: z.boolean().optional(),
          })
          .strict(),
        response: { 200: volunteerSchema },
      },
    },
    (request) => volunteering.updateVolunteer(app.db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/volunteers/:id/matches',
    {
      schema: {
        tags: TAGS,
        summary:
          'Open offers for this volunteer, best first, with the score (0..100) and the reasons; equal scores in id order ' +
          '(staff, its representatives)',
        params: idParams,
        querystring: matchQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                offerId: z.string(),
                title: z.string(),
                organizationName: z.string(),
                ...scoreFields,
              }),
            ),
          }),
        },
      },
    },
    (request) =>
      volunteering.matchOffers(app.db, request.actor, request.params.id, {
        language: languageOf(request),
        limit: request.query.limit,
      }),
  );

  app.get(
    '/volunteers/:id/applications',
    {
      schema: {
        tags: TAGS,
        summary: "A volunteer's applications (staff, its representatives)",
        params: idParams,
        response: { 200: z.object({ items: z.array(applicationSchema), nextCursor: z.null() }) },
      },
    },
    (request) => volunteering.listVolunteerApplications(app.db, request.actor, request.params.id),
  );

  // Offers

  app.post(
    '/volunteer-offers',
    {
      schema: {
        tags: TAGS,
        summary:
          'An offer of an organization or informal group looking for volunteers (staff; members for ' +
          'organizations they represent). An individual as organizationId -> 422',
        body: z.object({ organizationId: z.string().max(100), ...offerFields }).strict(),
        response: { 201: offerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await volunteering.createOffer(app.db, request.actor, request.body)),
  );

  app.get(
    '/volunteer-offers',
    {
      schema: {
        tags: TAGS,
        summary:
          'Volunteering offers, newest first. Anyone sees the open ones that have not ended; staff see all; ' +
          "members also their organizations' closed ones",
        security: [],
        querystring: z
          .object({
            organizationId: z.string().max(100).optional(),
            status: z.enum(['open', 'closed']).optional(),
            skill: skill.optional(),
            district: z.coerce.number().int().min(1).max(18).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(offerSchema) },
      },
    },
    (request) => volunteering.listOffers(app.db, request.actor, request.query),
  );

  app.get(
    '/volunteer-offers/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One offer (open ones: anyone; others: staff and the organization)',
        security: [],
        params: idParams,
        response: { 200: offerSchema },
      },
    },
    (request) => volunteering.getOffer(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/volunteer-offers/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Change an offer, or close it with status "closed" (staff, the organization)',
        params: idParams,
        body: z
          .object({
            centerId: offerFields.centerId,
            title: offerFields.title.optional(),
            description: offerFields.description,
            skills: skills.optional(),
            district: offerFields.district,
            start: offerFields.start,
            end: offerFields.end,
            volunteersNeeded: offerFields.volunteersNeeded.optional(),
            hoursPerWeek: offerFields.hoursPerWeek,
            status: z.enum(['open', 'closed']).optional(),
          })
          .strict(),
        response: { 200: offerSchema },
      },
    },
    (request) => volunteering.updateOffer(app.db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/volunteer-offers/:id/matches',
    {
      schema: {
        tags: TAGS,
        summary:
          'Volunteers for this offer, best first: score 0..100 from shared skills (60), district (15), hours a week (15) ' +
          'and availability in the offer period (10), with the reasons; equal scores in id order (staff, the organization)',
        params: idParams,
        querystring: matchQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                volunteerId: z.string(),
                name: z.string(),
                ...scoreFields,
                applicationStatus: z.enum(APPLICATION_STATUSES).nullable(),
              }),
            ),
          }),
        },
      },
    },
    (request) =>
      volunteering.matchVolunteers(app.db, request.actor, request.params.id, {
        language: languageOf(request),
        limit: request.query.limit,
      }),
  );

  app.post(
    '/volunteer-offers/:id/applications',
    {
      schema: {
        tags: TAGS,
        summary:
          "Apply for an offer (staff; a member for a volunteer it represents) -> status applied; the organization's " +
          'members are told by e-mail. Applying twice -> 409; a closed or ended offer -> 409',
        params: idParams,
        body: z
          .object({ volunteerId: z.string().max(100), message: z.string().trim().max(2000).optional() })
          .strict(),
        response: { 201: applicationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await volunteering.applyForOffer(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/volunteer-offers/:id/applications',
    {
      schema: {
        tags: TAGS,
        summary: 'Applications for an offer, newest first (staff, the organization)',
        params: idParams,
        querystring: z.object({ status: z.enum(APPLICATION_STATUSES).optional() }).strict(),
        response: { 200: z.object({ items: z.array(applicationSchema), nextCursor: z.null() }) },
      },
    },
    (request) => volunteering.listOfferApplications(app.db, request.actor, request.params.id, request.query),
  );

  // Applications

  app.get(
    '/applications/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One application (staff, the organization, the volunteer)',
        params: idParams,
        response: { 200: applicationSchema },
      },
    },
    (request) => volunteering.getApplication(app.db, request.actor, request.params.id),
  );

  for (const decision of ['accept', 'decline', 'complete'] as const) {
    app.post(
      `/applications/:id/${decision}`,
      {
        schema: {
          tags: TAGS,
          summary: {
            accept: 'Accept an application (staff, the organization); more than volunteersNeeded -> 409',
            decline: 'Decline an application, with an optional reason (staff, the organization)',
            complete: 'Mark an accepted engagement as completed (staff, the organization)',
          }[decision],
          description:
            'applied -> accepted | declined; accepted -> completed. Any other change -> 409 with details.status',
          params: idParams,
          body: z
            .object({ reason: z.string().trim().max(2000).optional() })
            .strict()
            .nullish(),
          response: { 200: applicationSchema },
        },
      },
      (request) =>
        volunteering.decideApplication(
          app.db,
          request.actor,
          request.params.id,
          decision,
          request.body?.reason,
        ),
    );
  }

  app.post(
    '/applications/:id/hours',
    {
      schema: {
        tags: TAGS,
        summary:
          'Log hours worked on a day (staff, either side). Accepted or completed applications only (else 409); ' +
          'hours > 0 in quarter hours, at most 24 a day summed over the entries of that day, no future day (422); ' +
          'members from the day of applying on, staff any past day',
        params: idParams,
        body: z
          .object({
            date: calendarDateSchema,
            hours: z.number().positive().max(24).multipleOf(0.25),
            note: z.string().trim().max(500).optional(),
          })
          .strict(),
        response: { 201: hoursSchema.extend({ dayTotal: z.number(), totalHours: z.number() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await volunteering.logHours(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/applications/:id/hours',
    {
      schema: {
        tags: TAGS,
        summary: 'The hours logged on an application, by date (staff, either side)',
        params: idParams,
        response: {
          200: z.object({ items: z.array(hoursSchema), totalHours: z.number(), nextCursor: z.null() }),
        },
      },
    },
    (request) => volunteering.listHours(app.db, request.actor, request.params.id),
  );

  app.get(
    '/applications/:id/agreement.pdf',
    {
      schema: {
        tags: TAGS,
        summary:
          'The volunteering agreement (porozumienie, art. 44 of the ustawa o działalności pożytku publicznego ' +
          'i o wolontariacie) filled in, as a PDF (staff, either side; accepted or completed applications)',
        params: idParams,
        produces: ['application/pdf'],
        response: pdf('The agreement, in Polish'),
      },
    },
    async (request, reply) => {
      const file = await volunteering.agreementPdf(app.db, request.actor, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="porozumienie-wolontariackie.pdf"')
        .send(file);
    },
  );

  app.get(
    '/applications/:id/certificate.pdf',
    {
      schema: {
        tags: TAGS,
        summary: 'A certificate (zaświadczenie) of the hours logged, as a PDF (staff, either side)',
        params: idParams,
        produces: ['application/pdf'],
        response: pdf('The certificate, in Polish'),
      },
    },
    async (request, reply) => {
      const file = await volunteering.certificatePdf(app.db, request.actor, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="zaswiadczenie-wolontariat.pdf"')
        .send(file);
    },
  );
};
