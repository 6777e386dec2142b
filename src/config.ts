import { z } from 'zod';
import { IDENTITY_PROVIDER_ROLES, type IdentityProviderRole } from './lib/policy/accounts.ts';

/** The environment, parsed once at start. A wrong value stops the start with one line naming it. */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const ROLE_MAP_MESSAGE = `expected JSON like {"civitas-coordinators": "coordinator"}, each value one of ${IDENTITY_PROVIDER_ROLES.join(', ')} or a list of them`;

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a port number 1..65535' })
    .int('expected a port number 1..65535')
    .min(1, 'expected a port number 1..65535')
    .max(65535, 'expected a port number 1..65535')
    .default(3000),
  HOST: z.string().min(1, 'expected a listen address').default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres://... connection URL')
    .optional(),
  DATA_DIR: z.string().min(1, 'expected a directory path').default('./data'),
  ADMIN_EMAIL: z.email('expected an e-mail address').optional(),
  ADMIN_PASSWORD: z.string().min(10, 'expected a password of at least 10 characters').optional(),
  DEMO_DATA: booleanString.optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'expected an smtp://... or smtps://... URL')
    .optional(),
  PUBLIC_URL: z.url('expected an absolute http(s) URL').optional(),
  MAIL_FROM: z.string().min(3, 'expected a sender like "Civitas <civitas@example.org>"').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  TRUST_PROXY: booleanString.default(false),
  METRICS_TOKEN: z.string().min(16, 'expected a secret of at least 16 characters').optional(),
  OIDC_ISSUER: z
    .url('expected the issuer URL of the OpenID provider, https://...')
    .refine(isIssuerUrl, 'expected an https:// issuer URL (http:// only for localhost or 127.0.0.1)')
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1, 'expected the client id the OpenID provider gave Civitas').optional(),
  OIDC_CLIENT_SECRET: z.string().min(1, 'expected the client secret').optional(),
  OIDC_ROLES_CLAIM: z.string().min(1, 'expected a claim name').default('civitas_roles'),
  OIDC_CENTERS_CLAIM: z.string().min(1, 'expected a claim name').default('civitas_centers'),
  OIDC_ROLE_MAP: z
    .string()
    .transform(parseRoleMap)
    .pipe(
      z.record(z.string(), z.array(z.enum(IDENTITY_PROVIDER_ROLES, { message: ROLE_MAP_MESSAGE })), {
        message: ROLE_MAP_MESSAGE,
      }),
    )
    .optional(),
  OIDC_SCOPES: z
    .string()
    .regex(/(^|\s)openid(\s|$)/, 'expected space-separated scopes including openid')
    .default('openid email profile'),
  OIDC_LABEL: z.string().max(80, 'expected a button label of at most 80 characters').optional(),
});

function isIssuerUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
  );
}

/** OIDC_ROLE_MAP's JSON, each value a role or a list of roles; anything else fails the schema after. */
function parseRoleMap(value: string): unknown {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return parsed;
    return Object.fromEntries(
      Object.entries(parsed).map(([key, roles]) => [key, typeof roles === 'string' ? [roles] : roles]),
    );
  } catch {
    return value;
  }
}

/** Single sign-on for staff with the city's OpenID Connect provider (docs/operations.md). */
export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim whose values (a list or one string) name the staff roles. */
  rolesClaim: string;
  /** The claim listing the ids of the centres a coordinator works in. */
  centersClaim: string;
  /** The provider's group or role values to Civitas roles; without it, values are role names. */
  roleMap: Record<string, IdentityProviderRole[]> | undefined;
  scopes: string;
  /** The sign-in button's text when the city names it; otherwise the web app's own words. */
  label: string | undefined;
};

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** undefined: decided by whether the database is new and embedded. */
  demoData: boolean | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  logLevel: string;
  trustProxy: boolean;
  /** With it, GET /metrics answers (Prometheus text) to `Authorization: Bearer <token>`; without it, 404. */
  metricsToken: string | undefined;
  /** Set when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are; otherwise single sign-on is off. */
  oidc: OidcConfig | undefined;
};

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  // Empty variables count as unset, as in most shells' `VAR= command`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      `Invalid configuration: ${name}: ${issue?.message ?? 'invalid value'} (got "${env[name] ?? ''}")`,
    );
  }
  const parsed = result.data;
  if (parsed.ADMIN_EMAIL && !parsed.ADMIN_PASSWORD) {
    throw new ConfigError(
      'Invalid configuration: ADMIN_PASSWORD: expected a password when ADMIN_EMAIL is set',
    );
  }
  const oidcParts = [parsed.OIDC_ISSUER, parsed.OIDC_CLIENT_ID, parsed.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new ConfigError(
      'Invalid configuration: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: expected all three or none',
    );
  }
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.DATA_DIR,
    adminEmail: parsed.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: parsed.ADMIN_PASSWORD,
    demoData: parsed.DEMO_DATA,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM ?? 'Civitas <civitas@localhost>',
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ''),
    logLevel: parsed.LOG_LEVEL,
    trustProxy: parsed.TRUST_PROXY,
    metricsToken: parsed.METRICS_TOKEN,
    oidc:
      parsed.OIDC_ISSUER && parsed.OIDC_CLIENT_ID && parsed.OIDC_CLIENT_SECRET
        ? {
            issuer: parsed.OIDC_ISSUER,
            clientId: parsed.OIDC_CLIENT_ID,
            clientSecret: parsed.OIDC_CLIENT_SECRET,
            rolesClaim: parsed.OIDC_ROLES_CLAIM,
            centersClaim: parsed.OIDC_CENTERS_CLAIM,
            roleMap: parsed.OIDC_ROLE_MAP,
            scopes: parsed.OIDC_SCOPES,
            label: parsed.OIDC_LABEL,
          }
        : undefined,
  };
}
