import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, msg } from '../../lib/errors.ts';
import type { Metrics } from './metrics.service.ts';

/** Compares the bearer token in constant time. */
function holdsToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `GET /metrics` for Prometheus, only when METRICS_TOKEN is set (otherwise the route does not
 * exist: 404), and then only to `Authorization: Bearer <METRICS_TOKEN>`.
 */
export function metricsRoutes(metrics: Metrics, token: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/metrics',
      {
        // The bearer token here is the metrics token, not an account's API token.
        config: { ownAuthorization: true },
        schema: {
          tags: ['operations'],
          summary:
            'Metrics in the Prometheus text format: requests by route and status, latency, database pool, ' +
            'outbox and webhook backlog, job runs, bookings and registrations created. Needs Authorization: Bearer <METRICS_TOKEN>.',
          security: [{ token: [] }],
          produces: ['text/plain'],
        },
      },
      async (request, reply) => {
        if (!holdsToken(request.headers.authorization, token)) {
          throw new AppError(
            'unauthorized',
            msg('The metrics need the metrics token.', 'Metryki wymagają tokenu metryk.'),
          );
        }
        return reply
          .type(metrics.contentType)
          .header('cache-control', 'no-store')
          .send(await metrics.text());
      },
    );
  };
}
