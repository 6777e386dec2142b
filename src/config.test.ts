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
