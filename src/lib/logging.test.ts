import { describe, expect, it } from 'vitest';
import { serializeError } from './logging.ts';

describe('errors as logged', () => {
  it('keeps a database error to its code and constraint, without the values it quotes', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "users_email"'), {
      code: '23505',
      constraint: 'users_email',
      detail: 'Key (email)=(anna@example.org) already exists.',
      query: 'insert into users (email, password_hash) values ($1, $2)',
      params: ['anna@example.org', 'scrypt$abc'],
    });
    const logged = serializeError(error);
    expect(logged).toMatchObject({
      type: 'Error',
      message: 'database error 23505',
      code: '23505',
      constraint: 'users_email',
    });
    const text = JSON.stringify(logged);
    for (const secret of ['anna@example.org', 'scrypt$abc', 'insert into', 'Key (email)'])
      expect(text).not.toContain(secret);
  });

  it('keeps the message of a programming error but not an e-mail address in it, and the stack frames', () => {
    const logged = serializeError(new TypeError('no profile for jan.kowalski@example.org'));
    expect(logged.type).toBe('TypeError');
    expect(logged.message).toBe('no profile for [redacted]');
    expect(logged.stack).toMatch(/^\s*at /);
    expect(logged.stack).not.toContain('jan.kowalski');
  });

  it('logs a thrown non-error as its type only', () => {
    expect(serializeError({ password: 'x' })).toEqual({ type: 'object', message: '[redacted]', stack: '' });
  });
});
