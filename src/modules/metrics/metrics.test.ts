import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import {
  at,
  createBeneficiary,
  createCenter,
  createRoom,
  everyDay,
  futureDate,
} from '../../../test/factories.ts';
import { call, makeUser, setupApp } from '../../../test/helpers.ts';
import { startReceiver } from '../../../test/webhook-receiver.ts';
import { buildApp } from '../../app.ts';
import { isPolishHoliday } from '../../lib/time.ts';
import { deliverDueWebhooks } from '../webhooks/index.ts';

const TOKEN = 'metrics-token-for-the-tests-0123456789';

type Family = {
  name: string;
  type: string;
  metrics: {
    labels?: Record<string, string>;
    value?: string;
    count?: string;
    buckets?: Record<string, string>;
  }[];
};

/** Scrapes GET /metrics and reads it with an independent parser of the Prometheus text format. */
async function scrape(ctx: Awaited<ReturnType<typeof setupApp>>) {
  const { status, response } = await call(ctx, {
    method: 'GET',
    url: '/metrics',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  const families = parsePrometheusTextFormat(response.body) as Family[];
  const family = (name: string) => {
    const found = families.find((each) => each.name === name);
    if (!found) throw new Error(`no ${name} in ${families.map((each) => each.name).join(', ')}`);
    return found;
  };
  /** The value of the series with these labels (0 when there is none yet). */
  const value = (name: string, labels: Record<string, string> = {}) => {
    const series = family(name).metrics.find((metric) =>
      Object.entries(labels).every(([key, wanted]) => metric.labels?.[key] === wanted),
    );
    return Number(series?.value ?? series?.count ?? 0);
  };
  return { families, family, value, text: response.body as string };
}

describe('GET /metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    const ctx = await setupApp();
    const { status, body } = await call(ctx, { method: 'GET', url: '/metrics' });
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('answers only to the metrics token, never to a session or an API token', async () => {
    const ctx = await setupApp({ metricsToken: TOKEN });
    const admin = await makeUser(ctx, ['admin']);
    for (const headers of [
      {},
      { authorization: 'Bearer wrong-token-of-the-same-kind-000000' },
      admin.headers,
    ]) {
      const { status, body } = await call(ctx, { method: 'GET', url: '/metrics', headers });
      expect(status).toBe(401);
      expect(body.error.code).toBe('unauthorized');
    }
  });

  it('counts requests by route template and status, bookings created, the pool and the outbox backlog', async () => {
    const ctx = await setupApp({ metricsToken: TOKEN });
    const admin = await makeUser(ctx, ['admin']);
    const center = await createCenter(ctx, admin, { openingHours: everyDay([['08:00', '22:00']]) });
    const room = await createRoom(ctx, admin, center.id);
    const beneficiary = await createBeneficiary(ctx, {
      name: 'Fundacja Metryczna',
      email: 'biuro@metryki.example',
    });
    const day = futureDate(12, isPolishHoliday);
    const before = await scrape(ctx);
    for (const id of [room.id, '00000000-0000-4000-8000-000000000000']) {
      await call(ctx, { method: 'GET', url: `/api/rooms/${id}`, as: admin });
    }
    const booked = await call(ctx, {
      method: 'POST',
      url: '/api/bookings',
      as: admin,
      payload: {
        roomId: room.id,
        beneficiaryId: beneficiary.id,
        title: 'Spotkanie',
        purpose: 'Zebranie członków',
        start: at(day, '10:00'),
        end: at(day, '12:00'),
        expectedAttendees: 10,
      },
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);

    const after = await scrape(ctx);
    const requests = (labels: Record<string, string>) =>
      after.value('civitas_http_requests_total', labels) -
      before.value('civitas_http_requests_total', labels);
    // The template, not the address: both rooms fall under one series per status.
    expect(requests({ method: 'GET', route: '/api/rooms/:id', status: '200' })).toBe(1);
    expect(requests({ method: 'GET', route: '/api/rooms/:id', status: '404' })).toBe(1);
    expect(requests({ method: 'POST', route: '/api/bookings', status: '201' })).toBe(1);
    expect(
      after.families.some((family) => family.metrics.some((m) => m.labels?.route?.includes(room.id))),
    ).toBe(false);
    const latency = after.family('civitas_http_request_duration_seconds');
    expect(latency.type).toBe('HISTOGRAM');
    // The parser folds a histogram's labelled series into one; its _count lines alone read as plain samples.
    const countLines = after.text
      .split('\n')
      .filter((line) => line.startsWith('civitas_http_request_duration_seconds_count{'))
      .join('\n');
    const counts = parsePrometheusTextFormat(countLines) as Family[];
    const roomLatency = counts[0]?.metrics.find(
      (m) => m.labels?.route === '/api/rooms/:id' && m.labels.method === 'GET',
    );
    expect(Number(roomLatency?.value)).toBe(2);
    expect(after.value('civitas_created_total', { kind: 'bookings' })).toBe(1);

    expect(after.value('civitas_db_pool_size')).toBeGreaterThanOrEqual(1);
    expect(after.value('civitas_db_pool_waiting')).toBe(0);
    const pending = await ctx.db
      .selectFrom('outbox')
      .where('status', '=', 'pending')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(pending.n)).toBeGreaterThan(0);
    expect(after.value('civitas_outbox_pending')).toBe(Number(pending.n));
    expect(after.value('civitas_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(0);
    expect(after.family('civitas_process_resident_memory_bytes').type).toBe('GAUGE');
  });

  it('shows the webhook backlog: deliveries waiting for enabled endpoints and the age of the oldest', async () => {
    const ctx = await setupApp({ metricsToken: TOKEN });
    const admin = await makeUser(ctx, ['admin']);
    const receiver = await startReceiver();
    try {
      const hook = async (path: string) => {
        const created = await call(ctx, {
          method: 'POST',
          url: '/api/webhooks',
          as: admin,
          payload: { url: receiver.url(path), events: ['beneficiary.erased'] },
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        receiver.expect(path, created.body.secret);
        return created.body.id as string;
      };
      const erase = async () => {
        const { id } = await createBeneficiary(ctx, { name: 'Jan Kowalski', email: 'jan@metryki.example' });
        expect(
          (await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${id}`, as: admin })).status,
        ).toBe(200);
      };
      const backlog = async () => {
        const { value } = await scrape(ctx);
        return [value('civitas_webhook_deliveries_pending'), value('civitas_webhook_oldest_pending_seconds')];
      };
      expect(await backlog()).toEqual([0, 0]);

      const up = await hook('/up');
      const paused = await hook('/paused');
      await erase();
      await erase();
      // A disabled endpoint's queue waits for an admin, so it is not in the backlog.
      await call(ctx, {
        method: 'PATCH',
        url: `/api/webhooks/${paused}`,
        as: admin,
        payload: { active: false },
      });
      // The first delivery to the enabled endpoint was made two minutes ago, the disabled one's an
      // hour ago (the database's clock decides the age).
      const age = (endpointId: string, ms: number) =>
        ctx.db
          .updateTable('webhook_deliveries')
          .set({ created_at: new Date(Date.now() - ms) })
          .where('endpoint_id', '=', endpointId)
          .where('seq', '=', (eb) =>
            eb
              .selectFrom('webhook_deliveries')
              .select((inner) => inner.fn.min('seq').as('seq'))
              .where('endpoint_id', '=', endpointId),
          )
          .execute();
      await age(up, 120_000);
      await age(paused, 3_600_000);
      const [pending, oldest] = await backlog();
      expect(pending).toBe(2);
      expect(oldest).toBeGreaterThanOrEqual(119);
      expect(oldest).toBeLessThan(600);

      // The receiver refuses: waiting for a retry is still the backlog.
      receiver.answer('/up', () => 503);
      expect(await deliverDueWebhooks(ctx.db)).toEqual({ delivered: 0, failed: 2 });
      expect((await backlog())[0]).toBe(2);
      // Taken: nothing waits.
      receiver.answer('/up', () => 200);
      await ctx.db.updateTable('webhook_deliveries').set({ next_attempt_at: new Date() }).execute();
      expect(await deliverDueWebhooks(ctx.db)).toEqual({ delivered: 2, failed: 0 });
      expect(await backlog()).toEqual([0, 0]);
    } finally {
      await receiver.close();
    }
  });

  it('keeps each server its own figures on one database', async () => {
    const first = await setupApp({ metricsToken: TOKEN });
    // A second server on the same database, as a second instance behind a load balancer.
    const app = await buildApp({
      db: first.db,
      databaseKind: first.database.kind,
      config: {
        publicUrl: 'http://localhost:3000',
        trustProxy: false,
        logLevel: 'silent',
        metricsToken: TOKEN,
      },
      poolStats: first.database.poolStats,
      logger: false,
    });
    await app.ready();
    const second = { ...first, app };
    try {
      for (let i = 0; i < 3; i++) await call(first, { method: 'GET', url: '/api/health' });
      const route = { method: 'GET', route: '/api/health', status: '200' };
      const [a, b] = [await scrape(first), await scrape(second)];
      expect(a.value('civitas_http_requests_total', route)).toBe(3);
      expect(b.value('civitas_http_requests_total', route)).toBe(0);
      // What is read from the shared database is the same on both.
      expect(b.value('civitas_outbox_pending')).toBe(a.value('civitas_outbox_pending'));
    } finally {
      await app.close();
    }
  });

  it('has every metric the Grafana dashboard in docs/ queries', async () => {
    const ctx = await setupApp({ metricsToken: TOKEN });
    await call(ctx, { method: 'GET', url: '/api/health' });
    const { families } = await scrape(ctx);
    const names = new Set(families.map((family) => family.name));
    const dashboard = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../docs/grafana/civitas.json'), 'utf8'),
    ) as { panels: { title: string; targets: { expr: string }[] }[] };
    const queried = dashboard.panels.flatMap((panel) =>
      panel.targets.flatMap((target) => [...target.expr.matchAll(/\bcivitas_[a-z0-9_]+/g)].map((m) => m[0])),
    );
    expect(queried.length).toBeGreaterThan(10);
    const histogramPart = /_(bucket|count|sum)$/;
    const missing = queried.filter(
      (name) => !names.has(name) && !(histogramPart.test(name) && names.has(name.replace(histogramPart, ''))),
    );
    expect(missing).toEqual([]);
  });
});
