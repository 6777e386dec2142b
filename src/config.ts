import { z } from 'zod';

/** The environment, parsed once at start. A wrong value stops the start with one line naming it. */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

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
});

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
  };
}
