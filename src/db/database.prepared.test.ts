import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { backend, freshDatabaseUrl } from '../../test/helpers.ts';
import { connectPostgres, PREPARED_PER_CONNECTION, prepareRepeatedStatements } from './database.ts';
import { PREPARED, PREPARED_MARK } from './prepared.ts';

/** A stand-in for a pg client that records what it was asked to send. */
function recordingClient() {
  const sent: unknown[][] = [];
  const client = {
    query: ((...args: unknown[]) => {
      sent.push(args);
      return Promise.resolve({ rows: [] });
    }) as never,
  };
  prepareRepeatedStatements(client);
  const query = client.query as unknown as (...args: unknown[]) => Promise<unknown>;
  return { sent, query };
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('statements sent to PostgreSQL', () => {
  it(`names each marked query text once per connection, so the server prepares it once; others go as they are (${backend})`, async () => {
    const { sent, query } = recordingClient();
    await query(`${PREPARED_MARK} select * from rooms where id = $1`, ['a']);
    await query(`${PREPARED_MARK} select * from rooms where id = $1`, ['b']);
    await query(`select ${PREPARED_MARK} * from users where id = $1`, ['u']);
    await query('select * from bookings where start_at >= $1', ['2026-12-01']);
    await query('create table t (id int)', []);
    await query('set jit = off');
    expect(sent).toEqual([
      [{ name: 'civitas_0', text: `${PREPARED_MARK} select * from rooms where id = $1`, values: ['a'] }],
      [{ name: 'civitas_0', text: `${PREPARED_MARK} select * from rooms where id = $1`, values: ['b'] }],
      [{ name: 'civitas_1', text: `select ${PREPARED_MARK} * from users where id = $1`, values: ['u'] }],
      // Unmarked: planned for its parameters every time.
      ['select * from bookings where start_at >= $1', ['2026-12-01']],
      ['create table t (id int)', []],
      ['set jit = off'],
    ]);
    if (backend === 'postgres') {
      // And the server holds them prepared (the embedded database has no pool and no such
      // wrapper: this part runs in the suite's PostgreSQL run, which CI makes).
      const { url, drop } = await freshDatabaseUrl();
      const database = connectPostgres(url, { max: 1 });
      closers.push(async () => {
        await database.close();
        await drop();
      });
      const twice = async () => {
        for (const value of [1, 2])
          await database.db
            .selectNoFrom((eb) => eb.val(value).as('value'))
            .modifyFront(PREPARED)
            .execute();
      };
      await twice();
      await sql`create table prepared_probe (id int)`.execute(database.db);
      const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements order by name
      `.execute(database.db);
      // The marked select once (run twice); neither the create table nor this query.
      expect(rows.map((row) => row.statement)).toEqual([`select ${PREPARED_MARK} $1 as "value"`]);
    }
  });

  it(`keeps at most ${PREPARED_PER_CONNECTION} prepared on a connection, and sends later new texts unprepared`, async () => {
    const { sent, query } = recordingClient();
    const marked = (i: number) => `${PREPARED_MARK} select ${i}`;
    for (let i = 0; i <= PREPARED_PER_CONNECTION; i++) await query(marked(i), []);
    await query(marked(0), []);
    expect(sent.at(-2)).toEqual([marked(PREPARED_PER_CONNECTION), []]);
    expect(sent.at(-1)).toEqual([{ name: 'civitas_0', text: marked(0), values: [] }]);
  });
});
