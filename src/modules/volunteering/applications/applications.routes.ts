import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, TAGS } from '../volunteering.schema.ts';
import {
  applicationListSchema,
  applicationSchema,
  applyBody,
  DECISIONS,
  decisionBody,
  hoursListSchema,
  loggedHoursSchema,
  logHoursBody,
  offerApplicationsQuery,
  pdfResponse,
} from './applications.schema.ts';
import * as applications from './applications.service.ts';
import * as documents from './documents.service.ts';
import * as hours from './hours.service.ts';

export const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/volunteers/:id/applications',
    {
      schema: {
        tags: TAGS,
        summary: "A volunteer's applications (staff, its representatives)",
        params: idParams,
        response: { 200: applicationListSchema },
      },
    },
    (request) => applications.listVolunteerApplications(app.db, request.actor, request.params.id),
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
        body: applyBody,
        response: { 201: applicationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await applications.applyForOffer(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/volunteer-offers/:id/applications',
    {
      schema: {
        tags: TAGS,
        summary: 'Applications for an offer, newest first (staff, the organization)',
        params: idParams,
        querystring: offerApplicationsQuery,
        response: { 200: applicationListSchema },
      },
    },
    (request) => applications.listOfferApplications(app.db, request.actor, request.params.id, request.query),
  );

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
    (request) => applications.getApplication(app.db, request.actor, request.params.id),
  );

  for (const decision of DECISIONS) {
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
          body: decisionBody,
          response: { 200: applicationSchema },
        },
      },
      (request) =>
        applications.decideApplication(
          app.db,
          request.actor,
          request.params.id,
          decision,
          request.body?.reason,
        ),
    );
  }

  // Hours

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
        body: logHoursBody,
        response: { 201: loggedHoursSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await hours.logHours(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/applications/:id/hours',
    {
      schema: {
        tags: TAGS,
        summary: 'The hours logged on an application, by date (staff, either side)',
        params: idParams,
        response: { 200: hoursListSchema },
      },
    },
    (request) => hours.listHours(app.db, request.actor, request.params.id),
  );

  // Documents

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
        response: pdfResponse('The agreement, in Polish'),
      },
    },
    async (request, reply) => {
      const file = await documents.agreementPdf(app.db, request.actor, request.params.id);
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
        response: pdfResponse('The certificate, in Polish'),
      },
    },
    async (request, reply) => {
      const file = await documents.certificatePdf(app.db, request.actor, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="zaswiadczenie-wolontariat.pdf"')
        .send(file);
    },
  );
};
