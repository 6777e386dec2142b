import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, msg } from '../../../lib/errors.ts';
import { cookieIsSecure, setSessionCookie } from '../accounts.auth.ts';
import { ACCOUNTS_TAG, idParams } from '../accounts.schema.ts';
import { identityProvider } from './oidc.client.ts';
import {
  callbackQuery,
  OIDC_TAG,
  redirectResponse,
  type SsoError,
  ssoConfigSchema,
  startQuery,
} from './oidc.schema.ts';
import { FLOW_TTL_MS, finishSignIn, startSignIn, unlinkIdentity } from './oidc.service.ts';

/** Binds a sign-in to the browser that began it: the callback must come with the same state. */
const FLOW_COOKIE = 'civitas_oidc';
const FLOW_COOKIE_PATH = '/api/auth/oidc';
const CALLBACK_PATH = '/api/auth/oidc/callback';
const SIGN_IN_PAGE = '/sign-in';
/**
 * Each start keeps a flow in the database for 10 minutes: a client address may begin this many
 * sign-ins a minute (an office behind one address signs in its staff well within it).
 */
export const START_LIMIT = { max: 30, timeWindow: 60_000 };

const ssoOff = () =>
  new AppError(
    'not_found',
    msg('Single sign-on is not set up here.', 'Logowanie kontem miejskim nie jest tu skonfigurowane.'),
  );

/** Back to the sign-in page, which explains `sso_error` and offers to try again. */
function toSignInPage(reply: FastifyReply, error: SsoError, returnTo: string) {
  const query = new URLSearchParams({ sso_error: error });
  if (returnTo !== '/console') query.set('next', returnTo);
  return reply.redirect(`${SIGN_IN_PAGE}?${query}`, 302);
}

/**
 * Single sign-on for staff with the city's OpenID Connect provider (OIDC_* settings): the routes
 * exist always and answer 404 while it is off, so the API document is the same everywhere.
 */
export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = app.deps.config.oidc;
  const redirectUri = `${app.deps.config.publicUrl}${CALLBACK_PATH}`;
  const provider = config && identityProvider(config, redirectUri);

  app.get(
    '/auth/oidc/config',
    {
      schema: {
        tags: OIDC_TAG,
        summary: 'Whether staff can sign in with the city identity provider, and the button text',
        security: [],
        response: { 200: ssoConfigSchema },
      },
    },
    async () => ({ enabled: config !== undefined, label: config?.label ?? null }),
  );

  app.get(
    '/auth/oidc/start',
    {
      schema: {
        tags: OIDC_TAG,
        summary:
          'Begin single sign-on (authorization code with PKCE, state and nonce): 302 to the identity provider; 404 when it is off; 429 past 30 starts a minute from one address',
        security: [],
        querystring: startQuery,
        response: { 302: redirectResponse },
      },
      config: { errorStatuses: [404], rateLimit: START_LIMIT },
    },
    async (request, reply) => {
      if (!provider) throw ssoOff();
      const started = await startSignIn(app.db, provider, request.query.next);
      if (!started.ok) return toSignInPage(reply, started.error, started.returnTo);
      reply.setCookie(FLOW_COOKIE, started.state, {
        httpOnly: true,
        // Sent with the provider's top-level redirect back (a GET), not with other sites' requests.
        sameSite: 'lax',
        path: FLOW_COOKIE_PATH,
        secure: cookieIsSecure(request),
        maxAge: FLOW_TTL_MS / 1000,
      });
      return reply.redirect(started.location, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      schema: {
        tags: OIDC_TAG,
        summary:
          'End single sign-on: sets the session cookie and 302 to the page asked for, or 302 to /sign-in?sso_error=... saying why not; 404 when it is off',
        security: [],
        querystring: callbackQuery,
        response: { 302: redirectResponse },
      },
      config: { errorStatuses: [404] },
    },
    async (request, reply) => {
      if (!provider || !config) throw ssoOff();
      const outcome = await finishSignIn(app.db, provider, config, {
        callbackUrl: callbackUrlOf(request, redirectUri),
        state: request.query.state,
        browserState: request.cookies[FLOW_COOKIE],
        error: request.query.error,
        userAgent: request.headers['user-agent'],
      });
      reply.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
      if (!outcome.ok) {
        request.log.warn({ ssoError: outcome.error, cause: outcome.cause }, 'single sign-on refused');
        return toSignInPage(reply, outcome.error, outcome.returnTo);
      }
      setSessionCookie(request, reply, outcome.sessionToken, outcome.expiresAt);
      return reply.redirect(outcome.returnTo, 302);
    },
  );

  // Exists whether single sign-on is on or off: an account linked while it was on can be unlinked.
  app.delete(
    '/users/:id/sso',
    {
      schema: {
        tags: ACCOUNTS_TAG,
        summary:
          "Unlink a user from its identity at the city's provider (admin); 404 when none is linked. Its next single sign-on links again only by a verified e-mail address",
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await unlinkIdentity(app.db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
};

/** The callback as the provider called it: the configured redirect URI and this request's query. */
function callbackUrlOf(request: FastifyRequest, redirectUri: string): URL {
  const url = new URL(redirectUri);
  url.search = request.url.split('?')[1] ?? '';
  return url;
}
