import * as client from 'openid-client';
import type { OidcConfig } from '../../../config.ts';

/**
 * The relying-party side of OpenID Connect, done by openid-client (a certified implementation):
 * the issuer's discovery document, the authorization URL with PKCE, state and nonce, and the
 * code exchange that checks them, the ID token's signature, issuer, audience and expiry.
 */
export type IdentityProvider = {
  /** Where to send the browser to sign in, for a flow with these secrets. */
  authorizationUrl(flow: FlowSecrets): Promise<URL>;
  /** The authorization response (the callback's URL) exchanged for the person's claims. */
  claimsOf(callbackUrl: URL, flow: FlowSecrets & { state: string }): Promise<Claims>;
};

export type FlowSecrets = { state: string; nonce: string; codeVerifier: string };
export type Claims = Record<string, unknown> & { sub: string };

/** Why a step with the provider failed: it could not be reached, or it (or its answer) said no. */
export class ProviderError extends Error {
  readonly reason: 'unreachable' | 'refused';
  constructor(reason: 'unreachable' | 'refused', cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ProviderError';
    this.reason = reason;
  }
}

export function newFlowSecrets(): FlowSecrets {
  return {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
}

export function identityProvider(config: OidcConfig, redirectUri: string): IdentityProvider {
  // The discovery document is read once per process; a failed read is tried again next time.
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
        // Allowed by config.ts only for a provider on this machine (tests, a local trial).
        execute: config.issuer.startsWith('http://') ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw new ProviderError('unreachable', error);
      });
    return discovered;
  };

  return {
    async authorizationUrl(flow) {
      const provider = await configuration();
      return client.buildAuthorizationUrl(provider, {
        redirect_uri: redirectUri,
        scope: config.scopes,
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
      });
    },

    async claimsOf(callbackUrl, flow) {
      const provider = await configuration();
      try {
        const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new Error('the provider sent no ID token');
        // Providers put e-mail, name and group claims in the ID token or only in userinfo
        // (oidc-provider, Keycloak with some mappers): both are read, userinfo winning.
        const userinfo = provider.serverMetadata().userinfo_endpoint
          ? await client.fetchUserInfo(provider, tokens.access_token, idToken.sub)
          : {};
        return { ...idToken, ...userinfo, sub: idToken.sub };
      } catch (error) {
        // fetch() failing is the provider being down; everything else is a refused answer
        // (a used or unknown code, a wrong state or nonce, a bad signature).
        throw new ProviderError(error instanceof TypeError ? 'unreachable' : 'refused', error);
      }
    },
  };
}
