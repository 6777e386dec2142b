import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, DataDirLockedError, openEmbedded } from './database.ts';
import { migrateToLatest } from './migrate.ts';

// These tests are about the embedded backend itself (its single connection and its lock file),
// so they open PGlite whichever database the rest of the suite runs on.
let database: Database;

beforeAll(async () => {
  database = await openEmbedded(undefined);
  await migrateToLatest(database.db);
  await sql`create table counter (id int primary key, value int not null); insert into counter values (1, 0);`.execute(
    database.db,
  );
});
afterAll(() => database.close());

describe('the embedded database', () => {
  it('runs concurrent transactions one after another: no interleaving, no lost update, no deadlock', async () => {
    const events: string[] = [];
    const transactions = Array.from({ length: 25 }, (_, i) =>
      database.db.transaction().execute(async (trx) => {
        events.push(`begin ${i}`);
        const { value } = await trx
          .selectFrom('counter' as never)
          .select(sql<number>`value`.as('value'))
          .where(sql`id`, '=', 1)
          .executeTakeFirstOrThrow();
        // Give the event loop a chance to start another transaction, if it could.
        await new Promise((resolve) => setTimeout(resolve, 2));
        await sql`update counter set value = ${value + 1} where id = 1`.execute(trx);
        events.push(`end ${i}`);
      }),
    );
    await Promise.all(transactions);
    const { rows } = await sql<{ value: number }>`select value from counter where id = 1`.execute(
      database.db,
    );
    expect(rows[0]?.value).toBe(25);
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i]?.replace('begin', 'end')).toBe(events[i + 1]);
    }
  });

  it('rolls a failed transaction back and goes on serving', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`update counter set value = -1 where id = 1`.execute(trx);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const { rows } = await sql<{ value: number }>`select value from counter where id = 1`.execute(
      database.db,
    );
    expect(rows[0]?.value).toBe(25);
  });

  it('has the extensions Civitas relies on', async () => {
    const { rows } = await sql<{ folded: string; similar: boolean }>`
      select civitas_fold('Zażółć GĘŚLĄ') as folded, similarity('fundacja', 'fundajca') > 0.3 as similar
    `.execute(database.db);
    expect(rows[0]).toEqual({ folded: 'zazolc gesla', similar: true });
  });

  it('refuses a data directory held by a live process, and takes over a stale lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civitas-lock-'));
    try {
      // A live process (this test runner's parent) holds the lock.
      writeFileSync(join(dir, 'civitas.lock'), String(process.ppid));
      await expect(openEmbedded(dir)).rejects.toBeInstanceOf(DataDirLockedError);
      // A lock left by a process that no longer exists is stale.
      writeFileSync(join(dir, 'civitas.lock'), '999999999');
      const opened = await openEmbedded(dir);
      await opened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
