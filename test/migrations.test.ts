import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A landed migration has run on databases in use: editing it changes nothing there and makes new
// databases differ from old ones. Its SHA-256 is kept in checksums.json and checked here.
const dir = join(import.meta.dirname, '../src/db/migrations');
const listed: Record<string, string> = JSON.parse(readFileSync(join(dir, 'checksums.json'), 'utf8'));
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .sort();
const sha256 = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, name)))
    .digest('hex');

describe('landed migrations', () => {
  it('are all unchanged (checksums.json)', () => {
    const changed = files
      .filter((name) => listed[name] !== undefined && listed[name] !== sha256(name))
      .map((name) => `src/db/migrations/${name}`);
    expect(
      changed,
      'These landed migrations were edited. A migration that has landed is never edited: revert the ' +
        'change and write a new migration that alters the schema instead.',
    ).toEqual([]);
  });

  it('have a checksum each (a new migration gets one when it lands)', () => {
    const missing = files.filter((name) => listed[name] === undefined);
    const lines = missing.map((name) => `  "${name}": "${sha256(name)}"`).join(',\n');
    expect(
      missing,
      `A new migration has no checksum yet. When it is final, add to src/db/migrations/checksums.json:\n${lines}\n` +
        '(only for a NEW migration; the checksum of a landed one is never changed).',
    ).toEqual([]);
  });

  it('listed in checksums.json all still exist', () => {
    expect(Object.keys(listed).filter((name) => !files.includes(name))).toEqual([]);
  });
});
