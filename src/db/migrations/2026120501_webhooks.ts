import { type Kysely, sql } from 'kysely';

// Webhooks (Standard Webhooks): the endpoints admins register for events, and an outbox of
// deliveries written in the transaction of the change that caused them, one row per endpoint
// subscribed to the event. A background job sends them, signed, in order per resource
// (seq), with retries for a day from the first failure (retry_until); every attempt and the
// endpoint's answer is kept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_endpoints (
      id uuid primary key default gen_random_uuid(),
      url text not null,
      description text,
      events text[] not null,
      secret text not null,
      previous_secret text,
      previous_secret_until timestamptz,
      active boolean not null default true,
      disabled_at timestamptz,
      disabled_reason text check (disabled_reason in ('failing', 'admin')),
      failing_since timestamptz,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    create index webhook_endpoints_created on webhook_endpoints (created_at desc, id desc);

    create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      endpoint_id uuid not null references webhook_endpoints (id) on delete cascade,
      event_type text not null,
      resource text not null,
      payload jsonb not null,
      status text not null default 'pending'
        check (status in ('pending', 'delivered', 'failed', 'dead')),
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      retry_until timestamptz,
      locked_until timestamptz,
      last_status_code int,
      last_response text,
      last_error text,
      request_id text,
      created_at timestamptz(3) not null default now(),
      delivered_at timestamptz
    );
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at)
      where status in ('pending', 'failed');
    create index webhook_deliveries_resource on webhook_deliveries (endpoint_id, resource, seq)
      where status in ('pending', 'failed');
    create index webhook_deliveries_list on webhook_deliveries (endpoint_id, created_at desc, id desc);

    create table webhook_attempts (
      id bigint generated always as identity primary key,
      delivery_id uuid not null references webhook_deliveries (id) on delete cascade,
      attempt int not null,
      at timestamptz not null,
      status_code int,
      response text,
      error text,
      duration_ms int not null
    );
    create index webhook_attempts_delivery on webhook_attempts (delivery_id, attempt);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table webhook_attempts, webhook_deliveries, webhook_endpoints`.execute(db);
}
