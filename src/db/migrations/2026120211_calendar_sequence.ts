import { type Kysely, sql } from 'kysely';

// Calendar clients keep what a feed or an invitation told them until told otherwise. Every
// booking counts its revisions (iCalendar's SEQUENCE: a change of time, room, title or status)
// and remembers whether it was ever approved, so that a cancelled lending is sent as cancelled to
// those who saw it, and a request that was withdrawn before any decision is never published.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table bookings add column revision integer not null default 0;
    alter table bookings add column was_approved boolean not null default false;
    update bookings set was_approved = true where status in ('approved', 'completed');

    create function civitas_booking_revision() returns trigger language plpgsql as $fn$
    begin
      if new.status in ('approved', 'completed') then
        new.was_approved := true;
      end if;
      if tg_op = 'UPDATE' and (
        new.start_at is distinct from old.start_at or new.end_at is distinct from old.end_at
        or new.room_id is distinct from old.room_id or new.title is distinct from old.title
        or new.status is distinct from old.status
      ) then
        new.revision := old.revision + 1;
      end if;
      return new;
    end
    $fn$;
    create trigger bookings_revision before insert or update on bookings
      for each row execute function civitas_booking_revision();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger bookings_revision on bookings;
    drop function civitas_booking_revision();
    alter table bookings drop column was_approved;
    alter table bookings drop column revision;
  `.execute(db);
}
