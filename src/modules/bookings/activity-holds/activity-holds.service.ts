import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Occurrence } from '../../../lib/recurrence.ts';
import * as repo from '../bookings.repo.ts';

// Room holds of the centre's own activities (the programme module): approved, no beneficiary,
// under the same exclusion constraint as lendings. Call inside the caller's transaction; an
// overlap raises an exclusion violation, to be answered with findRoomConflicts after the rollback.

export async function holdRoomForActivity(
  db: Kysely<DB>,
  hold: {
    roomId: string;
    centerId: string;
    title: string;
    occurrences: Occurrence[];
    requestedBy: string | null;
  },
): Promise<string[]> {
  const rows = await repo.insertBookings(
    db,
    hold.occurrences.map((occurrence) => ({
      roomId: hold.roomId,
      centerId: hold.centerId,
      kind: 'activity' as const,
      beneficiaryId: null,
      seriesId: null,
      title: hold.title,
      purpose: null,
      expectedAttendees: null,
      start: occurrence.start,
      end: occurrence.end,
      status: 'approved' as const,
      requestedBy: hold.requestedBy,
      termsAcceptedAt: null,
      decidedBy: hold.requestedBy,
    })),
  );
  return rows.map((row) => row.id);
}

/** Frees the rooms held by these activity holds (they stay on record as cancelled). */
export async function releaseActivityHolds(db: Kysely<DB>, bookingIds: string[], actorId: string | null) {
  for (const id of bookingIds) {
    const row = await repo.findBooking(db, id, { forUpdate: true });
    if (row?.kind !== 'activity' || !['pending', 'approved'].includes(row.status)) continue;
    await repo.updateStatus(db, id, { status: 'cancelled', decidedBy: actorId });
  }
}

/** The holds of a room (lendings and activities) that overlap any of these occurrences. */
export async function findRoomConflicts(db: Kysely<DB>, roomId: string, occurrences: Occurrence[]) {
  const rows = await repo.selectConflicts(db, roomId, occurrences);
  return rows.map((row) => ({
    occurrence: Number(row.index) - 1,
    bookingId: row.id,
    kind: row.kind,
    start: row.start_at,
    end: row.end_at,
    status: row.status,
  }));
}
