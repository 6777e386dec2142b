import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../lib/pagination.ts';
import { idParams } from '../centers/centers.schema.ts';
import { roomBody, roomChanges, roomSchema, roomsQuery } from './rooms.schema.ts';
import * as service from './rooms.service.ts';

export const roomRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/rooms',
    {
      schema: {
        tags: ['rooms'],
        summary: 'Create a room in a centre (admin, its coordinators)',
        body: roomBody,
        response: { 201: roomSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createRoom(app.db, request.actor, request.body)),
  );

  app.get(
    '/rooms',
    {
      schema: {
        tags: ['rooms'],
        summary: 'Rooms by name, of one centre or all; retired rooms only with includeInactive=true (public)',
        security: [],
        querystring: roomsQuery,
        response: { 200: pageOf(roomSchema) },
      },
    },
    (request) => service.listRooms(app.db, request.query),
  );

  app.get(
    '/rooms/:id',
    {
      schema: {
        tags: ['rooms'],
        summary: 'One room (public)',
        security: [],
        params: idParams,
        response: { 200: roomSchema },
      },
    },
    (request) => service.getRoom(app.db, request.params.id),
  );

  app.patch(
    '/rooms/:id',
    {
      schema: {
        tags: ['rooms'],
        summary: 'Change a room; active=false retires it (admin, coordinators of its centre)',
        params: idParams,
        body: roomChanges,
        response: { 200: roomSchema },
      },
    },
    (request) => service.updateRoom(app.db, request.actor, request.params.id, request.body),
  );
};
