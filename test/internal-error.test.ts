import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { backend, call, setupApp, type TestContext } from './helpers.ts';

// An error nobody planned for (here: a table gone from under the app, in this file's own database)
// is answered with a plain 500 that tells the caller nothing about the code or the database.
let ctx: TestContext;

beforeAll(async () => {
  ctx = await setupApp();
  await sql`drop table centers cascade`.execute(ctx.db);
});

describe(`an internal error (${backend})`, () => {
  it('is a 500 with a generic message: no stack, SQL, table name or parameter value', async () => {
    const id = randomUUID();
    const { status, body, response } = await call(ctx, { method: 'GET', url: `/api/centers/${id}` });
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    const text = response.body;
    expect(text).not.toContain(id);
    expect(text).not.toMatch(/centers/i);
    expect(text).not.toMatch(/\bselect\b|\bfrom\b|relation|does not exist|\$1/i);
    expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|node_modules|stack/i);
  });

  it('in Polish too', async () => {
    const { status, body } = await call(ctx, {
      method: 'GET',
      url: `/api/centers/${randomUUID()}`,
      headers: { 'accept-language': 'pl' },
    });
    expect(status).toBe(500);
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).not.toMatch(/centers|select|relation/i);
  });
});
