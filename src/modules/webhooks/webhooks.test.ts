import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary, UNKNOWN_ID } from '../../../test/factories.ts';
import { backend, call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { type Receiver, startReceiver } from '../../../test/webhook-receiver.ts';
import { deliverDueWebhooks, pruneDeliveries } from './index.ts';

let ctx: TestContext;
let admin: TestUser;
let receiver: Receiver;

beforeAll(async () => {
  ctx = await setupApp();
  receiver = await startReceiver();
  admin = await makeUser(ctx, ['admin']);
});
afterAll(async () => {
  await receiver?.close();
});

const create = (payload: Record<string, unknown>) =>
  call(ctx, { method: 'POST', url: '/api/webhooks', as: admin, payload });

const erase = async () => {
  const { id } = await createBeneficiary(ctx, { name: 'Anna Nowak', email: 'anna@example.org' });
  const erased = await call(ctx, { method: 'DELETE', url: `/api/beneficiaries/${id}`, as: admin });
  expect(erased.status).toBe(200);
  return id;
};

describe(`webhook endpoints (${backend})`, () => {
  it('registers an endpoint and shows its secret once', async () => {
    const created = await create({
      url: receiver.url('/a'),
      events: ['booking.created', 'beneficiary.erased', 'booking.created'],
      description: 'Miejski system rezerwacji',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      url: receiver.url('/a'),
      events: ['booking.created', 'beneficiary.erased'],
      active: true,
      disabledReason: null,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]+=*$/),
    });
    // The secret is a 32-byte key the reference implementation accepts.
    expect(() => new Webhook(created.body.secret)).not.toThrow();
    const read = await call(ctx, { method: 'GET', url: `/api/webhooks/${created.body.id}`, as: admin });
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect(JSON.stringify(read.body)).not.toContain(created.body.secret);
    const list = await call(ctx, { method: 'GET', url: '/api/webhooks', as: admin });
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
  });

  it.each([
    ['ftp://example.org/hook', 'url'],
    ['http://user:password@example.org/hook', 'url'],
    ['https://example.org/hook#part', 'url'],
    ['not a url', 'url'],
  ])('refuses the address %s', async (url, path) => {
    const refused = await create({ url, events: ['booking.created'] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it('refuses unknown events, no events and a malformed secret', async () => {
    for (const payload of [
      { url: receiver.url('/x'), events: ['booking.exploded'] },
      { url: receiver.url('/x'), events: [] },
      { url: receiver.url('/x'), events: ['booking.created'], secret: 'plain-secret' },
      {
        url: receiver.url('/x'),
        events: ['booking.created'],
        secret: `whsec_${Buffer.from('short').toString('base64')}`,
      },
    ]) {
      const refused = await create(payload);
      expect(refused.status, JSON.stringify(payload)).toBe(422);
    }
  });

  it("signs with the admin's own secret; a rotated secret signs next to the old one for a day", async () => {
    const own = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const created = await create({ url: receiver.url('/own'), events: ['beneficiary.erased'], secret: own });
    expect(created.status).toBe(201);
    expect(created.body.secret).toBe(own);
    receiver.expect('/own', own);
    await erase();
    await deliverDueWebhooks(ctx.db);
    expect(receiver.of('/own').map((entry) => entry.verified)).toEqual([true]);

    const rotated = await call(ctx, {
      method: 'POST',
      url: `/api/webhooks/${created.body.id}/rotate-secret`,
      as: admin,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(own);
    await erase();
    await deliverDueWebhooks(ctx.db);
    const last = receiver.of('/own').at(-1);
    expect(last?.signature.split(' ')).toHaveLength(2);
    const headers = {
      'webhook-id': last?.id ?? '',
      'webhook-timestamp': last?.timestamp ?? '',
      'webhook-signature': last?.signature ?? '',
    };
    // Receivers holding either secret accept it.
    expect(() => new Webhook(own).verify(last?.body ?? '', headers)).not.toThrow();
    expect(() => new Webhook(rotated.body.secret).verify(last?.body ?? '', headers)).not.toThrow();
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 9).toString('base64')}`).verify(last?.body ?? '', headers),
    ).toThrow();
  });

  it('queues nothing for a disabled endpoint, and resumes its queue in order when enabled again', async () => {
    const created = await create({ url: receiver.url('/paused'), events: ['beneficiary.erased'] });
    receiver.expect('/paused', created.body.secret);
    const id = created.body.id;
    const queued = await erase();
    const disabled = await call(ctx, {
      method: 'PATCH',
      url: `/api/webhooks/${id}`,
      as: admin,
      payload: { active: false },
    });
    expect(disabled.body).toMatchObject({
      active: false,
      disabledReason: 'admin',
      disabledAt: expect.any(String),
    });
    await erase();
    await deliverDueWebhooks(ctx.db);
    expect(receiver.of('/paused')).toEqual([]);

    const enabled = await call(ctx, {
      method: 'PATCH',
      url: `/api/webhooks/${id}`,
      as: admin,
      payload: { active: true },
    });
    expect(enabled.body).toMatchObject({ active: true, disabledReason: null, disabledAt: null });
    await deliverDueWebhooks(ctx.db);
    expect(receiver.of('/paused').map((entry) => entry.payload.data.beneficiaryId)).toEqual([queued]);
  });

  it('changes the address and the events', async () => {
    const created = await create({ url: receiver.url('/old'), events: ['booking.created'] });
    const changed = await call(ctx, {
      method: 'PATCH',
      url: `/api/webhooks/${created.body.id}`,
      as: admin,
      payload: { url: receiver.url('/new'), events: ['beneficiary.erased'], description: null },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ url: receiver.url('/new'), events: ['beneficiary.erased'] });
    receiver.expect('/new', created.body.secret);
    await erase();
    await deliverDueWebhooks(ctx.db);
    expect(receiver.of('/new')).toHaveLength(1);
    expect(receiver.of('/old')).toHaveLength(0);
    const refused = await call(ctx, {
      method: 'PATCH',
      url: `/api/webhooks/${created.body.id}`,
      as: admin,
      payload: { url: 'https://admin:secret@example.org/' },
    });
    expect(refused.status).toBe(422);
  });

  it('sends a test event on request, and lists deliveries page by page', async () => {
    const created = await create({ url: receiver.url('/ping'), events: ['registration.created'] });
    receiver.expect('/ping', created.body.secret);
    const id = created.body.id;
    for (let index = 0; index < 3; index++) {
      const ping = await call(ctx, {
        method: 'POST',
        url: `/api/webhooks/${id}/test`,
        as: admin,
        headers: { 'x-request-id': `ping-request-${index}` },
      });
      expect(ping.status).toBe(201);
      expect(ping.body).toMatchObject({
        requestId: `ping-request-${index}`,
        eventType: 'webhook.ping',
        status: 'pending',
        attempts: 0,
        attemptLog: [],
        payload: { type: 'webhook.ping', data: { webhookId: id } },
      });
    }
    await deliverDueWebhooks(ctx.db);
    expect(receiver.of('/ping').map((entry) => entry.payload.type)).toEqual([
      'webhook.ping',
      'webhook.ping',
      'webhook.ping',
    ]);
    const first = await call(ctx, {
      method: 'GET',
      url: `/api/webhooks/${id}/deliveries?limit=2`,
      as: admin,
    });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(ctx, {
      method: 'GET',
      url: `/api/webhooks/${id}/deliveries?limit=2&cursor=${first.body.nextCursor}`,
      as: admin,
    });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(3);
    const delivered = await call(ctx, {
      method: 'GET',
      url: `/api/webhooks/${id}/deliveries?status=delivered`,
      as: admin,
    });
    expect(delivered.body.items).toHaveLength(3);
    const bad = await call(ctx, {
      method: 'GET',
      url: `/api/webhooks/${id}/deliveries?cursor=zzz`,
      as: admin,
    });
    expect(bad.status).toBe(400);
  });

  it('removes an endpoint with its deliveries; unknown ids are 404', async () => {
    const created = await create({ url: receiver.url('/gone'), events: ['booking.created'] });
    const id = created.body.id;
    expect((await call(ctx, { method: 'DELETE', url: `/api/webhooks/${id}`, as: admin })).status).toBe(204);
    for (const url of [`/api/webhooks/${id}`, `/api/webhooks/${UNKNOWN_ID}`, '/api/webhooks/not-an-id']) {
      expect((await call(ctx, { method: 'GET', url, as: admin })).status).toBe(404);
    }
    expect(
      (await call(ctx, { method: 'GET', url: `/api/webhooks/${id}/deliveries`, as: admin })).status,
    ).toBe(404);
  });

  it('forgets finished deliveries after 30 days and keeps those still waiting', async () => {
    const created = await create({ url: receiver.url('/kept'), events: ['booking.created'] });
    receiver.expect('/kept', created.body.secret);
    const id = created.body.id;
    const ping = () => call(ctx, { method: 'POST', url: `/api/webhooks/${id}/test`, as: admin });
    const sent = (await ping()).body.id;
    await deliverDueWebhooks(ctx.db);
    await call(ctx, { method: 'PATCH', url: `/api/webhooks/${id}`, as: admin, payload: { active: false } });
    const waiting = (await ping()).body.id;
    const listed = async () =>
      (await call(ctx, { method: 'GET', url: `/api/webhooks/${id}/deliveries`, as: admin })).body.items.map(
        (item: { id: string; status: string }) => [item.id, item.status],
      );
    expect(await listed()).toEqual([
      [waiting, 'pending'],
      [sent, 'delivered'],
    ]);
    await pruneDeliveries(ctx.db, new Date(Date.now() + 29 * 24 * 3600_000));
    expect(await listed()).toHaveLength(2);
    await pruneDeliveries(ctx.db, new Date(Date.now() + 31 * 24 * 3600_000));
    expect(await listed()).toEqual([[waiting, 'pending']]);
  });

  it('is audited', async () => {
    const created = await create({ url: receiver.url('/audited'), events: ['booking.created'] });
    await call(ctx, { method: 'POST', url: `/api/webhooks/${created.body.id}/rotate-secret`, as: admin });
    const audit = await call(ctx, { method: 'GET', url: '/api/audit?limit=200', as: admin });
    const actions = audit.body.items
      .filter((entry: { entityId: string }) => entry.entityId === created.body.id)
      .map((entry: { action: string }) => entry.action);
    expect(actions.sort()).toEqual(['create', 'rotate_secret']);
  });
});
