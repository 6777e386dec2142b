import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { backend, freshDatabaseUrl } from '../../test/helpers.ts';
import { connectPostgres, PREPARED_PER_CONNECTION, prepareRepeatedStatements } from './database.ts';

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
  it(`names each query text once per connection, so the server prepares it once; commands go as they are (${backend})`, async () => {
    const { sent, query } = recordingClient();
    await query('select * from rooms where id = $1', ['a']);
    await query('select * from rooms where id = $1', ['b']);
    await query('insert into audit_log (action) values ($1)', ['x']);
    await query('create table t (id int)', []);
    await query('set jit = off');
    expect(sent).toEqual([
      [{ name: 'civitas_0', text: 'select * from rooms where id = $1', values: ['a'] }],
      [{ name: 'civitas_0', text: 'select * from rooms where id = $1', values: ['b'] }],
      [{ name: 'civitas_1', text: 'insert into audit_log (action) values ($1)', values: ['x'] }],
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
          await database.db.selectNoFrom((eb) => eb.val(value).as('value')).execute();
      };
      await twice();
      await sql`create table prepared_probe (id int)`.execute(database.db);
      const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements order by name
      `.execute(database.db);
      // The select once (run twice), and this very query; the create table was not prepared.
      expect(rows.map((row) => row.statement)).toEqual([
        'select $1 as "value"',
        expect.stringContaining('pg_prepared_statements'),
      ]);
    }
  });

  it(`keeps at most ${PREPARED_PER_CONNECTION} prepared on a connection, and sends later new texts unprepared`, async () => {
    const { sent, query } = recordingClient();
    for (let i = 0; i <= PREPARED_PER_CONNECTION; i++) await query(`select ${i}`, []);
    await query('select 0', []);
    expect(sent.at(-2)).toEqual([`select ${PREPARED_PER_CONNECTION}`, []]);
    expect(sent.at(-1)).toEqual([{ name: 'civitas_0', text: 'select 0', values: [] }]);
  });
});
