import { type Kysely, sql } from 'kysely';

// Mail goes through an outbox written in the transaction of the change it reports,
// then a background sender delivers it (SMTP) with retries.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table outbox (
      id uuid primary key default gen_random_uuid(),
      to_address text not null,
      subject text not null,
      text text not null,
      attachments jsonb not null default '[]',
      kind text not null,
      language text not null default 'pl',
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      locked_until timestamptz,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz(3) not null default now()
    );
    create index outbox_due on outbox (next_attempt_at) where status = 'pending';
    create index outbox_created on outbox (created_at desc, id desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table outbox`.execute(db);
}
