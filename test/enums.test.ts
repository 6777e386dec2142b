import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { ENUM_COLUMNS } from '../src/db/enum-columns.ts';
import { backend, freshDatabase } from './helpers.ts';

// The closed sets of enums.ts are what the check constraints allow, on the database this run uses.
let database: Database;
let allowed: Map<string, string[]>;

beforeAll(async () => {
  database = await freshDatabase();
  const { rows } = await sql<{ column: string; definition: string }>`
    select c.conrelid::regclass::text || '.' || a.attname as column,
           pg_get_constraintdef(c.oid) as definition
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'c' and c.connamespace = 'public'::regnamespace
       and cardinality(c.conkey) = 1`.execute(database.db);
  allowed = new Map();
  for (const { column, definition } of rows) {
    // CHECK ((kind = ANY (ARRAY['seminar'::text, 'training'::text, …]))), or with one value
    // CHECK ((purpose = 'password_reset'::text))
    const list =
      /= ANY \(ARRAY\[(.*)\]\)/.exec(definition)?.[1] ??
      /^CHECK \(\(\w+ = ('(?:[^']|'')*'::text)\)\)$/.exec(definition)?.[1];
    if (!list) continue;
    allowed.set(
      column,
      [...list.matchAll(/'((?:[^']|'')*)'::text/g)].map((match) => (match[1] ?? '').replaceAll("''", "'")),
    );
  }
});
afterAll(() => database.close());

describe(`enums.ts and the check constraints (${backend})`, () => {
  it('finds the constraints', () => {
    expect(allowed.size).toBeGreaterThan(10);
  });

  for (const [column, { values, checked }] of Object.entries(ENUM_COLUMNS)) {
    if (!checked) continue;
    it(`${column}: the values of enums.ts are the ones its check constraint allows`, () => {
      expect(allowed.has(column), `no check constraint listing values on ${column}`).toBe(true);
      expect([...values].sort()).toEqual([...(allowed.get(column) ?? [])].sort());
    });
  }

  it('every column whose check constraint lists values is typed from enums.ts (enum-columns.ts)', () => {
    const untyped = [...allowed.keys()].filter((column) => !ENUM_COLUMNS[column]?.checked);
    expect(untyped, 'add these columns to src/db/enum-columns.ts with their set from enums.ts').toEqual([]);
  });
});
