import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { backend, call, setupApp, type TestContext } from './helpers.ts';

// A 500 is logged, and the log says what failed and where, but holds none of what the request
// carried: no e-mail, name, password or its hash, no cookie, no query string.
let ctx: TestContext;
const lines: string[] = [];

beforeAll(async () => {
  ctx = await setupApp({}, { logLines: lines });
  // The outbox gone: registering then fails inside the database with the new user's e-mail and
  // name among the statement's parameters (after the row with its password hash was written).
  await sql`drop table outbox cascade`.execute(ctx.db);
});

describe(`the log of an internal error (${backend})`, () => {
  it('names the error and its place, and carries no personal data or secret', async () => {
    const email = 'anna.nowak.logtest@example.org';
    const { status } = await call(ctx, {
      method: 'POST',
      url: '/api/auth/register?token=secret-in-the-query',
      headers: { cookie: 'civitas_session=cookie-value-secret' },
      payload: { email, name: 'Anna Nowak-Logtest', password: 'Wiśniowy sad 2026!' },
    });
    expect(status).toBe(500);
    const logged = lines.join('\n');
    const errors = lines.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50);
    expect(errors, logged).toHaveLength(1);
    expect(errors[0].msg).toBe('unhandled error');
    expect(errors[0].err.code).toBe('42P01');
    expect(errors[0].err.stack).toMatch(/at /);
    for (const secret of [
      email,
      'Anna',
      'Nowak',
      'Wiśniowy',
      'scrypt',
      'secret-in-the-query',
      'cookie-value-secret',
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});
