import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('configuration', () => {
  it('has the defaults of API.md', () => {
    expect(parseConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      demoData: undefined,
      smtpUrl: undefined,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('reads every variable', () => {
    const config = parseConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://civitas@db/civitas',
      DATA_DIR: '/var/lib/civitas',
      ADMIN_EMAIL: 'Admin@Example.org',
      ADMIN_PASSWORD: 'a long password',
      DEMO_DATA: 'false',
      SMTP_URL: 'smtp://mail:25',
      PUBLIC_URL: 'https://co.krakow.example/',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://civitas@db/civitas',
      dataDir: '/var/lib/civitas',
      adminEmail: 'admin@example.org',
      demoData: false,
      smtpUrl: 'smtp://mail:25',
      publicUrl: 'https://co.krakow.example',
    });
  });

  it.each([
    ['PORT', '70000', /PORT: expected a port number/],
    ['PORT', 'abc', /PORT: expected a port number/],
    [
      'DATABASE_URL',
      'mysql://x',
      /DATABASE_URL: expected a postgres:\/\/ connection URL|DATABASE_URL: expected a postgres/,
    ],
    ['DEMO_DATA', 'maybe', /DEMO_DATA: expected true or false/],
    ['SMTP_URL', 'http://mail', /SMTP_URL: expected an smtp/],
    ['PUBLIC_URL', 'localhost', /PUBLIC_URL: expected an absolute/],
    ['ADMIN_EMAIL', 'admin', /ADMIN_EMAIL: expected an e-mail/],
  ])('names %s when its value %s is wrong', (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(message);
  });

  it('wants a password with ADMIN_EMAIL', () => {
    expect(() => parseConfig({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(/ADMIN_PASSWORD/);
  });
});

describe('single sign-on configuration', () => {
  const sso = {
    OIDC_ISSUER: 'https://login.krakow.example/realms/urzad',
    OIDC_CLIENT_ID: 'civitas',
    OIDC_CLIENT_SECRET: 'a client secret',
  };

  it('is off without the issuer, client id and secret, and on with all three, with the defaults', () => {
    expect(parseConfig({}).oidc).toBeUndefined();
    expect(parseConfig(sso).oidc).toEqual({
      issuer: 'https://login.krakow.example/realms/urzad',
      clientId: 'civitas',
      clientSecret: 'a client secret',
      rolesClaim: 'civitas_roles',
      centersClaim: 'civitas_centers',
      roleMap: undefined,
      scopes: 'openid email profile',
      label: undefined,
    });
  });

  it('wants all three or none, without printing the secret', () => {
    expect(() => parseConfig({ OIDC_CLIENT_SECRET: 'sekret-123' })).toThrow(
      /OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: expected all three or none$/,
    );
  });

  it('reads the claims, the role map (a role or a list of roles each) and the label', () => {
    const config = parseConfig({
      ...sso,
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_CENTERS_CLAIM: 'centra',
      OIDC_ROLE_MAP: '{"CO-Koordynatorzy": "coordinator", "CO-Kierownictwo": ["admin", "observer"]}',
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_LABEL: 'Zaloguj kontem Urzędu',
    });
    expect(config.oidc).toMatchObject({
      rolesClaim: 'realm_access.roles',
      centersClaim: 'centra',
      roleMap: { 'CO-Koordynatorzy': ['coordinator'], 'CO-Kierownictwo': ['admin', 'observer'] },
      scopes: 'openid email profile groups',
      label: 'Zaloguj kontem Urzędu',
    });
  });

  it.each([
    ['OIDC_ISSUER', 'http://login.krakow.example', /OIDC_ISSUER: expected an https:\/\/ issuer URL/],
    ['OIDC_ISSUER', 'login.krakow.example', /OIDC_ISSUER: expected the issuer URL/],
    ['OIDC_ROLE_MAP', '{"CO": "member"}', /OIDC_ROLE_MAP: expected JSON like/],
    ['OIDC_ROLE_MAP', 'coordinator', /OIDC_ROLE_MAP: expected JSON like/],
    ['OIDC_ROLE_MAP', '["coordinator"]', /OIDC_ROLE_MAP: expected JSON like/],
    ['OIDC_SCOPES', 'email profile', /OIDC_SCOPES: expected space-separated scopes including openid/],
  ])('names %s when its value %s is wrong', (name, value, message) => {
    expect(() => parseConfig({ ...sso, [name]: value })).toThrow(message);
  });

  it('allows a plain-http issuer on this machine only (tests, a trial)', () => {
    expect(parseConfig({ ...sso, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
    expect(parseConfig({ ...sso, OIDC_ISSUER: 'http://localhost:9000/' }).oidc?.issuer).toBe(
      'http://localhost:9000/',
    );
  });
});
