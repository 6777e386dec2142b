import { beforeAll } from 'vitest';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import type { BeneficiaryKind } from '../../db/enums.ts';
import { nipCheckDigit } from '../../lib/polish-ids.ts';

/** Shared setup of the registry's tests: the app, a user of each role, factories for beneficiaries. */

export let ctx: TestContext;
export let admin: TestUser;
export let coordinator: TestUser;
export let advisor: TestUser;
export let member: TestUser;
export let observer: TestUser;

/** The app and one user of each role, for a registry test file; call it at the top of the file. */
export function setupRegistryTests() {
  beforeAll(async () => {
    ctx = await setupApp();
    admin = await makeUser(ctx, ['admin']);
    coordinator = await makeUser(ctx, ['coordinator']);
    advisor = await makeUser(ctx, ['advisor']);
    member = await makeUser(ctx, ['member']);
    observer = await makeUser(ctx, ['observer']);
  });
}

// Unique registry numbers for each test, so tests do not collide on the unique indexes.
let serial = 0;
export const nextSerial = () => ++serial;
export const nextKrs = () => String(++serial).padStart(10, '0');
export function nextNip(): string {
  for (;;) {
    const first9 = String(200000000 + ++serial);
    const check = nipCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}

export type Request = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object };

export const NIL_ID = '00000000-0000-4000-8000-000000000000';

export function create(as: TestUser | null, payload: Record<string, unknown>) {
  return call(ctx, { method: 'POST', url: '/api/beneficiaries', as, payload });
}

/** A beneficiary inserted directly (a factory), optionally represented by a user. */
export async function makeBeneficiary(
  options: {
    name?: string;
    kind?: BeneficiaryKind;
    representedBy?: string;
    district?: number;
    email?: string | null;
  } = {},
): Promise<string> {
  const { id } = await ctx.db
    .insertInto('beneficiaries')
    .values({
      kind: options.kind ?? 'organization',
      name: options.name ?? `Beneficjent ${++serial}`,
      email: options.email === undefined ? 'kontakt@example.org' : options.email,
      district: options.district ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.representedBy) {
    await ctx.db
      .insertInto('beneficiary_representatives')
      .values({ beneficiary_id: id, user_id: options.representedBy })
      .execute();
  }
  return id;
}

export async function auditOf(id: string) {
  const { body } = await call(ctx, {
    method: 'GET',
    url: `/api/audit?entity=beneficiary&entityId=${id}`,
    as: admin,
  });
  return (body.items as { action: string; fields: string[] }[]).reverse();
}

export const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
