import { z } from 'zod';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { fromBoundSchema, instantSchema, toBoundSchema } from '../../../lib/time.ts';
import type { ActivityRow, SessionRow } from './activities.repo.ts';

export const TAGS = ['programme'];

const instant = instantSchema;
export const activityKind = z.enum(ACTIVITY_KINDS);
export const id = z.string().max(100);
export const idParams = z.object({ id });
const title = z.string().trim().min(1).max(200);
const description = z.string().max(10_000);
const audience = z.string().max(500);
const capacity = z.number().int().min(1).max(100_000);
export const reason = z.string().trim().max(2000);

export const sessionSchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  start: z.date(),
  end: z.date(),
  bookingId: z.string().nullable(),
  walkIns: z.number().int(),
  attendanceRecordedAt: z.date().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const averageSchema = z.object({ count: z.number().int(), average: z.number().nullable() });

export const activitySchema = z.object({
  id: z.string(),
  centerId: z.string(),
  kind: activityKind,
  title: z.string(),
  description: z.string().nullable(),
  audience: z.string().nullable(),
  roomId: z.string().nullable(),
  capacity: z.number().int().nullable().describe('null: no limit'),
  start: z.date(),
  end: z.date(),
  recurrence: z.object({ rrule: z.string() }).nullable(),
  registrationOpensAt: z.date().nullable(),
  registrationClosesAt: z.date(),
  published: z.boolean(),
  status: z.enum(ACTIVITY_STATUSES),
  cancelReason: z.string().nullable(),
  seatsTaken: z.number().int(),
  seatsLeft: z.number().int().nullable(),
  waitlisted: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityDetailSchema = activitySchema.extend({
  sessions: z.array(sessionSchema),
  feedback: averageSchema.optional().describe('staff of the centre only'),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

export const createActivityBody = z
  .object({
    centerId: id,
    kind: activityKind,
    title,
    description: description.nullable().optional(),
    audience: audience.nullable().optional(),
    start: instant,
    end: instant,
    roomId: id.nullable().optional(),
    capacity: capacity.nullable().optional(),
    registrationOpensAt: instant.nullable().optional(),
    registrationClosesAt: instant.nullable().optional().describe('default: the start of the activity'),
    recurrence: z
      .object({ rrule: z.string().min(1).max(500) })
      .strict()
      .optional(),
    published: z.boolean().optional(),
    override: z.boolean().optional().describe('hold the room outside opening hours or above its capacity'),
  })
  .strict();
export type ActivityInput = z.infer<typeof createActivityBody>;

export const updateActivityBody = z
  .object({
    title: title.optional(),
    description: description.nullable().optional(),
    audience: audience.nullable().optional(),
    start: instant.optional(),
    end: instant.optional(),
    roomId: id.nullable().optional(),
    capacity: capacity.nullable().optional(),
    registrationOpensAt: instant.nullable().optional(),
    registrationClosesAt: instant.nullable().optional(),
    published: z.boolean().optional(),
    override: z.boolean().optional(),
  })
  .strict();
export type ActivityChanges = z.infer<typeof updateActivityBody>;

export const listActivitiesQuery = z
  .object({
    centerId: id.optional(),
    kind: activityKind.optional(),
    status: z.enum(ACTIVITY_STATUSES).optional(),
    from: fromBoundSchema.optional(),
    to: toBoundSchema.optional(),
    order: z.enum(['asc', 'desc']).optional(),
    ...pageQuery,
  })
  .strict();
export type ActivityQuery = z.infer<typeof listActivitiesQuery>;

export const cancelBody = z.object({ reason: reason.optional() }).strict().nullish();

/** Registration closes when the activity starts, unless the staff set another moment. */
export const closesAt = (row: { registration_closes_at: Date | null; start_at: Date }) =>
  row.registration_closes_at ?? row.start_at;

export function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    centerId: row.center_id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    audience: row.audience,
    roomId: row.room_id,
    capacity: row.capacity,
    start: row.start_at,
    end: row.end_at,
    recurrence: row.rrule ? { rrule: row.rrule } : null,
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: closesAt(row),
    published: row.published,
    status: row.status,
    cancelReason: row.cancel_reason,
    seatsTaken: row.seats_taken,
    seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.seats_taken),
    waitlisted: row.waitlisted,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    ordinal: row.ordinal,
    start: row.start_at,
    end: row.end_at,
    bookingId: row.booking_id,
    walkIns: row.walk_ins,
    attendanceRecordedAt: row.attendance_recorded_at,
  };
}
