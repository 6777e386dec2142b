import type { Kysely } from 'kysely';
import type { BookingStatus } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import { HOLDING } from '../bookings.repo.ts';

/** Holding bookings of rooms in a time window, for availability and calendar feeds. */
export function selectRoomHolds(
  db: Kysely<DB>,
  filter: {
    /** These rooms, or every room of these centres ('all': of every centre). */
    roomIds?: string[];
    centerIds?: string[] | 'all';
    from: Date;
    to: Date;
    statuses?: BookingStatus[];
    /** Also the cancelled bookings that had been approved (and so published). */
    withCancelled?: boolean;
  },
) {
  const statuses = filter.statuses ?? HOLDING;
  return db
    .selectFrom('bookings')
    .innerJoin('rooms', 'rooms.id', 'bookings.room_id')
    .innerJoin('centers', 'centers.id', 'bookings.center_id')
    .select([
      'bookings.id',
      'bookings.room_id',
      'rooms.name as room_name',
      'bookings.title',
      'bookings.kind',
      'bookings.start_at',
      'bookings.end_at',
      'bookings.status',
      'bookings.updated_at',
      'bookings.revision',
      'bookings.title_public',
      'bookings.center_id',
      'centers.name as center_name',
    ])
    .$if(filter.roomIds !== undefined, (query) => query.where('bookings.room_id', 'in', filter.roomIds ?? []))
    .$if(Array.isArray(filter.centerIds), (query) =>
      query.where('bookings.center_id', 'in', filter.centerIds as string[]),
    )
    .where((eb) =>
      filter.withCancelled
        ? eb.or([
            eb('bookings.status', 'in', statuses),
            eb.and([eb('bookings.status', '=', 'cancelled'), eb('bookings.was_approved', '=', true)]),
          ])
        : eb('bookings.status', 'in', statuses),
    )
    .where('bookings.end_at', '>', filter.from)
    .where('bookings.start_at', '<', filter.to)
    .orderBy('bookings.start_at')
    .execute();
}
