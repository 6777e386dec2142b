import { type Kysely, sql } from 'kysely';

// A volunteering offer from a member waits for the review of the centre's staff before anyone
// else sees it: the status pending_review, set on creation, and made open by staff.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table volunteer_offers drop constraint volunteer_offers_status_check;
    alter table volunteer_offers add constraint volunteer_offers_status_check
      check (status in ('pending_review', 'open', 'closed'));
    create index volunteer_offers_pending on volunteer_offers (created_at) where status = 'pending_review';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index volunteer_offers_pending;
    update volunteer_offers set status = 'closed' where status = 'pending_review';
    alter table volunteer_offers drop constraint volunteer_offers_status_check;
    alter table volunteer_offers add constraint volunteer_offers_status_check
      check (status in ('open', 'closed'));
  `.execute(db);
}
