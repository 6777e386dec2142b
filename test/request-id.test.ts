import { beforeAll, describe, expect, it } from 'vitest';
import { backend, call, setupApp, type TestContext } from './helpers.ts';

// Every request has an id: the caller's X-Request-Id when it is well-formed, otherwise a new one.
// It comes back in the X-Request-Id header, is in the request's log lines (reqId) and on the
// outbox rows the request wrote, so a message sent later can be followed back to its request.
let ctx: TestContext;
const lines: string[] = [];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeAll(async () => {
  ctx = await setupApp({ logLevel: 'debug' }, { logLines: lines });
});

const register = (requestId: string, email: string) =>
  call(ctx, {
    method: 'POST',
    url: '/api/auth/register',
    headers: { 'x-request-id': requestId },
    payload: { email, name: 'Ewa Śledząca', password: 'Wiśniowy sad 2026!' },
  });

const mailRequestIds = async (to: string) =>
  (await ctx.db.selectFrom('outbox').where('to_address', '=', to).select('request_id').execute()).map(
    (row) => row.request_id,
  );

describe(`the request id (${backend})`, () => {
  it("answers with the caller's well-formed X-Request-Id, and a new UUID for none or a malformed one", async () => {
    const given = await call(ctx, {
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'proxy-7f3a9c21:01' },
    });
    expect(given.response.headers['x-request-id']).toBe('proxy-7f3a9c21:01');

    const none = await call(ctx, { method: 'GET', url: '/api/health' });
    expect(none.response.headers['x-request-id']).toMatch(UUID);
    const another = await call(ctx, { method: 'GET', url: '/api/health' });
    expect(another.response.headers['x-request-id']).not.toBe(none.response.headers['x-request-id']);

    for (const bad of ['short', 'a b c d e f g h', '<script>alert(1)</script>', 'x'.repeat(129)]) {
      const { response } = await call(ctx, {
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': bad },
      });
      expect(response.headers['x-request-id'], bad).toMatch(UUID);
    }
  });

  it('is on an error answer too, and in the log lines of the request', async () => {
    const { status, response } = await call(ctx, {
      method: 'GET',
      url: '/api/no-such-endpoint',
      headers: { 'x-request-id': 'trace-404-request' },
    });
    expect(status).toBe(404);
    expect(response.headers['x-request-id']).toBe('trace-404-request');
    const entries = lines
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.reqId === 'trace-404-request');
    expect(entries.length, lines.slice(-5).join('\n')).toBeGreaterThanOrEqual(2);
    expect(entries.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining(['incoming request', 'request completed']),
    );
  });

  it('is kept on the mail a request writes, each parallel request its own', async () => {
    const people = Array.from({ length: 6 }, (_, i) => ({
      requestId: `signup-request-${i}-${Math.random().toString(36).slice(2, 8)}`,
      email: `ewa.sledzaca.${i}@example.org`,
    }));
    const answers = await Promise.all(people.map((person) => register(person.requestId, person.email)));
    for (const [i, answer] of answers.entries()) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.response.headers['x-request-id']).toBe(people[i]?.requestId);
    }
    for (const person of people) {
      const ids = await mailRequestIds(person.email);
      expect(ids.length, person.email).toBeGreaterThanOrEqual(1);
      expect(new Set(ids)).toEqual(new Set([person.requestId]));
    }
  });
});
