import { beforeAll, describe, expect, it } from 'vitest';
import { backend, call } from '../../../../test/helpers.ts';
import {
  admin,
  coordinator,
  ctx,
  member,
  search,
  setupKnowledgeTests,
  slugsOf,
  write,
} from '../knowledge.test-support.ts';

setupKnowledgeTests();

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

describe('one article route, by slug or by id', () => {
  it('reads and changes an article named either way', async () => {
    const article = await write({ title: 'Adres po slugu', body: 'Treść' });
    for (const ref of [article.slug, article.id]) {
      const read = await call(ctx, { method: 'GET', url: `/api/articles/${ref}`, as: coordinator });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: article.id, slug: article.slug });
    }
    const bySlug = await call(ctx, {
      method: 'PATCH',
      url: `/api/articles/${article.slug}`,
      as: coordinator,
      payload: { body: 'Po slugu' },
    });
    expect(bySlug.status).toBe(200);
    expect(bySlug.body).toMatchObject({ id: article.id, html: '<p>Po slugu</p>' });
    const byId = await call(ctx, {
      method: 'PATCH',
      url: `/api/articles/${article.id}`,
      as: coordinator,
      payload: { body: 'Po id' },
    });
    expect(byId.body).toMatchObject({ slug: article.slug, html: '<p>Po id</p>' });
    const missing = await call(ctx, {
      method: 'PATCH',
      url: '/api/articles/nie-ma-takiego',
      as: coordinator,
      payload: { body: 'x' },
    });
    expect(missing.status).toBe(404);
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

  it('takes the forms of a word, not other words as alike: "statut" does not find "status"', async () => {
    const statute = await write({
      title: 'Zmiana statutu stowarzyszenia',
      body: 'Walne zebranie uchwala nowy statut. Zarząd działa zgodnie ze statutem.',
    });
    const status = await write({
      title: 'Status organizacji pożytku publicznego',
      body: 'Status OPP pozwala otrzymywać 1,5% podatku. O nadanie statusu organizacja wnioskuje do sądu.',
    });
    for (const form of ['statut', 'statutem']) {
      const found = slugsOf((await search(`q=${form}`)).body);
      expect(found).toContain(statute.slug);
      expect(found).not.toContain(status.slug);
    }
    expect(slugsOf((await search('q=statusu')).body)).toEqual([status.slug]);
  });

  it('gives one page of best matches: a cursor with q is 400, a long query is 400', async () => {
    expect((await search('q=fundacja&cursor=abc')).status).toBe(400);
    expect((await search(`q=${'a'.repeat(201)}`)).status).toBe(400);
    expect((await search('q=fundacja&limit=1')).body.items).toHaveLength(1);
  });
});

describe(`writing articles (parallel requests, ${backend})`, () => {
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
});
