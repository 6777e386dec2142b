import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import {
  articleBody,
  articleChangesBody,
  articleListItemSchema,
  articleListQuery,
  articleSchema,
  categoryListSchema,
  idParams,
  KNOWLEDGE_TAG,
  refParams,
  revisionListSchema,
} from './articles.schema.ts';
import { listArticles } from './articles.search.ts';
import * as articles from './articles.service.ts';

export const articlesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/articles',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary:
          'Write an article (staff). The Markdown body is rendered to sanitized HTML; the slug comes from the title ' +
          '("Jak założyć fundację?" -> "jak-zalozyc-fundacje"), numbered when taken',
        body: articleBody,
        response: { 201: articleSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await articles.createArticle(app.db, request.actor, request.body)),
  );

  app.get(
    '/articles',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary:
          'Articles, newest first; anonymous callers see public ones only. With q: ranked full-text search that ' +
          'ignores diacritics and small typos, title matches first, with highlighted snippets: the `limit` best, ' +
          'nextCursor null',
        security: [],
        querystring: articleListQuery,
        response: { 200: pageOf(articleListItemSchema) },
      },
    },
    (request) => listArticles(app.db, request.actor, request.query),
  );

  app.get(
    '/article-categories',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary: 'The categories of the articles the caller may read, with how many each has',
        security: [],
        response: { 200: categoryListSchema },
      },
    },
    (request) => articles.listCategories(app.db, request.actor),
  );

  app.get(
    '/articles/:ref',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary:
          'One article by its slug or its id. Members-only articles are 404 for the anonymous; the Markdown source ' +
          '(body) is for staff only',
        security: [],
        params: refParams,
        response: { 200: articleSchema },
      },
    },
    (request) => articles.getArticle(app.db, request.actor, request.params.ref),
  );

  app.patch(
    '/articles/:ref',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary:
          'Change an article, named by its slug or its id (staff); the version it replaces is kept in its ' +
          'revisions. The slug stays',
        params: refParams,
        body: articleChangesBody,
        response: { 200: articleSchema },
      },
    },
    (request) => articles.updateArticle(app.db, request.actor, request.params.ref, request.body),
  );

  app.get(
    '/articles/:id/revisions',
    {
      schema: {
        tags: KNOWLEDGE_TAG,
        summary: 'The earlier versions of an article, latest first (staff)',
        params: idParams,
        response: { 200: revisionListSchema },
      },
    },
    (request) => articles.listRevisions(app.db, request.actor, request.params.id),
  );
};
