import { z } from 'zod';
import { REGISTRATION_STATUSES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { activityKind, id, reason } from '../activities/activities.schema.ts';
import type { RegistrationRow } from './registrations.repo.ts';

export const registrationStatus = z.enum(REGISTRATION_STATUSES);
export const registrationParams = z.object({ id, regId: id });

export const registrationSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  seats: z.number().int(),
  status: registrationStatus,
  position: z.number().int().nullable().describe('on the waitlist: 1 = next in line'),
  attendedSeats: z.number().int().nullable(),
  registeredBy: z.string().nullable(),
  promotedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Registration = z.infer<typeof registrationSchema>;

export const cancelledRegistrationSchema = registrationSchema.extend({ promoted: z.array(z.string()) });
export type CancelledRegistration = z.infer<typeof cancelledRegistrationSchema>;

/** A registration across the programme, with the activity it is for. */
export const myRegistrationSchema = registrationSchema.extend({
  activity: z.object({
    id: z.string(),
    title: z.string(),
    kind: activityKind,
    centerId: z.string(),
    start: z.date(),
    end: z.date(),
    status: z.string(),
    recurrence: z.object({ rrule: z.string() }).nullable(),
  }),
});
export type MyRegistration = z.infer<typeof myRegistrationSchema>;

export const registerBody = z
  .object({ beneficiaryId: id, seats: z.number().int().min(1).max(1000).optional() })
  .strict();
export type RegistrationInput = z.infer<typeof registerBody>;

export const cancelRegistrationBody = z.object({ reason: reason.optional() }).strict().nullish();

export const listRegistrationsQuery = z
  .object({ status: registrationStatus.optional(), ...pageQuery })
  .strict();
export type RegistrationQuery = z.infer<typeof listRegistrationsQuery>;

export const myRegistrationsQuery = z
  .object({
    beneficiaryId: id.optional(),
    status: registrationStatus.optional(),
    upcoming: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
    ...pageQuery,
  })
  .strict();
export type MyRegistrationQuery = z.infer<typeof myRegistrationsQuery>;

export function toRegistration(row: RegistrationRow): Registration {
  return {
    id: row.id,
    activityId: row.activity_id,
    beneficiaryId: row.beneficiary_id,
    beneficiaryName: row.beneficiary_name,
    seats: row.seats,
    status: row.status,
    position: row.position,
    attendedSeats: row.attended_seats,
    registeredBy: row.registered_by,
    promotedAt: row.promoted_at,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
