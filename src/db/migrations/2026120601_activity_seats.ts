import { type Kysely, sql } from 'kysely';

// An activity carries its seat counts (registered seats, waitlisted registrations), kept by a
// trigger on every change of its registrations, whichever path makes it (registering,
// cancelling, promoting, merging beneficiaries, importing). A registration decides under the
// activity's row lock, and a locked row is read at its newest version: so the decision needs no
// second statement to count, and lists read the counts without summing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table activities add column seats_taken integer not null default 0;
    alter table activities add column waitlisted integer not null default 0;
    update activities set
      seats_taken = coalesce((select sum(r.seats) from activity_registrations r
                               where r.activity_id = activities.id and r.status = 'registered'), 0),
      waitlisted = (select count(*) from activity_registrations r
                     where r.activity_id = activities.id and r.status = 'waitlisted');

    create function civitas_activity_seats() returns trigger language plpgsql as $fn$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        update activities set
          seats_taken = seats_taken - case when old.status = 'registered' then old.seats else 0 end,
          waitlisted = waitlisted - case when old.status = 'waitlisted' then 1 else 0 end
        where id = old.activity_id and old.status in ('registered', 'waitlisted');
      end if;
      if tg_op in ('UPDATE', 'INSERT') then
        update activities set
          seats_taken = seats_taken + case when new.status = 'registered' then new.seats else 0 end,
          waitlisted = waitlisted + case when new.status = 'waitlisted' then 1 else 0 end
        where id = new.activity_id and new.status in ('registered', 'waitlisted');
      end if;
      return null;
    end
    $fn$;
    create trigger activity_registrations_seats after insert or delete on activity_registrations
      for each row execute function civitas_activity_seats();
    create trigger activity_registrations_seats_update after update on activity_registrations
      for each row
      when (old.status is distinct from new.status or old.seats is distinct from new.seats
            or old.activity_id is distinct from new.activity_id)
      execute function civitas_activity_seats();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger activity_registrations_seats_update on activity_registrations;
    drop trigger activity_registrations_seats on activity_registrations;
    drop function civitas_activity_seats();
    alter table activities drop column waitlisted;
    alter table activities drop column seats_taken;
  `.execute(db);
}
