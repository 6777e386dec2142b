import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PG, type PgError } from './db-errors.ts';
import { AppError, type ErrorCode, type FieldError, type Message, msg, statusOf } from './errors.ts';

const polishZod = z.locales.pl().localeError;

/** Polish if the client prefers it, English otherwise. */
export function languageOf(request: FastifyRequest): 'pl' | 'en' {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*pl\b/i.test(header) ? 'pl' : 'en';
}

/** Database errors that bad input can still reach, after the services' own checks. */
function fromDatabase(error: PgError): AppError | undefined {
  switch (error.code) {
    case PG.uniqueViolation:
      return new AppError('conflict', msg('This already exists.', 'Taki wpis już istnieje.'), {
        constraint: error.constraint,
      });
    case PG.exclusionViolation:
      return new AppError(
        'conflict',
        msg('This overlaps with an existing entry.', 'Koliduje z istniejącym wpisem.'),
        {
          constraint: error.constraint,
        },
      );
    case PG.foreignKeyViolation:
      return new AppError(
        'validation_failed',
        msg('A referenced record does not exist.', 'Wskazany wpis nie istnieje.'),
        [{ path: error.constraint ?? '', message: 'refers to a record that does not exist' }],
      );
    case PG.invalidTextRepresentation:
    case PG.invalidDatetimeFormat:
    case PG.datetimeFieldOverflow:
    case PG.numericValueOutOfRange:
    case PG.stringDataRightTruncation:
      return new AppError('validation_failed', msg('A value is out of range.', 'Wartość poza zakresem.'), []);
    case PG.serializationFailure:
    case PG.deadlockDetected:
      return new AppError(
        'conflict',
        msg('Try again: a concurrent change won.', 'Spróbuj ponownie: równoczesna zmiana.'),
      );
    default:
      return undefined;
  }
}

function fromFastify(error: FastifyError, request: FastifyRequest): AppError | undefined {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const details: FieldError[] = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const pathParts = path === '' ? [] : path.split('.');
      const raw = { ...(issue.params as object), code: issue.keyword, path: pathParts, input: undefined };
      const polish = polishZod(raw as never);
      return {
        path: where === 'body' ? path : `${where}${path ? `.${path}` : ''}`,
        message: issue.message ?? 'invalid',
        messagePl:
          typeof polish === 'string' ? polish : (polish?.message ?? issue.message ?? 'nieprawidłowa wartość'),
      };
    });
    // Well-formed JSON with wrong values is 422; a malformed query string or path is 400.
    const code: ErrorCode = where === 'body' ? 'validation_failed' : 'bad_request';
    const first = details[0];
    return new AppError(
      code,
      msg(
        `Invalid ${first?.path || where}: ${first?.message ?? 'invalid value'}`,
        `Błędne pole ${first?.path || where}: ${first?.messagePl ?? 'nieprawidłowa wartość'}`,
      ),
      details,
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        'payload_too_large',
        msg('The request body is too large.', 'Treść żądania jest za duża.'),
        {
          limitBytes: request.routeOptions.bodyLimit,
        },
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'bad_request',
        msg('Send JSON (application/json).', 'Wyślij dane jako JSON (application/json).'),
        {
          contentType: request.headers['content-type'] ?? null,
        },
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('bad_request', msg('The JSON body is empty.', 'Treść JSON jest pusta.'));
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(
        'bad_request',
        msg('Content-Length is wrong.', 'Nieprawidłowy nagłówek Content-Length.'),
      );
    default:
      if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
        return new AppError(
          'bad_request',
          msg('The body is not valid JSON.', 'Treść żądania nie jest poprawnym JSON.'),
          {
            reason: error.message,
          },
        );
      }
      if (error.statusCode === 429) {
        return new AppError(
          'rate_limited',
          msg('Too many requests. Try again later.', 'Zbyt wiele żądań. Spróbuj później.'),
        );
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        const code = (Object.entries(statusOf).find(([, status]) => status === error.statusCode)?.[0] ??
          'bad_request') as ErrorCode;
        return new AppError(code, msg(error.message, error.message));
      }
      return undefined;
  }
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  const language = languageOf(request);
  if (error.retryAfter !== undefined)
    reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfter))));
  const details = Array.isArray(error.details)
    ? (error.details as FieldError[]).map((detail) =>
        typeof detail === 'object' && detail !== null && 'messagePl' in detail
          ? {
              ...detail,
              message: language === 'pl' ? detail.messagePl : detail.message,
              messagePl: undefined,
            }
          : detail,
      )
    : error.details;
  const text: Message = error.text;
  return reply
    .status(statusOf[error.code])
    .type('application/json; charset=utf-8')
    .send({
      error: { code: error.code, message: text[language], ...(details === undefined ? {} : { details }) },
    });
}

/** The one error handler: AppError by its code, known framework and database errors, else a logged 500. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known =
    error instanceof AppError
      ? error
      : (fromFastify(error, request) ?? fromDatabase(error as unknown as PgError));
  if (known) return sendError(reply, request, known);
  request.log.error({ err: error }, 'unhandled error');
  return reply
    .status(500)
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code: 'internal_error',
        message:
          languageOf(request) === 'pl'
            ? 'Błąd serwera. Zgłoszono go administratorom.'
            : 'Server error. It has been logged.',
      },
    });
}
