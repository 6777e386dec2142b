import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { DatabaseKind, PoolStats } from './db/database.ts';
import type { DB } from './db/schema.ts';
import { handleError, sendError } from './lib/error-handler.ts';
import { AppError, msg } from './lib/errors.ts';
import { loggerOptions } from './lib/logging.ts';
import { documentRoute } from './lib/openapi.ts';
import type { Actor } from './lib/policy.ts';
import { requestIdOf, runInRequest } from './lib/request-context.ts';
import { findUnstorableString } from './lib/text.ts';
import { accountsRoutes, authenticate, checkCrossSite } from './modules/accounts/index.ts';
import { adviceRoutes } from './modules/advice/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { bookingsRoutes } from './modules/bookings/index.ts';
import { centersRoutes } from './modules/centers/index.ts';
import { healthRoutes } from './modules/health/index.ts';
import { importsRoutes } from './modules/imports/index.ts';
import { incubationRoutes } from './modules/incubation/index.ts';
import { knowledgeRoutes } from './modules/knowledge/index.ts';
import { mailRoutes } from './modules/mail/index.ts';
import { Metrics, metricsRoutes } from './modules/metrics/index.ts';
import { programmeRoutes } from './modules/programme/index.ts';
import { registryRoutes } from './modules/registry/index.ts';
import { reportsRoutes } from './modules/reports/index.ts';
import { volunteeringRoutes } from './modules/volunteering/index.ts';
import { webhooksRoutes } from './modules/webhooks/index.ts';
import { routePreloads } from './web-preloads.ts';

export type AppDeps = {
  db: Kysely<DB>;
  databaseKind: DatabaseKind;
  config: Pick<Config, 'publicUrl' | 'trustProxy' | 'logLevel'> &
    Partial<Pick<Config, 'metricsToken' | 'oidc' | 'adminEmail'>>;
  /** The database pool as it is now, for GET /metrics. */
  poolStats?: () => PoolStats;
  /** Where the built web app is (default dist/web); tests may point elsewhere. */
  webRoot?: string;
  /** Test hooks: a logger stream or level other than the configured one. */
  logger?: boolean | object;
};

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    deps: AppDeps;
    /** This process's metrics when METRICS_TOKEN is set (GET /metrics), otherwise null. */
    metrics: Metrics | null;
    /** Every route as registered (HEAD left out): what the role-by-endpoint test must cover. */
    routeList: RouteEntry[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor was recognized: by the session cookie or an API token. */
    authVia: 'session' | 'token' | null;
    sessionTokenHash: string | null;
  }
}

/** A registered route: its method and its URL template as Fastify has it (`/api/bookings/:id`). */
export type RouteEntry = { method: string; url: string };

export const BODY_LIMIT = 1024 * 1024;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Logs carry no secrets or personal data (lib/logging.ts); a test may add a stream to read them.
    logger:
      deps.logger === false
        ? false
        : { ...loggerOptions(deps.config.logLevel), ...(typeof deps.logger === 'object' ? deps.logger : {}) },
    // One line per request only when asked for (LOG_LEVEL=debug); errors are always logged.
    logController: new LogController({
      disableRequestLogging: !['debug', 'trace'].includes(deps.config.logLevel),
    }),
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    // Query strings like ?kind=a&kind=b stay predictable; very long URLs are refused by Node.
    routerOptions: { maxParamLength: 200 },
    // Every request has an id (the caller's X-Request-Id when well-formed): in each log line as
    // reqId, in the X-Request-Id answer header, and on the outbox rows the request writes.
    requestIdHeader: false,
    genReqId: requestIdOf,
  }).withTypeProvider<ZodTypeProvider>();

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    runInRequest(request.id, done);
  });

  // Recorded before anything registers a route, so the list is complete.
  const routeList: RouteEntry[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeList.push({ method, url: route.url });
    }
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // JSON only: a text/plain body is a wrong content type (400), not a string to validate.
  app.removeContentTypeParser('text/plain');
  // Brotli or gzip for every answer worth it (JSON, CSV, pages), as the client accepts; before the
  // web app's files, which bring their own .br and .gz made at build time (web/vite.config.ts).
  await app.register(compress, { encodings: ['br', 'gzip'] });
  // The browser app (npm run build:web): hashed assets cached for a year, pages never.
  const webRoot = deps.webRoot ?? join(import.meta.dirname, '..', 'dist', 'web');
  const hasWeb = existsSync(join(webRoot, 'index.html'));
  const pageWithPreloads = hasWeb ? routePreloads(webRoot) : () => undefined;
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(response, path) {
        response.header(
          'cache-control',
          relative(webRoot, path).startsWith(`assets${sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  // For crawlers: the public pages, not the API or the staff console (the same with or without a build).
  app.get('/robots.txt', { schema: { hide: true } }, (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send('User-agent: *\nDisallow: /api/\nDisallow: /console\nDisallow: /my\nAllow: /\n'),
  );
  app.setNotFoundHandler((request, reply) => {
    // Any other page of the web app is its index.html; the app's router takes it from there. A
    // missing file (a path with an extension: /favicon.png, /old.js) is a 404, not the page.
    const path = request.url.split('?')[0] ?? '';
    if (
      hasWeb &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      // The server's own address for Prometheus, absent without METRICS_TOKEN, is not a page.
      path !== '/metrics' &&
      !/\.[a-z0-9]+$/i.test(path)
    ) {
      const page = pageWithPreloads(path);
      if (page) return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(
      reply,
      request,
      new AppError('not_found', msg('No such endpoint.', 'Nie ma takiego adresu.'), {
        method: request.method,
        url: request.url.split('?')[0],
      }),
    );
  });
  app.decorate('db', deps.db);
  app.decorate('deps', deps);
  const metrics = deps.config.metricsToken
    ? new Metrics(deps.db, deps.poolStats ?? (() => ({ size: 0, inUse: 0, waiting: 0 })))
    : null;
  app.decorate('metrics', metrics);
  if (metrics) {
    app.addHook('onResponse', async (request, reply) => {
      metrics.observeRequest(
        request.method,
        request.routeOptions.url,
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
    });
  }
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('sessionTokenHash', null);

  await app.register(cookie);
  await app.register(helmet, {
    // The API docs page runs Swagger UI's own script and styles from this origin.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // Only behind https; on a plain-http intranet address it would break every asset.
        upgradeInsecureRequests: deps.config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    hsts: deps.config.publicUrl.startsWith('https://'),
  });
  // Limits a route asks for (its config.rateLimit), per client address (TRUST_PROXY decides which)
  // in each process; answered 429 rate_limited with Retry-After, like the sign-in limit.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate_limited',
        msg('Too many requests. Try again later.', 'Zbyt wiele żądań. Spróbuj później.'),
        { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
        context.ttl / 1000,
      ),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Civitas API',
        version: '1.0.0',
        description:
          'The HTTP API of Civitas, the system civic centres run on. Errors always have the shape ' +
          '{ "error": { "code", "message", "details"? } }. Sign in with POST /api/auth/login (session cookie) ' +
          'or send an API token as `Authorization: Bearer <token>`.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      // Relative to where the document is served, so it is right on every deployment.
      servers: [{ url: '/', description: 'This Civitas server' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'civitas_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: documentRoute,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI sets a few inline styles at run time; scripts stay limited to this origin.
    transformStaticCSP: (header) => header.replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.addHook('onRequest', authenticate);
  app.addHook('onRequest', checkCrossSite);
  // Text PostgreSQL cannot store (NUL, lone surrogates) is refused at the edge, in every body,
  // query and path, before any schema or service sees it (it would otherwise be a database error).
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const path = findUnstorableString(value);
      if (!path) continue;
      const field = [where === 'body' ? '' : where, ...path].filter((part) => part !== '').join('.');
      const detail = {
        path: field,
        message: 'contains a character that cannot be stored (NUL or a lone surrogate)',
      };
      throw new AppError(
        where === 'body' ? 'validation_failed' : 'bad_request',
        msg(
          `Invalid ${field || where}: it contains a character that cannot be stored.`,
          `Błędne pole ${field || where}: zawiera znak, którego nie można zapisać.`,
        ),
        [detail],
      );
    }
  });

  if (metrics && deps.config.metricsToken)
    await app.register(metricsRoutes(metrics, deps.config.metricsToken));
  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(accountsRoutes, { prefix: '/api' });
  await app.register(centersRoutes, { prefix: '/api' });
  await app.register(registryRoutes, { prefix: '/api' });
  await app.register(auditRoutes, { prefix: '/api' });
  await app.register(mailRoutes, { prefix: '/api' });
  await app.register(bookingsRoutes, { prefix: '/api' });
  await app.register(reportsRoutes, { prefix: '/api' });
  await app.register(programmeRoutes, { prefix: '/api' });
  await app.register(adviceRoutes, { prefix: '/api' });
  await app.register(volunteeringRoutes, { prefix: '/api' });
  await app.register(knowledgeRoutes, { prefix: '/api' });
  await app.register(incubationRoutes, { prefix: '/api' });
  await app.register(importsRoutes, { prefix: '/api' });
  await app.register(webhooksRoutes, { prefix: '/api' });
  return app;
}
