import { type Kysely, sql } from 'kysely';

// An e-mail address is confirmed by a link mailed to it: on registration (verify_email) and when
// a person changes its address (change_email, the new address kept on the link until it is
// used). Accounts that exist already, the ones staff create and the demo's count as confirmed:
// the column defaults to the moment of insertion, and self-registration writes null.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column email_verified_at timestamptz default now();

    alter table account_links drop constraint account_links_purpose_check;
    alter table account_links add constraint account_links_purpose_check
      check (purpose in ('password_reset', 'verify_email', 'change_email'));
    alter table account_links add column new_email text;
    alter table account_links add constraint account_links_new_email
      check ((purpose = 'change_email') = (new_email is not null));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from account_links where purpose <> 'password_reset';
    alter table account_links drop constraint account_links_new_email;
    alter table account_links drop column new_email;
    alter table account_links drop constraint account_links_purpose_check;
    alter table account_links add constraint account_links_purpose_check check (purpose in ('password_reset'));
    alter table users drop column email_verified_at;
  `.execute(db);
}
