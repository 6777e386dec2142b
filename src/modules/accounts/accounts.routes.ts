import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unauthorized } from '../../lib/errors.ts';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { ROLES } from '../../lib/policy/index.ts';
import { SESSION_COOKIE } from './accounts.auth.ts';
import * as accounts from './accounts.service.ts';

const email = z.email().max(254);
const password = z.string().min(10).max(200);
const name = z.string().trim().min(1).max(200);
const role = z.enum(ROLES);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(role),
  centerIds: z.array(z.string()),
});
const userEnvelope = z.object({ user: userSchema });
const idParams = z.object({ id: z.string().max(100) });

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https' || request.server.deps.config.publicUrl.startsWith('https://'),
    expires: expiresAt,
  });
}

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign in; sets the HttpOnly session cookie',
        security: [],
        body: z.object({ email: z.string().max(254), password: z.string().max(200) }),
        response: { 200: userEnvelope },
      },
    },
    async (request, reply) => {
      const { user, sessionToken, expiresAt } = await accounts.login(app.db, {
        ...request.body,
        address: request.ip,
      });
      setSessionCookie(request, reply, sessionToken, expiresAt);
      return { user };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['accounts'], summary: 'Sign out: ends this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await accounts.logout(app.db, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['accounts'], summary: 'Who is signed in', response: { 200: userEnvelope } } },
    async (request) => {
      if (!request.actor) throw unauthorized();
      return { user: await accounts.getUser(app.db, request.actor, request.actor.id) };
    },
  );

  app.post(
    '/auth/register',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create a member account and sign in',
        security: [],
        body: z.object({ email, name, password }),
        response: { 201: userSchema.extend({ user: userSchema }) },
      },
    },
    async (request, reply) => {
      const { user, sessionToken, expiresAt } = await accounts.register(app.db, request.body);
      setSessionCookie(request, reply, sessionToken, expiresAt);
      return reply.status(201).send({ ...user, user });
    },
  );

  const tokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.date() });
  app.post(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token acting as the caller; the secret is shown only once',
        body: z.object({ name }),
        response: { 201: tokenSchema.extend({ token: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.createToken(app.db, request.actor, request.body.name)),
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: "The caller's active API tokens",
        response: {
          200: z.object({
            items: z.array(tokenSchema.extend({ lastUsedAt: z.date().nullable() })),
            nextCursor: z.null(),
          }),
        },
      },
    },
    (request) => accounts.listTokens(app.db, request.actor),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await accounts.revokeToken(app.db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create a user with roles (admin)',
        body: z
          .object({
            email,
            name,
            password: password.optional(),
            roles: z.array(role).min(1).max(5),
            centerIds: z.array(z.string().max(100)).max(100).optional(),
          })
          .strict(),
        response: { 201: userSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.createUser(app.db, request.actor, request.body)),
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'List users (admin, coordinators)',
        querystring: z
          .object({ q: z.string().max(200).optional(), role: role.optional(), ...pageQuery })
          .strict(),
        response: { 200: pageOf(userSchema) },
      },
    },
    (request) => accounts.listUsers(app.db, request.actor, request.query),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One user (admin, coordinators, the user itself)',
        params: idParams,
        response: { 200: userSchema },
      },
    },
    (request) => accounts.getUser(app.db, request.actor, request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change a user: name, e-mail, password, roles, centres, disabled (admin)',
        params: idParams,
        body: z
          .object({
            email: email.optional(),
            name: name.optional(),
            password: password.optional(),
            roles: z.array(role).min(1).max(5).optional(),
            centerIds: z.array(z.string().max(100)).max(100).optional(),
            disabled: z.boolean().optional(),
          })
          .strict(),
        response: { 200: userSchema },
      },
    },
    (request) => accounts.updateUser(app.db, request.actor, request.params.id, request.body),
  );
};
