import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, isPolishHoliday, localDate, zonedInstant } from '../src/lib/time.ts';
import { ApiClient } from './api-client.ts';
import { backend, freshDatabaseUrl } from './helpers.ts';
import {
  cleanUpServers,
  exitCode,
  freePort,
  ownDatabase,
  SERVER_TEST_TIMEOUT,
  startServer,
  waitFor,
} from './server-process.ts';
import { startReceiver } from './webhook-receiver.ts';

const ADMIN = { email: 'admin@cluster.example', password: 'cluster test admin password' };
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  await cleanUpServers();
  for (const cleanup of cleanups) await cleanup();
});

/** Received messages by recipient and subject, to spot a message sent twice. */
async function startSmtp() {
  const received: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const id = /^Message-ID:\s*(.+)$/im.exec(raw)?.[1] ?? '';
        received.push(
          `${session.envelope.rcptTo.map((r) => r.address).join(',')} ${id} ${/^Subject:\s*(.+)$/im.exec(raw)?.[1]}`,
        );
        callback();
        for (const waiter of waiters.filter((each) => received.length >= each.count)) waiter.resolve();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  /** Resolves when `count` messages have arrived; fails after `timeoutMs` saying how many did. */
  const untilReceived = (count: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (received.length >= count) return resolve();
      const deadline = setTimeout(
        () => reject(new Error(`${received.length} of ${count} mails arrived within ${timeoutMs} ms`)),
        timeoutMs,
      );
      waiters.push({
        count,
        resolve: () => {
          clearTimeout(deadline);
          resolve();
        },
      });
    });
  return { received, untilReceived, port: (smtp.server.address() as AddressInfo).port };
}

describe(`several server processes on one ${backend} database`, () => {
  it(backend === 'postgres'
    ? 'serve as one system: one booking wins a race spread over both, sessions work on both, mail goes out once, each webhook attempt is made once'
    : 'are kept apart: a second process on the same embedded data directory refuses to start', {
    timeout: SERVER_TEST_TIMEOUT,
  }, async () => {
    if (backend === 'embedded') {
      // A copy of the run's migrated template: what is tested is the lock, not a first start.
      const dataDir = await ownDatabase('civitas-cluster-', { migrated: true });
      const first = startServer({ PORT: String(await freePort()), ...dataDir, DEMO_DATA: 'false' });
      await waitFor(first, 'Civitas is running');
      const second = startServer({ PORT: String(await freePort()), ...dataDir, DEMO_DATA: 'false' });
      expect(await exitCode(second)).toBe(1);
      expect(second.output()).toContain('in use by another Civitas process');
      first.child.kill('SIGTERM');
      expect(await exitCode(first)).toBe(0);
      return;
    }
    const database = await freshDatabaseUrl();
    cleanups.push(database.drop);
    const smtp = await startSmtp();
    const env = {
      DATABASE_URL: database.url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    };
    const ports = [await freePort(), await freePort()];
    const servers = ports.map((port) => startServer({ ...env, PORT: String(port) }));
    await Promise.all(servers.map((server) => waitFor(server, 'Civitas is running')));

    const a = await new ApiClient(`http://127.0.0.1:${ports[0]}`).signIn(ADMIN.email, ADMIN.password);
    const b = new ApiClient(`http://127.0.0.1:${ports[1]}`);
    b.cookie = a.cookie;
    expect((await b.request('GET', '/api/auth/me')).body.user.email).toBe(ADMIN.email);

    const center = await a.request('POST', '/api/centers', {
      name: 'Centrum',
      address: 'ul. Testowa 1',
      openingHours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['08:00', '22:00']]]),
      ),
    });
    const room = await b.request('POST', '/api/rooms', {
      centerId: center.body.id,
      name: 'Sala',
      capacity: 10,
    });
    const beneficiary = await a.request('POST', '/api/beneficiaries', {
      kind: 'informal_group',
      name: 'Grupa sąsiedzka',
      email: 'grupa@cluster.example',
    });
    expect([center.status, room.status, beneficiary.status]).toEqual([201, 201, 201]);

    let day = addDays(localDate(new Date(), 'Europe/Warsaw'), 30);
    while (isPolishHoliday(day)) day = addDays(day, 1);
    const at = (time: string) => zonedInstant(day, time, 'Europe/Warsaw').toISOString();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? b : a).request('POST', '/api/bookings', {
          roomId: room.body.id,
          beneficiaryId: beneficiary.body.id,
          title: `Wyścig ${i}`,
          start: at(i % 3 ? '10:00' : '10:30'),
          end: at('12:00'),
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);

    // A webhook endpoint that refuses the first attempt of every delivery: both processes run the
    // delivery job, and each attempt must be made by one of them only.
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    const hook = await a.request('POST', '/api/webhooks', {
      url: receiver.url('/cluster'),
      events: ['booking.created', 'booking.approved'],
    });
    expect(hook.status).toBe(201);
    receiver.expect('/cluster', hook.body.secret);
    const attemptsSeen = new Map<string, number>();
    receiver.answer('/cluster', (entry) => {
      const count = (attemptsSeen.get(entry.id) ?? 0) + 1;
      attemptsSeen.set(entry.id, count);
      return count === 1 ? 500 : 200;
    });

    // Ten more bookings, five through each process: each approval mail must arrive exactly once.
    for (let i = 0; i < 10; i++) {
      const hour = String(13 + Math.floor(i / 2)).padStart(2, '0');
      const minutes = i % 2 ? '30' : '00';
      const created = await (i % 2 ? b : a).request('POST', '/api/bookings', {
        roomId: room.body.id,
        beneficiaryId: beneficiary.body.id,
        title: `Spotkanie ${i}`,
        start: at(`${hour}:${minutes}`),
        end: new Date(Date.parse(at(`${hour}:${minutes}`)) + 30 * 60_000).toISOString(),
      });
      expect(created.status).toBe(201);
    }
    await smtp.untilReceived(11, 60_000);
    // 10 bookings, created and approved: 20 deliveries, each refused once, then taken.
    const deadline = Date.now() + 180_000;
    while (receiver.of('/cluster').filter((entry) => entry.answered === 200).length < 20) {
      if (Date.now() > deadline) {
        throw new Error(`${receiver.of('/cluster').length} webhook requests arrived within 180 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Both processes stop cleanly (each sender finishes what it is sending), so a mail sent
    // twice would have arrived by now.
    for (const server of servers) server.child.kill('SIGTERM');
    expect(await Promise.all(servers.map((server) => exitCode(server)))).toEqual([0, 0]);
    expect(smtp.received).toHaveLength(11);
    expect(new Set(smtp.received).size).toBe(11);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const sent = await client.query("select count(*)::int as n from outbox where status = 'sent'");
    const deliveries = await client.query(
      'select d.id, d.status, d.attempts, (select count(*)::int from webhook_attempts a where a.delivery_id = d.id) as logged from webhook_deliveries d',
    );
    await client.end();
    expect(sent.rows[0].n).toBe(11);
    expect(receiver.of('/cluster').every((entry) => entry.verified)).toBe(true);
    expect(deliveries.rows).toHaveLength(20);
    for (const delivery of deliveries.rows) {
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, logged: 2 });
      expect(attemptsSeen.get(delivery.id)).toBe(2);
    }
  });
});
