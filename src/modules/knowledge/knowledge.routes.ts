import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { articlesRoutes } from './articles/articles.routes.ts';
import { MAX_ATTACHMENT_BYTES } from './attachments/attachments.files.ts';
import { attachmentsRoutes } from './attachments/attachments.routes.ts';
import { tooLarge } from './attachments/attachments.service.ts';

/** The knowledge base's routes: articles (with search and revisions) and their attachments. */
export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  // Uploads are multipart in this module only; the file is read whole (at most 10 MiB) before validation.
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 },
    async onFile(part) {
      try {
        await part.toBuffer();
      } catch (error) {
        if (error instanceof app.multipartErrors.RequestFileTooLargeError) throw tooLarge();
        throw error;
      }
    },
  });
  await app.register(articlesRoutes);
  await app.register(attachmentsRoutes);
};
