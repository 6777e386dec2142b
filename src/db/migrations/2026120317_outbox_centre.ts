import { type Kysely, sql } from 'kysely';

// The mail a centre sends (about its bookings, activities and appointments) is marked with the
// centre, so that its coordinators can see what was sent and what is still queued.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table outbox add column center_id uuid references centers (id) on delete set null;
    create index outbox_center on outbox (center_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index outbox_center;
    alter table outbox drop column center_id;
  `.execute(db);
}
