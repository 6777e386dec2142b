import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from './api-client.ts';
import { backend } from './helpers.ts';
import {
  cleanUpServers,
  freePort,
  ownDatabase,
  SERVER_TEST_TIMEOUT,
  startServer,
  waitFor,
} from './server-process.ts';

const ADMIN = { email: 'admin@bounded.example', password: 'bounded work admin password' };
afterAll(cleanUpServers);

/**
 * How long a health check may take while pathological requests run. Before the work per request
 * was bounded, one booking whose rule never matched held every other request for 32 s; a health
 * check on a busy two-core machine answers in milliseconds. The bound is far from both.
 */
const HEALTH_WHILE_BUSY_MS = 3_000;

// Rules that never give an occurrence (the 31st of February, the 30th of February in leap years
// only by name), with an UNTIL a thousand years ahead.
const NEVER = [
  'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31;UNTIL=29991231T000000Z',
  'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30;UNTIL=29991231T000000Z',
  'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31;UNTIL=29991231T000000Z',
];

describe('bounded work per request', () => {
  it(`answers pathological requests with 422 quickly while health checks go on (${backend})`, {
    timeout: SERVER_TEST_TIMEOUT,
  }, async () => {
    const database = await ownDatabase('civitas-bounded-', { migrated: true });
    const port = await freePort();
    const server = startServer({
      ...database,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PORT: String(port),
    });
    await waitFor(server, 'Civitas is running');
    const base = `http://127.0.0.1:${port}`;
    const api = await new ApiClient(base).signIn(ADMIN.email, ADMIN.password);
    const center = await api.request('POST', '/api/centers', { name: 'Centrum', address: 'ul. Testowa 1' });
    const room = await api.request('POST', '/api/rooms', {
      centerId: center.body.id,
      name: 'Sala',
      capacity: 10,
    });
    const beneficiary = await api.request('POST', '/api/beneficiaries', {
      kind: 'informal_group',
      name: 'Grupa',
    });
    expect([center.status, room.status, beneficiary.status]).toEqual([201, 201, 201]);

    const start = new Date(Date.now() + 30 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const pathological = [
      ...NEVER.map((rrule) =>
        api.request('POST', '/api/bookings', {
          roomId: room.body.id,
          beneficiaryId: beneficiary.body.id,
          title: 'Nigdy',
          expectedAttendees: 3,
          termsAccepted: true,
          start: start.toISOString(),
          end: new Date(start.getTime() + 3_600_000).toISOString(),
          recurrence: { rrule },
        }),
      ),
      ...NEVER.map((rrule) =>
        api.request('POST', '/api/activities', {
          centerId: center.body.id,
          kind: 'training',
          title: 'Nigdy',
          capacity: 10,
          start: start.toISOString(),
          end: new Date(start.getTime() + 3_600_000).toISOString(),
          recurrence: { rrule },
        }),
      ),
      // A report over a thousand years and an availability over a year are refused at once.
      api.request('GET', '/api/reports/summary?from=1900-01-01&to=2999-12-31'),
      api.request('GET', `/api/rooms/${room.body.id}/availability?from=2026-01-01&to=2026-12-31`),
    ];
    const healthTimes: number[] = [];
    let done = false;
    const all = Promise.all(pathological).finally(() => {
      done = true;
    });
    // Health checks one after another for as long as the pathological requests run (at least three).
    while (!done || healthTimes.length < 3) {
      const before = performance.now();
      const health = await fetch(`${base}/api/health`);
      healthTimes.push(performance.now() - before);
      expect(health.status).toBe(200);
    }
    const answers = await all;
    expect(
      answers.map((answer) => answer.status),
      JSON.stringify(answers.map((a) => a.body)),
    ).toEqual(pathological.map((_, index) => (index === pathological.length - 1 ? 400 : 422)));
    expect(
      Math.max(...healthTimes),
      `health checks took ${healthTimes.map(Math.round).join(', ')} ms`,
    ).toBeLessThan(HEALTH_WHILE_BUSY_MS);
  });
});
