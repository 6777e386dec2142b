import { beforeAll, expect } from 'vitest';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';

/** Shared setup of the knowledge base's tests: the app, a user of each role, writing and uploading. */

export let ctx: TestContext;
export let admin: TestUser;
export let coordinator: TestUser;
export let advisor: TestUser;
export let member: TestUser;
export let observer: TestUser;
let serial = 0;
export const nextSerial = () => ++serial;

/** The app and one user of each role, for a knowledge test file; call it at the top of the file. */
export function setupKnowledgeTests() {
  beforeAll(async () => {
    ctx = await setupApp();
    admin = await makeUser(ctx, ['admin']);
    coordinator = await makeUser(ctx, ['coordinator']);
    advisor = await makeUser(ctx, ['advisor']);
    member = await makeUser(ctx, ['member']);
    observer = await makeUser(ctx, ['observer']);
  });
}

export async function write(payload: Record<string, unknown> = {}, as: TestUser = coordinator) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/articles',
    as,
    payload: { title: `Artykuł ${++serial}`, body: 'Treść artykułu.', visibility: 'public', ...payload },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; slug: string; html: string };
}

export const search = (query: string, as: TestUser | null = null) =>
  call(ctx, { method: 'GET', url: `/api/articles?${query}`, as });
export const slugsOf = (body: { items: { slug: string }[] }) => body.items.map((item) => item.slug);

/** A multipart/form-data body with one file field. */
export function multipart(
  filename: string,
  content: Buffer,
  field = 'file',
  contentType = 'application/octet-stream',
) {
  const boundary = `----civitas${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const upload = (
  articleId: string,
  filename: string,
  content: Buffer,
  as: TestUser | null = admin,
  contentType?: string,
) =>
  call(ctx, {
    method: 'POST',
    url: `/api/articles/${articleId}/attachments`,
    as,
    ...multipart(filename, content, 'file', contentType),
  });

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
