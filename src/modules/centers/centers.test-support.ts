import { expect } from 'vitest';
import { call, type TestContext, type TestUser } from '../../../test/helpers.ts';

// Shared by the centers module's tests: centres and rooms created through the API by an admin.

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
export const EVERY_DAY = (hours: [string, string][]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
  sat: hours,
  sun: hours,
});

export function centersKit(ctx: TestContext, admin: TestUser) {
  async function createCenter(payload: Record<string, unknown> = {}) {
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: '/api/centers',
      as: admin,
      payload: { name: 'Centrum Obywatelskie', address: 'ul. Reymonta 20, Kraków', ...payload },
    });
    expect(status).toBe(201);
    return body as { id: string; [key: string]: unknown };
  }

  async function createRoom(centerId: string, payload: Record<string, unknown> = {}) {
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: '/api/rooms',
      as: admin,
      payload: { centerId, name: 'Sala warsztatowa', capacity: 20, ...payload },
    });
    expect(status).toBe(201);
    return body as { id: string; [key: string]: unknown };
  }

  return { createCenter, createRoom };
}

export type CentersKit = ReturnType<typeof centersKit>;

export const paths = (body: { error: { details: { path: string }[] } }) =>
  body.error.details.map((detail) => detail.path).sort();
