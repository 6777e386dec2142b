import { z } from 'zod';
import { BOOKING_STATUSES } from '../../db/enums.ts';
import type { BookingRow } from './bookings.repo.ts';

/** A room lending as the API shows it: the one definition of its shape. */
export const bookingSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  centerId: z.string(),
  beneficiaryId: z.string().nullable(),
  seriesId: z.string().nullable(),
  title: z.string(),
  titlePublic: z.boolean().describe('The organizer lets the title show in the public calendar feeds'),
  purpose: z.string().nullable(),
  expectedAttendees: z.number().nullable(),
  start: z.date(),
  end: z.date(),
  status: z.enum(BOOKING_STATUSES),
  attendees: z.number().nullable(),
  requestedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  decisionReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  revision: z
    .number()
    .int()
    .describe('How many times its time, room, title or status changed: the SEQUENCE of its iCalendar event'),
});

export type Booking = z.infer<typeof bookingSchema>;

export const idParams = z.object({ id: z.string().max(100) });

/** The one mapping of a bookings row to a Booking. */
export function toBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    roomId: row.room_id,
    centerId: row.center_id,
    beneficiaryId: row.beneficiary_id,
    seriesId: row.series_id,
    title: row.title,
    titlePublic: row.title_public,
    purpose: row.purpose,
    expectedAttendees: row.expected_attendees,
    start: row.start_at,
    end: row.end_at,
    status: row.status,
    attendees: row.attendees,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}
