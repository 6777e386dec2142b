import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { OidcConfig } from '../src/config.ts';

/**
 * A real OpenID provider (oidc-provider, the certified Node implementation) on 127.0.0.1, for the
 * single sign-on tests: one confidential client whose redirect URI is Civitas's callback, people
 * whose claims the test sets, and a sign-in page a test drives by HTTP as a browser would.
 */
export type TestIdp = {
  issuer: string;
  /** Civitas's OIDC settings for this provider. */
  config: OidcConfig;
  /** The people who can sign in, by their `sub`, with the claims the provider releases. */
  people: Map<string, Record<string, unknown>>;
  /**
   * A browser at the authorization URL signing in as `sub` (or declining): follows the
   * provider's redirects with its own cookies until the provider sends it to Civitas's callback,
   * and returns that URL.
   */
  signInAs(authorizationUrl: string, sub: string, options?: { decline?: boolean }): Promise<URL>;
  close(): Promise<void>;
};

export async function startIdp(redirectUri: string): Promise<TestIdp> {
  const people = new Map<string, Record<string, unknown>>();
  const clientId = 'civitas';
  const clientSecret = randomBytes(24).toString('hex');
  let provider: Provider | undefined;

  const server = createServer((req, res) => {
    if (!provider) return res.writeHead(503).end();
    const url = new URL(req.url ?? '/', 'http://idp');
    if (!url.pathname.startsWith('/interaction/')) return provider.callback()(req, res);
    // The sign-in page: who signs in comes with the request (the test is the person typing).
    finishInteraction(provider, req, res, url).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    async findAccount(_ctx: unknown, sub: string) {
      const claims = people.get(sub);
      return claims && { accountId: sub, claims: () => ({ ...claims, sub }) };
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'civitas_roles', 'civitas_centers', 'realm_access'],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });

  return {
    issuer,
    people,
    config: {
      issuer,
      clientId,
      clientSecret,
      rolesClaim: 'civitas_roles',
      centersClaim: 'civitas_centers',
      roleMap: undefined,
      scopes: 'openid email profile',
      label: undefined,
    },
    signInAs: (authorizationUrl, sub, options = {}) =>
      followAsBrowser(authorizationUrl, redirectUri, sub, options.decline === true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The person signs in (and consents to what Civitas asks), or declines. */
async function finishInteraction(
  provider: Provider,
  req: Parameters<Provider['interactionDetails']>[0],
  res: Parameters<Provider['interactionDetails']>[1],
  url: URL,
) {
  const details = await provider.interactionDetails(req, res);
  if (!url.searchParams.has('as') && url.searchParams.get('decline') !== '1') {
    // A person in a real browser: a plain sign-in form that sends the login back here.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(
      '<!doctype html><html lang="en"><title>City sign-in</title><main><h1>City sign-in</h1>' +
        `<form method="get" action="${url.pathname}"><label>Login <input name="as"></label>` +
        '<button type="submit">Sign in</button></form></main></html>',
    );
  }
  if (url.searchParams.get('decline') === '1') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'The person declined.',
    });
  }
  const accountId = url.searchParams.get('as') ?? '';
  const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  return provider.interactionFinished(
    req,
    res,
    { login: { accountId }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

async function followAsBrowser(start: string, redirectUri: string, sub: string, decline: boolean) {
  const cookies = new Map<string, string>();
  let url = new URL(start);
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(`${redirectUri}?`)) return url;
    if (url.pathname.startsWith('/interaction/')) {
      url.searchParams.set('as', sub);
      if (decline) url.searchParams.set('decline', '1');
    }
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`the provider answered ${response.status}: ${await response.text()}`);
    url = new URL(location, url);
  }
  throw new Error('the provider redirected too many times');
}
