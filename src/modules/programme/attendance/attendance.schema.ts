import { z } from 'zod';
import { id, sessionSchema } from '../activities/activities.schema.ts';
import { registrationStatus } from '../registrations/registrations.schema.ts';

export const checkInSchema = z.object({
  activityId: z.string(),
  title: z.string(),
  session: sessionSchema,
  opensAt: z.date().describe('From when attendance of this session may be taken (an hour before it starts)'),
  open: z
    .boolean()
    .describe('Whether attendance may be taken now (the activity scheduled and opensAt passed)'),
  registrations: z.array(
    z.object({
      registrationId: z.string(),
      beneficiaryId: z.string(),
      beneficiaryName: z.string(),
      seats: z.number().int(),
      status: registrationStatus,
      position: z.number().int().nullable(),
      /** Seats attended at this session; null while attendance was not taken for it. */
      attendedSeats: z.number().int().nullable(),
      noShow: z.boolean(),
    }),
  ),
  totals: z.object({
    registeredSeats: z.number().int(),
    attendedSeats: z.number().int(),
    walkIns: z.number().int(),
    participants: z.number().int(),
    noShows: z.number().int(),
  }),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const attendanceBody = z
  .object({
    sessionId: id.optional(),
    attended: z
      .array(z.object({ registrationId: id, seats: z.number().int().min(0).max(1000) }).strict())
      .max(10_000),
    walkIns: z.number().int().min(0).max(100_000).optional(),
  })
  .strict();
export type AttendanceInput = z.infer<typeof attendanceBody>;

export const checkInBody = z
  .object({
    sessionId: id.optional(),
    registrationId: id,
    seats: z.number().int().min(0).max(1000).optional(),
  })
  .strict();
export type CheckInInput = z.infer<typeof checkInBody>;

export const sessionQuery = z.object({ sessionId: id.optional() }).strict();
