import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, msg } from '../../lib/errors.ts';
import { actorFromSession, actorFromToken, hashSecret } from './accounts.service.ts';

export const SESSION_COOKIE = 'civitas_session';

/** Whether cookies need the Secure flag: the request came over https, or the site is served on https. */
export function cookieIsSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.deps.config.publicUrl.startsWith('https://');
}

/** The session cookie, the same for every way of signing in (password, reset link, single sign-on). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: cookieIsSecure(request),
    expires: expiresAt,
  });
}

/** Recognizes the caller by `Authorization: Bearer` or by the session cookie. */
export async function authenticate(request: FastifyRequest) {
  // A route that checks its own Authorization header (GET /metrics) is not for accounts.
  if ((request.routeOptions.config as { ownAuthorization?: boolean } | undefined)?.ownAuthorization) return;
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match?.[1] ? await actorFromToken(request.server.db, match[1]) : null;
    if (!actor) {
      throw new AppError('unauthorized', msg('The API token is not valid.', 'Nieprawidłowy token API.'));
    }
    request.actor = { ...actor, signedInWith: 'token' };
    request.authVia = 'token';
    return;
  }
  const sessionToken = request.cookies[SESSION_COOKIE];
  if (sessionToken) {
    request.actor = await actorFromSession(request.server.db, sessionToken);
    if (request.actor) {
      request.authVia = 'session';
      request.sessionTokenHash = hashSecret(sessionToken);
    }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request that a browser sends with our session cookie from another site
 * is refused: its Origin names another site, or Sec-Fetch-Site says cross-site.
 * Token clients send no cookies and are not affected.
 */
export async function checkCrossSite(request: FastifyRequest, _reply: FastifyReply) {
  if (SAFE_METHODS.has(request.method) || request.authVia === 'token') return;
  if (!request.cookies[SESSION_COOKIE] && !request.url.startsWith('/api/auth/')) return;
  const fetchSite = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  if (fetchSite === 'cross-site' || (typeof origin === 'string' && !isSameSite(origin, request))) {
    throw new AppError(
      'forbidden',
      msg('Cross-site requests are not allowed.', 'Żądania z innych witryn są niedozwolone.'),
      { origin: origin ?? null, secFetchSite: fetchSite ?? null },
    );
  }
}

function isSameSite(origin: string, request: FastifyRequest): boolean {
  if (origin === 'null') return false;
  try {
    const { host } = new URL(origin);
    const publicHost = new URL(request.server.deps.config.publicUrl).host;
    return host === request.headers.host || host === publicHost;
  } catch {
    return false;
  }
}
