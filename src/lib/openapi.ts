import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { statusOf } from './errors.ts';

type Transform = typeof jsonSchemaTransform;
type TransformInput = Parameters<Transform>[0];

/** The one error shape, as every 4xx and 500 answer has it. */
export const errorResponseSchema = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: {
        code: { type: 'string', enum: [...Object.keys(statusOf), 'internal_error'] },
        message: { type: 'string', description: 'In Polish or English, as Accept-Language prefers.' },
        details: { description: 'Per-field problems ({path, message}[]) or facts about the refusal.' },
      },
    },
  },
} as const;

/** Every answer names its request (lib/request-context.ts). */
const REQUEST_ID_HEADER = {
  type: 'string',
  description:
    "The request's id: the caller's own X-Request-Id when it is 8-128 characters of letters, digits and " +
    '._:@-, otherwise a new UUID. Logs and the outbox records the request wrote carry it.',
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad request: a malformed query, path, JSON body or content type.',
  401: 'Not signed in, or the session or token is not valid.',
  403: 'Signed in, but not allowed to do this (or a cross-site request).',
  404: 'No such record, or not one the caller may see.',
  409: 'Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow).',
  413: 'The request body is too large.',
  422: 'The body is well-formed but breaks a rule or a field is invalid.',
  429: 'Too many requests: try again after Retry-After seconds.',
  500: 'Server error; logged, with no details.',
};

/**
 * A stable, unique operationId from the method and the path template:
 * `POST /api/bookings/:id/approve` -> `postBookingsByIdApprove`.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith(':') || segment.startsWith('{')
        ? ['by', segment.replace(/[:{}]/g, '')]
        : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter(Boolean);
  const capitalized = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `${method.toLowerCase()}${capitalized.join('')}`;
}

/**
 * The route schemas to OpenAPI, with what every route of ours shares: an operationId and the
 * error answers it can give, each with the one error shape. A route may name its own
 * operationId or list an error response itself; that is kept.
 */
export const documentRoute: Transform = (input: TransformInput) => {
  const transformed = jsonSchemaTransform(input);
  const schema = transformed.schema as Record<string, unknown> & { hide?: boolean };
  if (schema.hide) return transformed;
  const method = String(Array.isArray(input.route.method) ? input.route.method[0] : input.route.method);
  const writes = !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
  const statuses = [400, 401, 403, 500];
  if (schema.params) statuses.push(404);
  if (writes) statuses.push(409);
  if (schema.body || input.route.method === 'POST') statuses.push(413, 422);
  if ((input.route.config as { rateLimit?: unknown } | undefined)?.rateLimit) statuses.push(429);
  // A status a route gives beyond these (a route that is off, 404), named in its config.
  statuses.push(...((input.route.config as { errorStatuses?: number[] } | undefined)?.errorStatuses ?? []));
  const responses = { ...((schema.response as Record<string, unknown> | undefined) ?? {}) };
  // A file download (CSV, XLSX, PDF, iCalendar) names its media types in `produces`: its 200 is
  // the file itself.
  const produces = schema.produces as string[] | undefined;
  if (produces?.length && !Object.keys(responses).some((status) => status.startsWith('2'))) {
    responses[200] = {
      description: `The file (${produces.join(', ')}).`,
      content: Object.fromEntries(
        produces.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    };
  }
  for (const status of statuses.sort()) {
    responses[status] ??= { description: DESCRIPTIONS[status], ...errorResponseSchema };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (typeof response !== 'object' || response === null) continue;
    const own = (response as { headers?: Record<string, unknown> }).headers;
    responses[status] = { ...response, headers: { ...own, 'X-Request-Id': REQUEST_ID_HEADER } };
  }
  return {
    ...transformed,
    schema: {
      ...schema,
      operationId: (schema.operationId as string | undefined) ?? operationIdOf(method, input.url),
      response: responses,
    },
  };
};
