import { z } from 'zod';
import { BOOKING_STATUSES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { fromBoundSchema, instantSchema, toBoundSchema } from '../../../lib/time.ts';
import { bookingSchema } from '../bookings.schema.ts';

export const createBookingBody = z
  .object({
    roomId: z.string().max(100),
    beneficiaryId: z.string().max(100),
    title: z.string().trim().min(1).max(200),
    titlePublic: z
      .boolean()
      .optional()
      .describe('Show the title in the public calendar feeds (default: busy time with a neutral title)'),
    start: instantSchema,
    end: instantSchema,
    expectedAttendees: z.number().int().min(0).max(10_000).optional(),
    purpose: z.string().trim().max(2000).optional(),
    termsAccepted: z.boolean().optional(),
    recurrence: z
      .object({ rrule: z.string().min(1).max(500) })
      .strict()
      .optional(),
    /** Staff only: book outside opening hours, on a closed day or above capacity. */
    override: z.boolean().optional(),
  })
  .strict();

export type BookingInput = z.infer<typeof createBookingBody>;

export const bookingSeriesSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  beneficiaryId: z.string().nullable(),
  title: z.string(),
  rrule: z.string(),
  createdAt: z.date(),
  bookings: z.array(bookingSchema),
});

export type BookingSeries = z.infer<typeof bookingSeriesSchema>;

/** One booking, or a series with all its occurrences. */
export const createdBookingSchema = z.union([
  bookingSchema,
  z.object({ seriesId: z.string(), bookings: z.array(bookingSchema) }),
]);

export type CreatedBooking = z.infer<typeof createdBookingSchema>;

export const listBookingsQuery = z
  .object({
    centerId: z.string().max(100).optional(),
    roomId: z.string().max(100).optional(),
    beneficiaryId: z.string().max(100).optional(),
    status: z.enum(BOOKING_STATUSES).optional(),
    from: fromBoundSchema.optional(),
    to: toBoundSchema.optional(),
    ...pageQuery,
  })
  .strict();

export type ListBookingsQuery = z.infer<typeof listBookingsQuery>;

// The workflow

export const approveBody = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .strict()
  .nullish();

export const rejectBody = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();

export const cancelBody = z
  .object({
    reason: z.string().trim().max(2000).optional(),
    scope: z.enum(['this', 'following']).optional(),
  })
  .strict()
  .nullish();

export type CancelInput = NonNullable<z.infer<typeof cancelBody>>;

export const cancelledBookingSchema = bookingSchema.extend({ cancelled: z.array(z.string()) });

export const attendanceBody = z.object({ attendees: z.number().int().min(0).max(100_000) }).strict();

export const moveBody = z
  .object({
    start: instantSchema,
    end: instantSchema,
    roomId: z
      .string()
      .max(100)
      .optional()
      .describe('Another room of the same centre (default: the same room)'),
    /** Staff: outside opening hours, on a closed day or above capacity. */
    override: z.boolean().optional(),
  })
  .strict();
export type MoveInput = z.infer<typeof moveBody>;
