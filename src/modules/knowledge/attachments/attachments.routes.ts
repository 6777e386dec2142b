import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, KNOWLEDGE_TAG } from '../articles/articles.schema.ts';
import { attachmentSchema, fileResponse, uploadBody } from './attachments.schema.ts';
import * as attachments from './attachments.service.ts';

/** The files of articles; uploads are multipart (the parser is registered by knowledgeRoutes). */
export const attachmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/articles/:id/attachments',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary:
          'Attach a file (staff): multipart/form-data with one field "file", at most 10 MiB (413). The type is read ' +
          'from the content: PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS or plain text, with a matching extension; ' +
          'HTML, SVG, scripts and anything else -> 422',
        consumes: ['multipart/form-data'],
        params: idParams,
        body: uploadBody,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const { file } = request.body;
      const attachment = await attachments.addAttachment(app.db, request.actor, request.params.id, {
        filename: file.filename,
        data: await file.toBuffer(),
      });
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary:
          "An article's file, with its stored type, nosniff, a Content-Security-Policy of default-src 'none', and " +
          'Content-Disposition attachment for anything but images and PDF',
        security: [],
        params: idParams,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) => {
      const { data, headers } = await attachments.getAttachment(app.db, request.actor, request.params.id);
      return reply.headers(headers).send(data);
    },
  );

  app.delete(
    '/attachments/:id',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary: 'Remove a file from its article (staff)',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await attachments.removeAttachment(app.db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
