import { anyStaff, defineTable, everyone, publicRead } from './runner.ts';

/**
 * The audit log, the outbox, health, and the API documentation. The documentation's pages and
 * assets (Swagger UI) and the OpenAPI document are the same for everyone, the anonymous included:
 * the web app's client is generated from them.
 */
export const miscTable = defineTable({
  title: 'audit, mail, health and documentation',
  setup: async () => ({}),
  rows: () => [
    {
      route: 'GET /api/audit',
      prepare: () => ({ url: '/api/audit' }),
      // Every staff member reads it, a coordinator only its centres' entries and its own (audit.test.ts).
      expect: anyStaff(200),
    },
    // Every staff member; a coordinator only its centres' mail (outbox.test.ts).
    { route: 'GET /api/outbox', prepare: () => ({ url: '/api/outbox' }), expect: anyStaff(200) },
    { route: 'GET /api/health', prepare: () => ({ url: '/api/health' }), expect: publicRead },
    { route: 'GET /api/openapi.json', prepare: () => ({ url: '/api/openapi.json' }), expect: publicRead },
    { route: 'GET /api/docs', prepare: () => ({ url: '/api/docs' }), expect: publicRead },
    { route: 'GET /api/docs/json', prepare: () => ({ url: '/api/docs/json' }), expect: publicRead },
    { route: 'GET /api/docs/yaml', prepare: () => ({ url: '/api/docs/yaml' }), expect: publicRead },
    {
      route: 'GET /api/docs/static/index.html',
      prepare: () => ({ url: '/api/docs/static/index.html' }),
      // Swagger UI sends its own index page to /api/docs.
      expect: everyone(302),
    },
    {
      route: 'GET /api/docs/static/swagger-initializer.js',
      prepare: () => ({ url: '/api/docs/static/swagger-initializer.js' }),
      expect: publicRead,
    },
    {
      route: 'GET /api/docs/static/*',
      prepare: () => ({ url: '/api/docs/static/swagger-ui.css' }),
      expect: publicRead,
    },
  ],
});
