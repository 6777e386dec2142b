import { type Kysely, sql } from 'kysely';
import type { BookingStatus } from '../../../db/enums.ts';
import { PREPARED } from '../../../db/prepared.ts';
import type { DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import type { VisibleScope } from '../../../lib/policy.ts';
import type { CalendarDate } from '../../../lib/time.ts';
import { type AuditEntry, buildAuditInsert } from '../../audit/index.ts';
import { type Center, type Closure, type Room, toCenter, toClosure, toRoom } from '../../centers/index.ts';
import { buildMailInsert } from '../../mail/index.ts';
import { buildEventInsert, type WebhookEvent } from '../../webhooks/index.ts';
import { type BookingRow, bookingsInsert, type NewBooking, selectBookings } from '../bookings.repo.ts';
import { type BookingRulesRow, toBookingRules } from '../rules/rules.repo.ts';
import type { BookingRules } from '../rules/rules.schema.ts';

export type NewSeries = {
  id: string;
  roomId: string;
  beneficiaryId: string | null;
  title: string;
  rrule: string;
  localStart: string;
  localEnd: string;
  firstDate: string;
  requestedBy: string | null;
};

/** What a booking request is checked against, read at once. */
export type BookingContext = {
  room: Room;
  center: Center;
  rules: BookingRules;
  /** The centre's closures that end on closuresFrom or later, in date order. */
  closures: Closure[];
  beneficiary: { id: string; email: string | null; erased: boolean; representativeIds: string[] } | undefined;
};

type ContextRow = Parameters<typeof toCenter>[0] &
  BookingRulesRow & {
    [K in keyof Parameters<typeof toRoom>[0] as `room_${K}`]: Parameters<typeof toRoom>[0][K];
  } & {
    closures: Parameters<typeof toClosure>[0][];
    beneficiary_id: string | null;
    beneficiary_email: string | null;
    beneficiary_erased: boolean;
    representative_ids: string[];
  };

/**
 * A room with its centre, the centre's rules and closures, and the beneficiary with its
 * representatives, in one statement; undefined when there is no such room.
 */
export async function selectBookingContext(
  db: Kysely<DB>,
  keys: { roomId: string; beneficiaryId: string | null; closuresFrom: CalendarDate },
): Promise<BookingContext | undefined> {
  const { rows } = await sql<ContextRow>`${PREPARED}
    select r.id as room_id, r.center_id as room_center_id, r.name as room_name,
           r.capacity as room_capacity, r.amenities as room_amenities, r.accessible as room_accessible,
           r.auto_approve as room_auto_approve, r.description as room_description,
           r.active as room_active, r.created_at as room_created_at, r.updated_at as room_updated_at,
           c.id, c.name, c.address, c.district, c.timezone, c.opening_hours,
           c.open_holidays::text[] as open_holidays, c.email, c.phone, c.description,
           c.accessibility, c.created_at, c.updated_at,
           c.booking_max_advance_days, c.booking_min_notice_hours, c.booking_max_hours, c.booking_terms,
           c.booking_terms_en,
           coalesce(
             (select json_agg(json_build_object('id', cc.id, 'center_id', cc.center_id,
                                                'from_date', cc.from_date, 'to_date', cc.to_date,
                                                'reason', cc.reason)
                              order by cc.from_date, cc.id)
                from center_closures cc
               where cc.center_id = c.id and cc.to_date >= ${keys.closuresFrom}::date),
             '[]') as closures,
           b.id as beneficiary_id, b.email as beneficiary_email,
           b.erased_at is not null as beneficiary_erased,
           coalesce(
             (select array_agg(br.user_id::text order by br.user_id)
                from beneficiary_representatives br where br.beneficiary_id = b.id),
             '{}'::text[]) as representative_ids
      from rooms r
      join centers c on c.id = r.center_id
      left join beneficiaries b on b.id = ${keys.beneficiaryId}::uuid
     where r.id = ${keys.roomId}::uuid
  `.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  return {
    room: toRoom({
      id: row.room_id,
      center_id: row.room_center_id,
      name: row.room_name,
      capacity: row.room_capacity,
      amenities: row.room_amenities,
      accessible: row.room_accessible,
      auto_approve: row.room_auto_approve,
      description: row.room_description,
      active: row.room_active,
      created_at: row.room_created_at,
      updated_at: row.room_updated_at,
    }),
    center: toCenter(row),
    rules: toBookingRules(row),
    closures: row.closures.map(toClosure),
    beneficiary: row.beneficiary_id
      ? {
          id: row.beneficiary_id,
          email: row.beneficiary_email,
          erased: row.beneficiary_erased,
          representativeIds: row.representative_ids,
        }
      : undefined,
  };
}

/**
 * A new booking or series in one statement: the series, its bookings, their audit entries, the
 * mail and the webhook deliveries about them, each a data-modifying WITH. The statement is atomic, so an overlap
 * (the exclusion constraint) leaves none of it. The ids are chosen by the caller, which needs
 * them for the mail's calendar attachment; the rows come back in the order given.
 */
export async function insertBookingsWithRecords(
  db: Kysely<DB>,
  write: {
    series: NewSeries | null;
    bookings: (NewBooking & { id: string; at: Date })[];
    audit: (AuditEntry & { centerId: string })[];
    mail: Parameters<typeof buildMailInsert>[1];
    /** The webhook events of the new bookings, queued for the endpoints subscribed to them. */
    events: WebhookEvent[];
    at: Date;
  },
): Promise<BookingRow[]> {
  const parts = [
    ...(write.series ? [sql`new_series as (${seriesInsert(db, write.series)})`] : []),
    sql`new_bookings as (${bookingsInsert(db, write.bookings)})`,
    ...(write.audit.length > 0 ? [sql`new_audit as (${buildAuditInsert(db, write.audit)})`] : []),
    ...(write.mail.length > 0 ? [sql`new_mail as (${buildMailInsert(db, write.mail)})`] : []),
    ...(write.events.length > 0
      ? [sql`new_deliveries as (${buildEventInsert(db, write.events, write.at)})`]
      : []),
  ];
  const { rows } =
    await sql<BookingRow>`${PREPARED} with ${sql.join(parts)} select * from new_bookings`.execute(db);
  const order = new Map(write.bookings.map((booking, index) => [booking.id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function seriesInsert(db: Kysely<DB>, series: NewSeries) {
  return db.insertInto('booking_series').values({
    id: series.id,
    room_id: series.roomId,
    beneficiary_id: series.beneficiaryId,
    title: series.title,
    rrule: series.rrule,
    local_start: series.localStart,
    local_end: series.localEnd,
    first_date: series.firstDate,
    requested_by: series.requestedBy,
  });
}

export function findSeries(db: Kysely<DB>, id: string) {
  return db.selectFrom('booking_series').selectAll().where('id', '=', id).executeTakeFirst();
}

export function selectSeriesBookings(db: Kysely<DB>, seriesId: string) {
  return selectBookings(db).where('bookings.series_id', '=', seriesId).orderBy('bookings.start_at').execute();
}

/** This occurrence and the later ones of its series that still hold the room, locked. */
export function selectFollowingInSeries(db: Kysely<DB>, seriesId: string, from: Date) {
  return selectBookings(db)
    .where('bookings.series_id', '=', seriesId)
    .where('bookings.start_at', '>=', from)
    .where('bookings.status', 'in', ['pending', 'approved'])
    .orderBy('bookings.start_at')
    .forUpdate()
    .execute();
}

export type BookingFilter = {
  /**
   * Whose bookings: all, those of these centres, or (representedBy) those the user requested
   * or of the beneficiaries the user represents. Nothing when no part applies.
   */
  scope: VisibleScope;
  centerId?: string;
  roomId?: string;
  beneficiaryId?: string;
  status?: BookingStatus;
  from?: Date;
  to?: Date;
  limit: number;
  after?: CursorKey;
};

export function selectBookingPage(db: Kysely<DB>, filter: BookingFilter) {
  const { scope } = filter;
  let query = selectBookings(db)
    .where('bookings.kind', '=', 'lending')
    .orderBy('bookings.start_at', 'desc')
    .orderBy('bookings.id', 'desc')
    .limit(filter.limit + 1);
  if (!scope.all) {
    const userId = scope.representedBy;
    query = query.where((eb) =>
      eb.or([
        ...(scope.centerIds.length > 0 ? [eb('bookings.center_id', 'in', scope.centerIds)] : []),
        ...(userId
          ? [
              eb('bookings.requested_by', '=', userId),
              eb(
                'bookings.beneficiary_id',
                'in',
                eb
                  .selectFrom('beneficiary_representatives')
                  .select('beneficiary_id')
                  .where('user_id', '=', userId),
              ),
            ]
          : []),
      ]),
    );
  }
  if (filter.centerId) query = query.where('bookings.center_id', '=', filter.centerId);
  if (filter.roomId) query = query.where('bookings.room_id', '=', filter.roomId);
  if (filter.beneficiaryId) query = query.where('bookings.beneficiary_id', '=', filter.beneficiaryId);
  if (filter.status) query = query.where('bookings.status', '=', filter.status);
  if (filter.from) query = query.where('bookings.end_at', '>', filter.from);
  if (filter.to) query = query.where('bookings.start_at', '<', filter.to);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(bookings.start_at, bookings.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

/** Demand the centre could not meet: the reports' "refused for lack of space". */
export async function insertRefusal(
  db: Kysely<DB>,
  refusal: {
    roomId: string;
    centerId: string;
    beneficiaryId: string | null;
    start: Date;
    end: Date;
    occurrences: number;
    requestedBy: string | null;
  },
) {
  await db
    .insertInto('booking_refusals')
    .values({
      room_id: refusal.roomId,
      center_id: refusal.centerId,
      beneficiary_id: refusal.beneficiaryId,
      start_at: refusal.start,
      end_at: refusal.end,
      occurrences: refusal.occurrences,
      requested_by: refusal.requestedBy,
    })
    .execute();
}
