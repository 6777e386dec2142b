import { afterAll, describe, expect, it } from 'vitest';
import { addDays, localDate, zonedInstant } from '../src/lib/time.ts';
import { ApiClient } from './api-client.ts';
import { backend } from './helpers.ts';
import {
  cleanUpServers,
  exitCode,
  freePort,
  lastLines,
  ownDatabase,
  SERVER_TEST_TIMEOUT,
  startServer,
  waitFor,
} from './server-process.ts';

const ADMIN = { email: 'admin@crash.example', password: 'crash test admin password' };
afterAll(cleanUpServers);

const BOOKING_DEADLINE_MS = 60_000;

/** The errors of a request to a server that was just killed: refused, reset, or closed mid-answer. */
function isConnectionLost(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code ?? '');
}

describe('crash safety', () => {
  it(`keeps every acknowledged booking when the server is killed with SIGKILL (${backend})`, {
    timeout: SERVER_TEST_TIMEOUT,
  }, async () => {
    const database = await ownDatabase('civitas-crash-', { migrated: true });
    const env = {
      ...database,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    const port = await freePort();
    const server = startServer({ ...env, PORT: String(port) });
    await waitFor(server, 'Civitas is running');
    const api = await new ApiClient(`http://127.0.0.1:${port}`).signIn(ADMIN.email, ADMIN.password);
    const center = await api.request('POST', '/api/centers', {
      name: 'Centrum',
      address: 'ul. Testowa 1',
      openingHours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
      ),
    });
    const room = await api.request('POST', '/api/rooms', {
      centerId: center.body.id,
      name: 'Sala',
      capacity: 10,
    });
    const beneficiary = await api.request('POST', '/api/beneficiaries', {
      kind: 'informal_group',
      name: 'Grupa testowa',
    });
    expect([center.status, room.status, beneficiary.status]).toEqual([201, 201, 201]);

    // Eight clients book distinct half-hour slots as fast as they can; the server is killed
    // mid-stream, once 60 bookings are acknowledged (or the test fails after BOOKING_DEADLINE_MS).
    const acknowledged: string[] = [];
    let slot = 0;
    let killed = false;
    let reached: () => void = () => {};
    const sixty = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const stopAt = Date.now() + BOOKING_DEADLINE_MS;
    const firstDay = addDays(localDate(new Date(), 'Europe/Warsaw'), 400);
    const client = async () => {
      while (!killed) {
        if (Date.now() > stopAt) {
          throw new Error(
            `only ${acknowledged.length} bookings acknowledged in ${BOOKING_DEADLINE_MS} ms; the server wrote:\n${lastLines(server)}`,
          );
        }
        const n = slot++;
        const date = addDays(firstDay, Math.floor(n / 40));
        const start = zonedInstant(date, '00:00', 'Europe/Warsaw').getTime() + (n % 40) * 30 * 60_000;
        try {
          const { status, body } = await api.request('POST', '/api/bookings', {
            roomId: room.body.id,
            beneficiaryId: beneficiary.body.id,
            title: `Spotkanie ${n}`,
            override: true,
            start: new Date(start).toISOString(),
            end: new Date(start + 30 * 60_000).toISOString(),
          });
          if (status === 201) acknowledged.push(body.id);
          else throw new Error(`booking ${n} answered ${status}: ${JSON.stringify(body)}`);
          if (acknowledged.length >= 60) reached();
        } catch (error) {
          // Only the connection dying with the killed server is expected; anything else fails.
          if (killed && isConnectionLost(error)) return;
          throw error;
        }
      }
    };
    const clients = Promise.all(Array.from({ length: 8 }, client));
    // A client that fails before the kill fails the test at once, with its error.
    await Promise.race([sixty, clients]);
    server.child.kill('SIGKILL');
    killed = true;
    await clients;
    expect(await exitCode(server)).toBeNull();

    const restartPort = await freePort();
    const restarted = startServer({ ...env, PORT: String(restartPort) });
    await waitFor(restarted, 'Civitas is running');
    const after = await new ApiClient(`http://127.0.0.1:${restartPort}`).signIn(ADMIN.email, ADMIN.password);
    const missing: string[] = [];
    for (const id of acknowledged) {
      if ((await after.request('GET', `/api/bookings/${id}`)).status !== 200) missing.push(id);
    }
    expect(missing).toEqual([]);
    restarted.child.kill('SIGTERM');
    expect(await exitCode(restarted)).toBe(0);
  });
});
