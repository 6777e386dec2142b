import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageOf } from '../../lib/error-handler.ts';
import { unauthorized } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { SESSION_COOKIE, setSessionCookie } from './accounts.auth.ts';
import * as recovery from './accounts.recovery.ts';
import {
  ACCOUNTS_TAG,
  createdTokenSchema,
  idParams,
  loginBody,
  ownAccountChangesBody,
  ownAccountSchema,
  passwordChangeBody,
  passwordResetBody,
  passwordResetConfirmBody,
  registerBody,
  registeredSchema,
  sessionEnvelope,
  sessionListSchema,
  tokenBody,
  tokenListSchema,
  userBody,
  userChangesBody,
  userEnvelope,
  userListQuery,
  userSchema,
  verifiedSchema,
  verifyBody,
} from './accounts.schema.ts';
import * as accounts from './accounts.service.ts';
import * as signin from './accounts.signin.ts';
import * as verification from './accounts.verification.ts';
import { oidcRoutes } from './oidc/oidc.routes.ts';

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(oidcRoutes);

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          'Sign in; sets the HttpOnly session cookie. An address not yet confirmed: 403 email_not_verified, and the link is mailed again; with single sign-on on, a staff account linked to the provider: 403 sso_required',
        security: [],
        body: loginBody,
        response: { 200: userEnvelope },
      },
    },
    async (request, reply) => {
      const { user, sessionToken, expiresAt } = await signin.login(app.db, {
        ...request.body,
        address: request.ip,
        publicUrl: app.deps.config.publicUrl,
        ssoEnabled: Boolean(app.deps.config.oidc),
        breakGlassEmail: app.deps.config.adminEmail,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(request, reply, sessionToken, expiresAt);
      return { user };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ACCOUNTS_TAG, summary: 'Sign out: ends this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await signin.logout(app.db, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ACCOUNTS_TAG, summary: 'Who is signed in', response: { 200: userEnvelope } } },
    async (request) => {
      if (!request.actor) throw unauthorized();
      return { user: await accounts.getUser(app.db, request.actor, request.actor.id) };
    },
  );

  app.patch(
    '/auth/me',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          'Change the own name, or e-mail address (signed in with a session): a new address is confirmed by a link mailed to it, and the account keeps the old one until then',
        body: ownAccountChangesBody,
        response: { 200: ownAccountSchema },
      },
    },
    (request) =>
      verification.updateOwnAccount(app.db, app.deps.config.publicUrl, request.actor, request.body),
  );

  app.post(
    '/auth/verify',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          'Confirm an e-mail address with the link mailed on registration or on a change of address (single use, valid 24 hours); signs nobody in',
        security: [],
        body: verifyBody,
        response: { 200: verifiedSchema },
      },
    },
    (request) => verification.confirmEmail(app.db, request.body.token),
  );

  app.get(
    '/auth/session',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary: 'Who is signed in, if anyone: never 401, for pages that only want to know',
        security: [],
        response: { 200: sessionEnvelope },
      },
    },
    async (request) => ({
      user: request.actor ? await accounts.getUser(app.db, request.actor, request.actor.id) : null,
    }),
  );

  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          'Ask for a password reset link (single use, valid 1 hour), mailed when the e-mail has an account; the same answer whatever the e-mail',
        security: [],
        body: passwordResetBody,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      await recovery.requestPasswordReset(app.db, app.deps.config.publicUrl, {
        email: request.body.email,
        address: request.ip,
      });
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          'Set a new password with a reset link and sign in; every other session, API token and reset link of the account ends',
        security: [],
        body: passwordResetConfirmBody,
        response: { 200: userEnvelope },
      },
    },
    async (request, reply) => {
      const { user, sessionToken, expiresAt } = await recovery.confirmPasswordReset(app.db, {
        ...request.body,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(request, reply, sessionToken, expiresAt);
      return { user };
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          'Change the own password (signed in with a session); every other session and every API token ends',
        body: passwordChangeBody,
        response: { 200: userEnvelope },
      },
    },
    async (request) => ({
      user: await recovery.changePassword(app.db, request.actor, request.sessionTokenHash, {
        ...request.body,
        address: request.ip,
      }),
    }),
  );

  app.get(
    '/auth/sessions',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary: "The caller's sessions (signed in with a session), the current one marked",
        response: { 200: sessionListSchema },
      },
    },
    (request) => recovery.listSessions(app.db, request.actor, request.sessionTokenHash),
  );

  app.delete(
    '/auth/sessions',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary: 'Sign out everywhere else: ends every session of the caller but this one',
        response: { 200: z.object({ ended: z.number().int() }) },
      },
    },
    (request) => recovery.endOtherSessions(app.db, request.actor, request.sessionTokenHash),
  );

  app.delete(
    '/auth/sessions/:id',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary: 'End one of the own sessions',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await recovery.endSession(app.db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/register',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          'Create a member account; a link to confirm the address is mailed. The same answer when the address has an account (its owner is mailed instead); nobody is signed in',
        security: [],
        body: registerBody,
        response: { 201: registeredSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await verification.register(app.db, app.deps.config.publicUrl, {
          ...request.body,
          // Mail in the page's language; Polish, the centres' own, when the client names none.
          language:
            request.body.language ?? (request.headers['accept-language'] ? languageOf(request) : 'pl'),
          address: request.ip,
        }),
      ),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary: 'Create an API token acting as the caller; the secret is shown only once',
        body: tokenBody,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.createToken(app.db, request.actor, request.body.name)),
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary: "The caller's active API tokens",
        response: { 200: tokenListSchema },
      },
    },
    (request) => accounts.listTokens(app.db, request.actor),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ACCOUNTS_TAG,
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
        tags: ACCOUNTS_TAG,
        summary: 'Create a user with roles (admin)',
        body: userBody,
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
        tags: ACCOUNTS_TAG,
        summary: 'List users (admin, coordinators)',
        querystring: userListQuery,
        response: { 200: pageOf(userSchema) },
      },
    },
    (request) => accounts.listUsers(app.db, request.actor, request.query),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags: ACCOUNTS_TAG,
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
        tags: ACCOUNTS_TAG,
        summary: 'Change a user: name, e-mail, password, roles, centres, disabled (admin)',
        params: idParams,
        body: userChangesBody,
        response: { 200: userSchema },
      },
    },
    (request) => accounts.updateUser(app.db, request.actor, request.params.id, request.body),
  );
};
