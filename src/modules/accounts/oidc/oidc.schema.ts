import { z } from 'zod';

/**
 * Why a single sign-on ended back on the sign-in page: the `sso_error` the callback puts in its
 * redirect (`/sign-in?sso_error=...`), which the web app explains in both languages.
 */
export const SSO_ERRORS = [
  /** No sign-in in progress with this state in this browser (a forged or mixed-up link). */
  'sso_state',
  /** The sign-in took longer than its 10 minutes. */
  'sso_expired',
  /** The identity provider said no (the person cancelled, or may not use Civitas). */
  'sso_denied',
  /** The identity provider could not be reached. */
  'sso_unavailable',
  /** Its answer did not hold up: a used or unknown code, a wrong nonce, a bad ID token. */
  'sso_failed',
  /** The provider does not vouch for the e-mail address (email_verified is not true). */
  'sso_email_unverified',
  /** The claims give no staff role: single sign-on is for staff. */
  'sso_no_role',
  /** The Civitas account is disabled. */
  'sso_disabled',
  /** The address belongs to an account linked to another identity. */
  'sso_conflict',
] as const;
export type SsoError = (typeof SSO_ERRORS)[number];

export const OIDC_TAG = ['accounts'];

export const startQuery = z.object({
  next: z.string().max(500).optional().describe('Where to go after signing in: a path on this site'),
});

// What the provider sends back (RFC 6749 4.1.2 and 4.1.2.1, RFC 9207); anything else is kept for
// openid-client, which reads the whole URL.
export const callbackQuery = z
  .object({
    code: z.string().max(2000).optional(),
    state: z.string().max(500).optional(),
    iss: z.string().max(500).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(1000).optional(),
  })
  .catchall(z.string().max(2000));

export const ssoConfigSchema = z.object({
  enabled: z.boolean().describe('Whether staff can sign in with the identity provider'),
  label: z
    .string()
    .nullable()
    .describe("The button's text the city chose (OIDC_LABEL), or null for the web app's own words"),
});
export type SsoConfig = z.infer<typeof ssoConfigSchema>;

export const redirectResponse = z
  .null()
  .describe('A redirect (Location): to the identity provider, to the page to go to, or to the sign-in page');
