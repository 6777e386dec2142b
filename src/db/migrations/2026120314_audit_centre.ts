import { type Kysely, sql } from 'kysely';

// Audit entries belong to a centre where what they record does (a booking, a room, an activity,
// an offer, ...), so that a coordinator reads its own centres' entries and not the network's.
// The centre is found by the database from the entity, whatever code writes the entry; entries
// of the whole network (beneficiaries, users, articles, an advisor's engagements, which go with
// the advisor rather than a centre) have none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table audit_log add column center_id uuid;
    create index audit_log_center on audit_log (center_id, id);

    create function civitas_audit_center(entity text, entity_id text) returns uuid
    language plpgsql stable as $fn$
    declare
      target uuid;
    begin
      if entity_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        return null;
      end if;
      target := entity_id::uuid;
      return case entity
        when 'center' then target
        when 'booking_rules' then target
        when 'booking' then (select center_id from bookings where bookings.id = target)
        when 'room' then (select center_id from rooms where rooms.id = target)
        when 'center_closure' then (select center_id from center_closures where center_closures.id = target)
        when 'activity' then (select center_id from activities where activities.id = target)
        when 'activity_registration' then (
          select a.center_id from activity_registrations r join activities a on a.id = r.activity_id
          where r.id = target)
        when 'activity_feedback' then (
          select a.center_id from activity_feedback f join activities a on a.id = f.activity_id
          where f.id = target)
        when 'advisor_availability' then (
          select center_id from advisor_availability where advisor_availability.id = target)
        when 'appointment' then (select center_id from appointments where appointments.id = target)
        when 'appointment_feedback' then (
          select a.center_id from appointment_feedback f join appointments a on a.id = f.appointment_id
          where f.id = target)
        when 'funding_agreement' then (
          select center_id from funding_agreements where funding_agreements.id = target)
        when 'initiative' then (select center_id from initiatives where initiatives.id = target)
        when 'volunteer_offer' then (select center_id from volunteer_offers where volunteer_offers.id = target)
        when 'volunteer_application' then (
          select o.center_id from volunteer_applications v join volunteer_offers o on o.id = v.offer_id
          where v.id = target)
        else null
      end;
    end
    $fn$;

    create function civitas_audit_set_center() returns trigger language plpgsql as $fn$
    begin
      if new.center_id is null then
        new.center_id := civitas_audit_center(new.entity, new.entity_id);
      end if;
      return new;
    end
    $fn$;
    create trigger audit_log_center before insert on audit_log
      for each row execute function civitas_audit_set_center();

    update audit_log set center_id = civitas_audit_center(entity, entity_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger audit_log_center on audit_log;
    drop function civitas_audit_set_center();
    drop function civitas_audit_center(text, text);
    alter table audit_log drop column center_id;
  `.execute(db);
}
