import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { MAX_ATTACHMENT_BYTES } from './knowledge.files.ts';
import * as knowledge from './knowledge.service.ts';

const TAGS = ['knowledge'];
const visibility = z.enum(['public', 'members']);

const attachmentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  url: z.string(),
  createdAt: z.date(),
});

const summaryFields = {
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  visibility,
  revision: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
};

const articleSchema = z.object({
  ...summaryFields,
  html: z.string().describe('The Markdown rendered to sanitized HTML'),
  body: z.string().optional().describe('The Markdown source: staff only'),
  attachments: z.array(attachmentSchema),
});

const listItemSchema = z.object({
  ...summaryFields,
  snippet: z.string().describe('A passage of the text as HTML: escaped, with the matching words in <mark>'),
  highlightedTitle: z.string().describe('The title as HTML, with the matching words in <mark>'),
  score: z.number().nullable().describe('The full-text rank (with q)'),
});

const articleFields = {
  title: z.string().trim().min(1).max(300),
  body: z.string().max(200_000).describe('Markdown'),
  category: z.string().trim().max(100).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
};

const idParams = z.object({ id: z.string().max(100) });

/** An uploaded file as @fastify/multipart attaches it to the body. */
const uploadedFile = z
  .custom<MultipartFile>(
    (value) => typeof value === 'object' && value !== null && (value as { type?: string }).type === 'file',
    'expected a file (multipart/form-data field "file")',
  )
  .meta({ type: 'string', format: 'binary' });

export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  // Uploads are multipart in this module only; the file is read whole (at most 10 MiB) before validation.
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 },
    async onFile(part) {
      try {
        await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw knowledge.tooLarge();
        throw error;
      }
    },
  });

  app.post(
    '/articles',
    {
      schema: {
        tags: TAGS,
        summary:
          'Write an article (staff). The Markdown body is rendered to sanitized HTML; the slug comes from the title ' +
          '("Jak założyć fundację?" -> "jak-zalozyc-fundacje"), numbered when taken',
        body: z.object({ ...articleFields, visibility }).strict(),
        response: { 201: articleSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await knowledge.createArticle(app.db, request.actor, request.body)),
  );

  app.get(
    '/articles',
    {
      schema: {
        tags: TAGS,
        summary:
          'Articles, newest first; anonymous callers see public ones only. With q: ranked full-text search that ' +
          'ignores diacritics and small typos, title matches first, with highlighted snippets: the `limit` best, ' +
          'nextCursor null',
        security: [],
        querystring: z
          .object({
            q: z.string().max(200).optional(),
            category: z.string().max(100).optional(),
            tag: z.string().max(50).optional(),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(listItemSchema) },
      },
    },
    (request) => knowledge.listArticles(app.db, request.actor, request.query),
  );

  app.get(
    '/article-categories',
    {
      schema: {
        tags: TAGS,
        summary: 'The categories of the articles the caller may read, with how many each has',
        security: [],
        response: {
          200: z.object({ items: z.array(z.object({ category: z.string(), count: z.number().int() })) }),
        },
      },
    },
    (request) => knowledge.listCategories(app.db, request.actor),
  );

  app.get(
    '/articles/:slug',
    {
      schema: {
        tags: TAGS,
        summary:
          'One article by slug (or id). Members-only articles are 404 for the anonymous; the Markdown source ' +
          '(body) is for staff only',
        security: [],
        params: z.object({ slug: z.string().max(200) }),
        response: { 200: articleSchema },
      },
    },
    (request) => knowledge.getArticle(app.db, request.actor, request.params.slug),
  );

  app.patch(
    '/articles/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Change an article (staff); the version it replaces is kept in its revisions. The slug stays',
        params: idParams,
        body: z
          .object({
            title: articleFields.title.optional(),
            body: articleFields.body.optional(),
            category: articleFields.category,
            tags: articleFields.tags,
            visibility: visibility.optional(),
          })
          .strict(),
        response: { 200: articleSchema },
      },
    },
    (request) => knowledge.updateArticle(app.db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/articles/:id/revisions',
    {
      schema: {
        tags: TAGS,
        summary: 'The earlier versions of an article, latest first (staff)',
        params: idParams,
        response: {
          200: z.object({
            current: z.number().int(),
            items: z.array(
              z.object({
                revision: z.number().int(),
                title: z.string(),
                body: z.string(),
                category: z.string().nullable(),
                tags: z.array(z.string()),
                visibility,
                editedBy: z.string().nullable(),
                editedAt: z.date(),
                replacedAt: z.date(),
              }),
            ),
            nextCursor: z.null(),
          }),
        },
      },
    },
    (request) => knowledge.listRevisions(app.db, request.actor, request.params.id),
  );

  app.post(
    '/articles/:id/attachments',
    {
      schema: {
        tags: TAGS,
        summary:
          'Attach a file (staff): multipart/form-data with one field "file", at most 10 MiB (413). The type is read ' +
          'from the content: PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS or plain text, with a matching extension; ' +
          'HTML, SVG, scripts and anything else -> 422',
        consumes: ['multipart/form-data'],
        params: idParams,
        body: z.object({ file: uploadedFile }).passthrough(),
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const { file } = request.body;
      const attachment = await knowledge.addAttachment(app.db, request.actor, request.params.id, {
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
        tags: TAGS,
        summary:
          "An article's file, with its stored type, nosniff, a Content-Security-Policy of default-src 'none', and " +
          'Content-Disposition attachment for anything but images and PDF',
        security: [],
        params: idParams,
        response: {
          200: {
            description: 'The file',
            content: {
              'application/octet-stream': {
                schema: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { data, headers } = await knowledge.getAttachment(app.db, request.actor, request.params.id);
      return reply.headers(headers).send(data);
    },
  );

  app.delete(
    '/attachments/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a file from its article (staff)',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await knowledge.removeAttachment(app.db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
