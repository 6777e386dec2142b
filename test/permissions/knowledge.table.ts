import { anyStaff, defineTable, everyone, publicRead, unique } from './runner.ts';
import { created, type World } from './world.ts';

/** A multipart/form-data body with one small text file. */
function multipart() {
  const boundary = `----civitas${unique()}`;
  return {
    payload: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n` +
        `Content-Type: text/plain\r\n\r\ntekst\r\n--${boundary}--\r\n`,
    ),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const article = async (world: World, visibility: 'public' | 'members' = 'public') =>
  (await created(world, world.users.coordinator, '/api/articles', {
    title: `Artykuł ${unique()}`,
    body: 'Treść artykułu o fundacjach.',
    visibility,
  })) as { id: string; slug: string };

/** An attachment of a fresh public article, uploaded by the admin. */
async function attachment(world: World): Promise<string> {
  const { id } = await article(world);
  const { payload, headers } = multipart();
  const response = await world.ctx.app.inject({
    method: 'POST',
    url: `/api/articles/${id}/attachments`,
    payload,
    headers: { ...world.users.admin.headers, ...headers },
  });
  if (response.statusCode !== 201) throw new Error(`upload: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

/** The knowledge base: articles for everyone or members, revisions, attachments. Staff of any centre write it. */
export const knowledgeTable = defineTable({
  title: 'knowledge',
  setup: async () => ({}),
  rows: (w) => [
    {
      route: 'POST /api/articles',
      prepare: () => ({
        url: '/api/articles',
        payload: { title: `Nowy ${unique()}`, body: 'x', visibility: 'public' },
      }),
      expect: anyStaff(201),
    },
    { route: 'GET /api/articles', prepare: () => ({ url: '/api/articles' }), expect: publicRead },
    {
      route: 'GET /api/articles',
      name: 'a search',
      prepare: () => ({ url: '/api/articles?q=fundacja' }),
      expect: publicRead,
    },
    {
      route: 'GET /api/article-categories',
      prepare: () => ({ url: '/api/article-categories' }),
      expect: publicRead,
    },
    {
      route: 'GET /api/articles/:ref',
      name: 'public',
      prepare: async () => ({ url: `/api/articles/${(await article(w())).slug}` }),
      expect: publicRead,
    },
    {
      route: 'GET /api/articles/:ref',
      name: 'members only',
      prepare: async () => ({ url: `/api/articles/${(await article(w(), 'members')).slug}` }),
      expect: everyone(200, { anonymous: 404 }),
    },
    {
      route: 'PATCH /api/articles/:ref',
      prepare: async () => ({
        url: `/api/articles/${(await article(w())).id}`,
        payload: { body: 'Nowa treść' },
      }),
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/articles/:id/revisions',
      prepare: async () => ({ url: `/api/articles/${(await article(w())).id}/revisions` }),
      expect: anyStaff(200),
    },
    {
      route: 'POST /api/articles/:id/attachments',
      prepare: async () => ({ url: `/api/articles/${(await article(w())).id}/attachments`, ...multipart() }),
      expect: anyStaff(201),
    },
    {
      route: 'GET /api/attachments/:id',
      prepare: async () => ({ url: `/api/attachments/${await attachment(w())}` }),
      expect: publicRead,
    },
    {
      route: 'DELETE /api/attachments/:id',
      prepare: async () => ({ url: `/api/attachments/${await attachment(w())}` }),
      expect: anyStaff(204),
    },
  ],
});
