import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../test/helpers.ts';
import { renderPdf } from '../../../lib/pdf.ts';
import {
  admin,
  coordinator,
  ctx,
  member,
  multipart,
  observer,
  PNG,
  setupKnowledgeTests,
  upload,
  write,
} from '../knowledge.test-support.ts';

setupKnowledgeTests();

describe('attachments', () => {
  let article: { id: string; slug: string };
  let pdf: Buffer;

  beforeAll(async () => {
    article = await write({ title: 'Wzory dokumentów' });
    pdf = await renderPdf({ title: 'Wzór statutu' }, (doc) => doc.text('Wzór statutu fundacji'));
  });

  it('stores a PDF and serves it with safe headers', async () => {
    const { status, body } = await upload(article.id, 'wzór statutu.pdf', pdf, admin, 'text/html');
    expect(status).toBe(201);
    expect(body).toMatchObject({
      filename: 'wzór statutu.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const served = await call(ctx, { method: 'GET', url: `/api/attachments/${body.id}` });
    expect(served.status).toBe(200);
    expect(served.response.headers['content-type']).toBe('application/pdf');
    expect(served.response.headers['x-content-type-options']).toBe('nosniff');
    expect(served.response.headers['content-security-policy']).toBe("default-src 'none'");
    expect(served.response.headers['content-disposition']).toBe(
      `inline; filename="wzor statutu.pdf"; filename*=UTF-8''${encodeURIComponent('wzór statutu.pdf')}`,
    );
    expect(Buffer.compare(served.response.rawPayload, pdf)).toBe(0);
    const listed = await call(ctx, { method: 'GET', url: `/api/articles/${article.slug}` });
    expect(listed.body.attachments).toMatchObject([{ id: body.id, url: `/api/attachments/${body.id}` }]);
  });

  it('serves plain text and office files as downloads, images inline', async () => {
    const text = await upload(article.id, 'lista.txt', Buffer.from('Zażółć gęślą jaźń\n'));
    expect(text.status).toBe(201);
    const servedText = await call(ctx, { method: 'GET', url: `/api/attachments/${text.body.id}` });
    expect(servedText.response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(servedText.response.headers['content-disposition']).toMatch(/^attachment;/);
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml....word/document.xml....'),
    ]);
    const office = await upload(article.id, 'wniosek.docx', docx);
    expect(office.body.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const image = await upload(article.id, 'logo.png', PNG);
    expect(image.body.contentType).toBe('image/png');
    const servedImage = await call(ctx, { method: 'GET', url: `/api/attachments/${image.body.id}` });
    expect(servedImage.response.headers['content-disposition']).toMatch(/^inline;/);
  });

  const refused: [string, string, Buffer][] = [
    ['an HTML page', 'strona.html', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['HTML named .txt', 'notatka.txt', Buffer.from('<html><body onload="alert(1)"></body></html>')],
    ['an SVG image', 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    [
      'SVG named .png',
      'logo.png',
      Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
    ['a script', 'skrypt.js', Buffer.from('alert(document.cookie)')],
    ['a PDF named .html', 'plik.html', Buffer.from('%PDF-1.4 fake')],
    ['a PDF named .png', 'plik.png', Buffer.from('%PDF-1.4 fake')],
    ['an executable', 'program.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])],
    ['a plain zip', 'archiwum.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])],
    ['an empty file', 'pusty.txt', Buffer.alloc(0)],
  ];

  it.each(refused)('refuses %s with 422', async (_name, filename, content) => {
    const { status, body } = await upload(article.id, filename, content);
    expect(status).toBe(422);
    expect(body.error.details[0].path).toBe('file');
  });

  it('refuses files over 10 MiB with 413, and a request without a file with 422', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
    const { status, body } = await upload(article.id, 'duzy.txt', big);
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
    const wrongField = await call(ctx, {
      method: 'POST',
      url: `/api/articles/${article.id}/attachments`,
      as: admin,
      ...multipart('a.txt', Buffer.from('abc'), 'document'),
    });
    expect(wrongField.status).toBe(422);
    const json = await call(ctx, {
      method: 'POST',
      url: `/api/articles/${article.id}/attachments`,
      as: admin,
      payload: { file: 'abc' },
    });
    expect(json.status).toBe(422);
  });

  it("hides a members-only article's files from the anonymous, and lets staff remove them", async () => {
    const secret = await write({ visibility: 'members' });
    const { body } = await upload(secret.id, 'tajne.pdf', pdf);
    expect((await call(ctx, { method: 'GET', url: `/api/attachments/${body.id}` })).status).toBe(404);
    const signedIn = await call(ctx, { method: 'GET', url: `/api/attachments/${body.id}`, as: observer });
    expect(signedIn.status).toBe(200);
    expect(signedIn.response.headers['cache-control']).toBe('private, no-cache');
    expect(
      (await call(ctx, { method: 'DELETE', url: `/api/attachments/${body.id}`, as: member })).status,
    ).toBe(403);
    expect(
      (await call(ctx, { method: 'DELETE', url: `/api/attachments/${body.id}`, as: coordinator })).status,
    ).toBe(204);
    expect((await call(ctx, { method: 'GET', url: `/api/attachments/${body.id}`, as: admin })).status).toBe(
      404,
    );
  });
});
