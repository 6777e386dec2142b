import { adminOnly, defineTable } from './runner.ts';
import { created, type World } from './world.ts';

const URL = 'https://hooks.example.org/civitas';

/** An endpoint registered by the admin (never called: the tests here run no delivery job). */
const endpoint = async (world: World) =>
  (await created(world, world.users.admin, '/api/webhooks', { url: URL, events: ['booking.created'] }))
    .id as string;

/** Webhooks: the admin alone registers, reads, changes and removes endpoints and reads their deliveries. */
export const webhooksTable = defineTable({
  title: 'webhooks',
  setup: async (world) => ({ webhookId: await endpoint(world) }),
  rows: (w) => [
    {
      route: 'POST /api/webhooks',
      prepare: () => ({ url: '/api/webhooks', payload: { url: URL, events: ['booking.approved'] } }),
      expect: adminOnly(201),
    },
    { route: 'GET /api/webhooks', prepare: () => ({ url: '/api/webhooks' }), expect: adminOnly(200) },
    {
      route: 'GET /api/webhooks/:id',
      prepare: () => ({ url: `/api/webhooks/${w().webhookId}` }),
      expect: adminOnly(200),
    },
    {
      route: 'PATCH /api/webhooks/:id',
      prepare: () => ({ url: `/api/webhooks/${w().webhookId}`, payload: { description: 'Miejski system' } }),
      expect: adminOnly(200),
    },
    {
      route: 'DELETE /api/webhooks/:id',
      // A fresh endpoint for each role, so the admin's removal does not change the other rows.
      prepare: async () => ({ url: `/api/webhooks/${await endpoint(w())}` }),
      expect: adminOnly(204),
    },
    {
      route: 'POST /api/webhooks/:id/rotate-secret',
      prepare: () => ({ url: `/api/webhooks/${w().webhookId}/rotate-secret` }),
      expect: adminOnly(200),
    },
    {
      route: 'POST /api/webhooks/:id/test',
      prepare: () => ({ url: `/api/webhooks/${w().webhookId}/test` }),
      expect: adminOnly(201),
    },
    {
      route: 'GET /api/webhooks/:id/deliveries',
      prepare: () => ({ url: `/api/webhooks/${w().webhookId}/deliveries` }),
      expect: adminOnly(200),
    },
  ],
});
