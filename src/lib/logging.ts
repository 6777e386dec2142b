import type { FastifyRequest } from 'fastify';
import { sqlState } from './db-errors.ts';

/**
 * What the logs may hold. A log is read by operators, shipped to other systems and kept for
 * long, so it carries no secrets and nothing personal: no cookies or tokens, no query strings
 * (feeds carry their token there), no bodies, and for database errors no message, detail or
 * parameters (PostgreSQL quotes the offending values: an e-mail, a name, a password hash).
 */

const REDACTED = '[redacted]';

type LoggedError = {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  stack: string;
};

/** An error as logged: its kind, code and where it was thrown, without the values it quotes. */
export function serializeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: REDACTED, stack: '' };
  const code = sqlState(error);
  const fromDatabase = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const constraint = (error as { constraint?: unknown }).constraint;
  return {
    type: error.constructor?.name ?? 'Error',
    // A database message quotes values ("Key (email)=(…) already exists"); its code says enough.
    message: fromDatabase ? `database error ${code}` : scrub(error.message),
    ...(code ? { code: String(code) } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
    stack: frames.join('\n'),
  };
}

/** A request as logged: method, the path without its query string, and the route. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    route: request.routeOptions?.url,
    id: request.id,
  };
}

/** E-mail addresses out of free text (error messages of our own code may quote input). */
function scrub(text: string): string {
  return text.replace(/[^\s@"'<>()]+@[^\s@"'<>()]+\.[^\s@"'<>()]+/g, REDACTED);
}

/** The logger options every process uses (pino, through Fastify). */
export function loggerOptions(level: string) {
  return {
    level,
    serializers: { err: serializeError, error: serializeError, req: serializeRequest },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.password_hash',
        '*.token',
        '*.email',
        '*.name',
      ],
      censor: REDACTED,
    },
  };
}
