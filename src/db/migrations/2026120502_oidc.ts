import { type Kysely, sql } from 'kysely';

// Single sign-on for staff with the city's OpenID Connect provider. An account is linked to one
// identity there (the issuer and its `sub`, which never changes, unlike an e-mail address). A
// sign-in in progress is kept server-side for a few minutes, keyed by a hash of its `state`, so
// any server process can finish a flow another one began; each row is used once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column oidc_issuer text, add column oidc_subject text;
    alter table users add constraint users_oidc_link
      check ((oidc_issuer is null) = (oidc_subject is null));
    create unique index users_oidc_identity on users (oidc_issuer, oidc_subject)
      where oidc_subject is not null;

    create table oidc_flows (
      state_hash text primary key,
      nonce text not null,
      code_verifier text not null,
      return_to text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index oidc_flows_expires on oidc_flows (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table oidc_flows;
    drop index users_oidc_identity;
    alter table users drop constraint users_oidc_link;
    alter table users drop column oidc_subject, drop column oidc_issuer;
  `.execute(db);
}
