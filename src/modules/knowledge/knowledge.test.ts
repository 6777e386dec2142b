import { beforeAll, describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { renderPdf } from '../../lib/pdf.ts';

let ctx: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let advisor: TestUser;
let member: TestUser;
let observer: TestUser;
let serial = 0;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  coordinator = await makeUser(ctx, ['coordinator']);
  advisor = await makeUser(ctx, ['advisor']);
  member = await makeUser(ctx, ['member']);
  observer = await makeUser(ctx, ['observer']);
});

async function write(payload: Record<string, unknown> = {}, as: TestUser = coordinator) {
  const { status, body } = await call(ctx, {
    method: 'POST',
    url: '/api/articles',
    as,
    payload: { title: `Artykuł ${++serial}`, body: 'Treść artykułu.', visibility: 'public', ...payload },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; slug: string; html: string };
}

const search = (query: string, as: TestUser | null = null) =>
  call(ctx, { method: 'GET', url: `/api/articles?${query}`, as });
const slugsOf = (body: { items: { slug: string }[] }) => body.items.map((item) => item.slug);

/** A multipart/form-data body with one file field. */
function multipart(
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

const upload = (
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

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('writing articles', () => {
  it('staff write Markdown; the answer has the slug from the Polish title and sanitized HTML', async () => {
    const { status, body } = await call(ctx, {
      method: 'POST',
      url: '/api/articles',
      as: coordinator,
      payload: {
        title: 'Jak założyć fundację?',
        body: '# Krok pierwszy\n\nNajpierw **statut**, potem [KRS](https://ekrs.ms.gov.pl).\n\n- akt notarialny\n- wpis do rejestru',
        category: 'Prawo',
        tags: ['Fundacja', 'KRS', 'fundacja'],
        visibility: 'public',
      },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      slug: 'jak-zalozyc-fundacje',
      title: 'Jak założyć fundację?',
      category: 'Prawo',
      tags: ['fundacja', 'krs'],
      visibility: 'public',
      revision: 1,
    });
    expect(body.html).toContain('<h1>Krok pierwszy</h1>');
    expect(body.html).toContain('<strong>statut</strong>');
    expect(body.html).toContain(
      '<a href="https://ekrs.ms.gov.pl" rel="noopener noreferrer nofollow">KRS</a>',
    );
    expect(body.html).toContain('<li>akt notarialny</li>');
    const second = await write({ title: 'Jak założyć fundację?' });
    expect(second.slug).toBe('jak-zalozyc-fundacje-2');
    const third = await write({ title: 'Jak założyć fundację?!' });
    expect(third.slug).toBe('jak-zalozyc-fundacje-3');
    expect((await write({ title: '???' })).slug).toBe('artykul');
  });

  it('gives concurrent articles with one title distinct slugs', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(ctx, {
          method: 'POST',
          url: '/api/articles',
          as: admin,
          payload: { title: 'Dotacje z budżetu obywatelskiego', body: 'x', visibility: 'public' },
        }),
      ),
    );
    expect(results.map((result) => result.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((result) => result.body.slug)).size).toBe(5);
  });

  const attacks: [string, string][] = [
    ['script tag', '<script>alert(1)</script>'],
    ['script in markdown block', 'Tekst\n\n<script src="https://evil.example/x.js"></script>'],
    ['onerror', '<img src=x onerror=alert(1)>'],
    ['onerror in markdown image', '![obraz](x.png" onerror="alert(1))'],
    ['onclick', '<div onclick="alert(1)">kliknij</div>'],
    ['javascript link', '[kliknij](javascript:alert(1))'],
    ['mixed case javascript', '<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['entity-encoded javascript', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['javascript image', '![x](javascript:alert(1))'],
    ['data URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['style tag', '<style>body { display: none }</style>'],
    ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
    ['svg onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ['form', '<form action="javascript:alert(1)"><button>x</button></form>'],
    ['object', '<object data="evil.swf"></object><embed src="evil.swf">'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['base', '<base href="https://evil.example/">'],
  ];

  it.each(attacks)('no script reaches the HTML: %s', async (_name, markdown) => {
    const { html } = await write({ body: `Zwykły tekst.\n\n${markdown}\n\nKoniec.` });
    // Whatever is left as text is escaped; what matters is every tag and attribute.
    const tags = html.toLowerCase().match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<\/?(p|a|img|strong|em|code|pre)[\s>/]/);
      for (const forbidden of ['javascript:', 'data:', ' on', 'style', 'src="https://evil']) {
        expect(tag, `${forbidden} in ${html}`).not.toContain(forbidden);
      }
    }
    for (const forbidden of [
      '<script',
      '<iframe',
      '<style',
      '<svg',
      '<form',
      '<object',
      '<embed',
      '<meta',
      '<base',
    ]) {
      expect(html.toLowerCase(), `${forbidden} in ${html}`).not.toContain(forbidden);
    }
    expect(html).toContain('Zwykły tekst.');
    expect(html).toContain('Koniec.');
  });

  it('keeps what Markdown is for: tables, code, quotes and images from our attachments', async () => {
    const { html } = await write({
      body: '| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst x = "<b>";\n```\n\n> cytat\n\n![logo](/api/attachments/abc)',
    });
    expect(html).toContain('<table>');
    expect(html).toContain('<code class="language-js">const x = "&lt;b&gt;";');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<img src="/api/attachments/abc" alt="logo" />');
  });

  it('refuses bad input with 422 and members with 403', async () => {
    for (const payload of [
      { title: '', body: 'x', visibility: 'public' },
      { title: 'x', body: 'x', visibility: 'everyone' },
      { title: 'x', visibility: 'public' },
      { title: 'x', body: 'x', visibility: 'public', tags: 'a' },
    ]) {
      expect(
        (await call(ctx, { method: 'POST', url: '/api/articles', as: admin, payload })).status,
        JSON.stringify(payload),
      ).toBe(422);
    }
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: '/api/articles',
          as: member,
          payload: { title: 'x', body: 'x', visibility: 'public' },
        })
      ).status,
    ).toBe(403);
  });
});

describe('reading and visibility', () => {
  it('members-only articles are 404 for the anonymous and readable when signed in', async () => {
    const secret = await write({
      title: 'Regulamin dla członków',
      body: 'Tylko dla zalogowanych: hasło do wifi.',
      visibility: 'members',
    });
    expect((await call(ctx, { method: 'GET', url: `/api/articles/${secret.slug}` })).status).toBe(404);
    expect((await call(ctx, { method: 'GET', url: `/api/articles/${secret.id}` })).status).toBe(404);
    const signedIn = await call(ctx, { method: 'GET', url: `/api/articles/${secret.slug}`, as: member });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ id: secret.id, visibility: 'members' });
    expect(slugsOf((await search('limit=200')).body)).not.toContain(secret.slug);
    expect(slugsOf((await search('limit=200', member)).body)).toContain(secret.slug);
    expect(slugsOf((await search('q=regulamin')).body)).toEqual([]);
    expect(slugsOf((await search('q=regulamin', member)).body)).toEqual([secret.slug]);
  });

  it('shows the Markdown source to staff only', async () => {
    const article = await write({ body: 'Źródło **Markdown**' });
    const anonymous = await call(ctx, { method: 'GET', url: `/api/articles/${article.slug}` });
    expect(anonymous.body).toMatchObject({
      slug: article.slug,
      html: '<p>Źródło <strong>Markdown</strong></p>',
    });
    expect(anonymous.body.body).toBeUndefined();
    expect(
      (await call(ctx, { method: 'GET', url: `/api/articles/${article.slug}`, as: member })).body.body,
    ).toBeUndefined();
    expect(
      (await call(ctx, { method: 'GET', url: `/api/articles/${article.slug}`, as: coordinator })).body.body,
    ).toBe('Źródło **Markdown**');
  });

  it('filters by category and tag, and counts categories', async () => {
    const tagged = await write({ title: 'Księgowość uproszczona', category: 'Finanse', tags: ['Podatki'] });
    await write({ title: 'Inne finanse', category: 'finanse' });
    const byCategory = await search('category=Finanse&limit=200');
    expect(
      byCategory.body.items.every((item: { category: string }) => item.category.toLowerCase() === 'finanse'),
    ).toBe(true);
    expect(byCategory.body.items.length).toBe(2);
    expect(slugsOf((await search('tag=podatki')).body)).toEqual([tagged.slug]);
    const categories = await call(ctx, { method: 'GET', url: '/api/article-categories' });
    expect(categories.body.items).toContainEqual({ category: 'Finanse', count: 1 });
  });
});

describe('revisions', () => {
  it('keeps each replaced version; staff read the history', async () => {
    const article = await write({ title: 'Wniosek o grant', body: 'Wersja pierwsza' });
    const first = await call(ctx, {
      method: 'PATCH',
      url: `/api/articles/${article.id}`,
      as: coordinator,
      payload: { body: 'Wersja druga' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ revision: 2, html: '<p>Wersja druga</p>', slug: article.slug });
    const second = await call(ctx, {
      method: 'PATCH',
      url: `/api/articles/${article.id}`,
      as: admin,
      payload: { title: 'Wniosek o grant: poradnik', visibility: 'members' },
    });
    expect(second.body).toMatchObject({
      revision: 3,
      title: 'Wniosek o grant: poradnik',
      visibility: 'members',
      slug: article.slug,
    });
    const history = await call(ctx, {
      method: 'GET',
      url: `/api/articles/${article.id}/revisions`,
      as: coordinator,
    });
    expect(history.status).toBe(200);
    expect(history.body.current).toBe(3);
    expect(history.body.items).toMatchObject([
      {
        revision: 2,
        title: 'Wniosek o grant',
        body: 'Wersja druga',
        visibility: 'public',
        editedBy: coordinator.id,
      },
      {
        revision: 1,
        title: 'Wniosek o grant',
        body: 'Wersja pierwsza',
        visibility: 'public',
        editedBy: coordinator.id,
      },
    ]);
    expect(
      (await call(ctx, { method: 'GET', url: `/api/articles/${article.id}/revisions`, as: member })).status,
    ).toBe(403);
    const sanitized = await call(ctx, {
      method: 'PATCH',
      url: `/api/articles/${article.id}`,
      as: admin,
      payload: { body: '<script>x</script>ok' },
    });
    expect(sanitized.body.html).not.toContain('<script');
  });
});

describe('search', () => {
  let foundation: { slug: string };
  let accounting: { slug: string };
  let grants: { slug: string };
  let volunteering: { slug: string };

  beforeAll(async () => {
    foundation = await write({
      title: 'Jak założyć fundację krok po kroku',
      body: 'Założenie fundacji wymaga aktu notarialnego i statutu. Potem wniosek do Krajowego Rejestru Sądowego.',
      category: 'Prawo',
    });
    accounting = await write({
      title: 'Księgowość małej organizacji',
      body: 'Fundacja prowadzi pełną księgowość. Każda fundacja składa sprawozdanie, a fundacja z działalnością gospodarczą także CIT-8.',
      category: 'Finanse',
    });
    grants = await write({
      title: 'Dotacje z Funduszu Inicjatyw Obywatelskich',
      body: 'Nabór wniosków trwa do końca marca. Pomagamy napisać wniosek.',
    });
    volunteering = await write({
      title: 'Porozumienie wolontariackie',
      body: 'Przy współpracy dłuższej niż 30 dni porozumienie zawiera się na piśmie. <script>alert("x")</script> Zobacz też <b>ustawę</b>.',
    });
  });

  it('ignores Polish diacritics: "zalozyc" finds "założyć"', async () => {
    const { status, body } = await search('q=zalozyc');
    expect(status).toBe(200);
    expect(slugsOf(body)[0]).toBe(foundation.slug);
    expect(slugsOf((await search(`q=${encodeURIComponent('KSIĘGOWOŚĆ')}`)).body)[0]).toBe(accounting.slug);
    expect(slugsOf((await search('q=ksiegowosc')).body)[0]).toBe(accounting.slug);
  });

  it('tolerates small typos: "fundajca" finds "fundacja"', async () => {
    const found = slugsOf((await search('q=fundajca')).body);
    expect(found).toContain(foundation.slug);
    expect(found).toContain(accounting.slug);
    expect(slugsOf((await search('q=porozumeinie')).body)).toContain(volunteering.slug);
    expect(slugsOf((await search('q=dotacej')).body)).toContain(grants.slug);
  });

  it('ranks a match in the title above matches in the body', async () => {
    // The accounting article says "fundacja" three times in its body; the other has it in its title.
    const found = slugsOf((await search('q=fundacja')).body);
    expect(found.indexOf(foundation.slug)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(foundation.slug)).toBeLessThan(found.indexOf(accounting.slug));
    const wniosek = slugsOf((await search('q=wniosek')).body);
    expect(wniosek).toContain(grants.slug);
    expect(wniosek).toContain(foundation.slug);
  });

  it('finds words in either order and by prefix, and narrows to all the words', async () => {
    const both = slugsOf((await search('q=notarialnego%20statutu')).body);
    expect(both).toContain(foundation.slug);
    expect(both).not.toContain(grants.slug);
    expect(both).not.toContain(accounting.slug);
    expect(slugsOf((await search('q=sprawozd')).body)).toEqual([accounting.slug]);
    expect(slugsOf((await search('q=zzzqqq')).body)).toEqual([]);
    expect(slugsOf((await search(`q=${encodeURIComponent('!!! ???')}`)).body)).toEqual([]);
  });

  it('highlights the match in a snippet, escaping everything else', async () => {
    const { body } = await search('q=statutu');
    const item = body.items.find((entry: { slug: string }) => entry.slug === foundation.slug);
    expect(item.snippet).toContain('<mark>statutu</mark>');
    expect(item.snippet).toContain('aktu notarialnego');
    const title = (await search('q=zalozyc')).body.items[0];
    expect(title.highlightedTitle).toBe('Jak <mark>założyć</mark> fundację krok po kroku');
    const typo = (await search('q=fundajca')).body.items.find(
      (entry: { slug: string }) => entry.slug === accounting.slug,
    );
    expect(typo.snippet).toContain('<mark>Fundacja</mark>');
    const risky = (await search('q=porozumienie')).body.items.find(
      (entry: { slug: string }) => entry.slug === volunteering.slug,
    );
    expect(risky.snippet).toContain('<mark>porozumienie</mark>');
    expect(risky.snippet).not.toContain('<script');
    expect(risky.snippet).not.toContain('<b>');
  });

  it('gives one page of best matches: a cursor with q is 400, a long query is 400', async () => {
    expect((await search('q=fundacja&cursor=abc')).status).toBe(400);
    expect((await search(`q=${'a'.repeat(201)}`)).status).toBe(400);
    expect((await search('q=fundacja&limit=1')).body.items).toHaveLength(1);
  });
});

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

describe('who may do what', () => {
  type RoleName = 'admin' | 'coordinator' | 'advisor' | 'member' | 'observer' | 'anonymous';
  const roles: RoleName[] = ['admin', 'coordinator', 'advisor', 'member', 'observer', 'anonymous'];
  const actorOf = (role: RoleName): TestUser | null =>
    ({ admin, coordinator, advisor, member, observer, anonymous: null })[role];
  type Request = {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  };

  const endpoints: { name: string; request: () => Promise<Request>; expected: number[] }[] = [
    {
      name: 'POST /articles',
      request: async () => ({
        method: 'POST',
        url: '/api/articles',
        payload: { title: 'Nowy', body: 'x', visibility: 'public' },
      }),
      expected: [201, 201, 403, 403, 403, 401],
    },
    {
      name: 'GET /articles',
      request: async () => ({ method: 'GET', url: '/api/articles' }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /articles?q=',
      request: async () => ({ method: 'GET', url: '/api/articles?q=fundacja' }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /article-categories',
      request: async () => ({ method: 'GET', url: '/api/article-categories' }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /articles/:slug (public)',
      request: async () => ({ method: 'GET', url: `/api/articles/${(await write()).slug}` }),
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'GET /articles/:slug (members)',
      request: async () => ({
        method: 'GET',
        url: `/api/articles/${(await write({ visibility: 'members' })).slug}`,
      }),
      expected: [200, 200, 200, 200, 200, 404],
    },
    {
      name: 'PATCH /articles/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/articles/${(await write()).id}`,
        payload: { body: 'Nowa treść' },
      }),
      expected: [200, 200, 403, 403, 403, 401],
    },
    {
      name: 'GET /articles/:id/revisions',
      request: async () => ({ method: 'GET', url: `/api/articles/${(await write()).id}/revisions` }),
      expected: [200, 200, 403, 403, 403, 401],
    },
    {
      name: 'POST /articles/:id/attachments',
      request: async () => ({
        method: 'POST',
        url: `/api/articles/${(await write()).id}/attachments`,
        ...multipart('a.txt', Buffer.from('tekst')),
      }),
      expected: [201, 201, 403, 403, 403, 401],
    },
    {
      name: 'GET /attachments/:id',
      request: async () => {
        const { body } = await upload((await write()).id, 'a.txt', Buffer.from('tekst'));
        return { method: 'GET', url: `/api/attachments/${body.id}` };
      },
      expected: [200, 200, 200, 200, 200, 200],
    },
    {
      name: 'DELETE /attachments/:id',
      request: async () => {
        const { body } = await upload((await write()).id, 'a.txt', Buffer.from('tekst'));
        return { method: 'DELETE', url: `/api/attachments/${body.id}` };
      },
      expected: [204, 204, 403, 403, 403, 401],
    },
  ];

  for (const endpoint of endpoints) {
    it(`${endpoint.name}: ${roles.map((r, i) => `${r} ${endpoint.expected[i]}`).join(', ')}`, async () => {
      const statuses: number[] = [];
      for (const role of roles) {
        const request = await endpoint.request();
        statuses.push((await call(ctx, { ...request, as: actorOf(role) })).status);
      }
      expect(statuses).toEqual(endpoint.expected);
    });
  }
});

describe('bad input', () => {
  it('answers unknown articles and files with 404', async () => {
    for (const url of [
      `/api/articles/${UNKNOWN_ID}`,
      '/api/articles/nie-ma-takiego',
      `/api/attachments/${UNKNOWN_ID}`,
      '/api/attachments/x',
    ]) {
      expect((await call(ctx, { method: 'GET', url })).status, url).toBe(404);
    }
    expect(
      (
        await call(ctx, {
          method: 'PATCH',
          url: `/api/articles/${UNKNOWN_ID}`,
          as: admin,
          payload: { body: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await upload(UNKNOWN_ID, 'a.txt', Buffer.from('x'))).status).toBe(404);
  });

  it('describes the knowledge routes in the OpenAPI document', async () => {
    const { body } = await call(ctx, { method: 'GET', url: '/api/openapi.json' });
    expect(body.paths['/api/articles'].get.tags).toEqual(['knowledge']);
    expect(Object.keys(body.paths['/api/articles/{id}/attachments'].post.requestBody.content)).toEqual([
      'multipart/form-data',
    ]);
  });
});
