import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../lib/pagination.ts';
import {
  createWebhookBody,
  deliveryListQuery,
  deliverySchema,
  idParams,
  updateWebhookBody,
  WEBHOOKS_TAG,
  webhookListQuery,
  webhookSchema,
  webhookWithSecretSchema,
} from './webhooks.schema.ts';
import * as webhooks from './webhooks.service.ts';

export const webhooksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/webhooks',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: 'Register an endpoint for events (admin); the answer holds its secret, shown this once',
        body: createWebhookBody,
        response: { 201: webhookWithSecretSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await webhooks.createWebhook(app.db, request.actor, request.body)),
  );

  app.get(
    '/webhooks',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: 'The endpoints, newest first (admin)',
        querystring: webhookListQuery,
        response: { 200: pageOf(webhookSchema) },
      },
    },
    (request) => webhooks.listWebhooks(app.db, request.actor, request.query),
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: 'One endpoint (admin)',
        params: idParams,
        response: { 200: webhookSchema },
      },
    },
    (request) => webhooks.getWebhook(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: 'Change the address or events, disable, or enable again (admin)',
        params: idParams,
        body: updateWebhookBody,
        response: { 200: webhookSchema },
      },
    },
    (request) => webhooks.updateWebhook(app.db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: 'Remove an endpoint with its deliveries (admin)',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await webhooks.deleteWebhook(app.db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: 'A new secret (admin); for a day deliveries carry a second signature made with the old one',
        params: idParams,
        response: { 200: webhookWithSecretSchema },
      },
    },
    (request) => webhooks.rotateWebhookSecret(app.db, request.actor, request.params.id),
  );

  app.post(
    '/webhooks/:id/test',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: 'Queue a webhook.ping event for this endpoint (admin)',
        params: idParams,
        response: { 201: deliverySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await webhooks.sendTestEvent(app.db, request.actor, request.params.id)),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags: WEBHOOKS_TAG,
        summary: "The endpoint's deliveries, newest first, each with its attempts and answers (admin)",
        params: idParams,
        querystring: deliveryListQuery,
        response: { 200: pageOf(deliverySchema) },
      },
    },
    (request) => webhooks.listDeliveries(app.db, request.actor, request.params.id, request.query),
  );
};
