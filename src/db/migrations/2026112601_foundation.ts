import { type Kysely, sql } from 'kysely';

// Accounts, centres and rooms, the beneficiary registry and the audit log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists btree_gist;
    create extension if not exists pg_trgm;
    create extension if not exists unaccent;

    -- unaccent() is only STABLE (it reads a dictionary); indexes need an IMMUTABLE wrapper.
    create or replace function civitas_unaccent(value text) returns text
      language sql immutable parallel safe strict
      as $fn$ select public.unaccent('public.unaccent'::regdictionary, value) $fn$;

    create or replace function civitas_fold(value text) returns text
      language sql immutable parallel safe strict
      as $fn$ select lower(public.civitas_unaccent(value)) $fn$;

    create table districts (
      number int primary key check (number between 1 and 18),
      name text not null
    );
    insert into districts (number, name) values
      (1, 'Stare Miasto'), (2, 'Grzegórzki'), (3, 'Prądnik Czerwony'), (4, 'Prądnik Biały'),
      (5, 'Krowodrza'), (6, 'Bronowice'), (7, 'Zwierzyniec'), (8, 'Dębniki'),
      (9, 'Łagiewniki-Borek Fałęcki'), (10, 'Swoszowice'), (11, 'Podgórze Duchackie'),
      (12, 'Bieżanów-Prokocim'), (13, 'Podgórze'), (14, 'Czyżyny'), (15, 'Mistrzejowice'),
      (16, 'Bieńczyce'), (17, 'Wzgórza Krzesławickie'), (18, 'Nowa Huta');

    create table centers (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      address text not null,
      district int references districts (number),
      timezone text not null default 'Europe/Warsaw',
      opening_hours jsonb not null,
      open_holidays date[] not null default '{}',
      email text,
      phone text,
      description text,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );

    create table center_closures (
      id uuid primary key default gen_random_uuid(),
      center_id uuid not null references centers (id) on delete cascade,
      from_date date not null,
      to_date date not null,
      reason text not null,
      created_by uuid,
      created_at timestamptz(3) not null default now(),
      check (to_date >= from_date)
    );
    create index center_closures_center on center_closures (center_id, from_date);

    create table rooms (
      id uuid primary key default gen_random_uuid(),
      center_id uuid not null references centers (id) on delete restrict,
      name text not null,
      description text,
      capacity int not null check (capacity > 0),
      amenities text[] not null default '{}',
      accessible boolean not null default false,
      auto_approve boolean not null default false,
      active boolean not null default true,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    create index rooms_center on rooms (center_id, name);

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      password_hash text,
      roles text[] not null default '{member}',
      disabled boolean not null default false,
      language text not null default 'pl',
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email on users (lower(email));

    create table user_centers (
      user_id uuid not null references users (id) on delete cascade,
      center_id uuid not null references centers (id) on delete cascade,
      primary key (user_id, center_id)
    );

    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz(3) not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user on sessions (user_id);

    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      created_at timestamptz(3) not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_user on api_tokens (user_id);

    -- Failed sign-ins, for the rate limit shared by every server process.
    create table login_failures (
      id bigint generated always as identity primary key,
      key text not null,
      at timestamptz not null default now()
    );
    create index login_failures_key on login_failures (key, at);

    create table beneficiaries (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('organization', 'informal_group', 'individual')),
      name text not null,
      email text,
      phone text,
      district int references districts (number),
      krs text check (krs ~ '^[0-9]{10}$'),
      nip text check (nip ~ '^[0-9]{10}$'),
      regon text check (regon ~ '^([0-9]{9}|[0-9]{14})$'),
      legal_form text,
      notes text,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz(3) not null default now(),
      updated_at timestamptz not null default now(),
      erased_at timestamptz
    );
    create unique index beneficiaries_krs on beneficiaries (krs) where krs is not null;
    create unique index beneficiaries_nip on beneficiaries (nip) where nip is not null;
    create index beneficiaries_name_trgm on beneficiaries using gin (public.civitas_fold(name) public.gin_trgm_ops);
    create index beneficiaries_kind_created on beneficiaries (kind, created_at desc, id desc);
    create index beneficiaries_created on beneficiaries (created_at desc, id desc);

    create table beneficiary_representatives (
      beneficiary_id uuid not null references beneficiaries (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz(3) not null default now(),
      primary key (beneficiary_id, user_id)
    );
    create index beneficiary_representatives_user on beneficiary_representatives (user_id);

    -- Who changed what, when: every change to personal data and every decision.
    -- Only field names are kept, never values, so erasure leaves nothing behind here.
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_id uuid,
      action text not null,
      entity text not null,
      entity_id text not null,
      fields text[] not null default '{}',
      reason text
    );
    create index audit_log_entity on audit_log (entity, entity_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_log, beneficiary_representatives, beneficiaries, login_failures, api_tokens,
      sessions, user_centers, users, rooms, center_closures, centers, districts;
    drop function civitas_fold(text);
    drop function civitas_unaccent(text);
  `.execute(db);
}
