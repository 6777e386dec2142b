import { z } from 'zod';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { fromBoundSchema, instantSchema, toBoundSchema } from '../../../lib/time.ts';
import { id } from '../advice.schema.ts';

const appointmentKind = z.enum(APPOINTMENT_KINDS);
const appointmentStatus = z.enum(APPOINTMENT_STATUSES);
const topic = z.string().trim().min(1).max(300);
const notes = z.string().max(20_000);

export const appointmentSchema = z.object({
  id: z.string(),
  advisorId: z.string(),
  advisorName: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  centerId: z.string(),
  engagementId: z.string().nullable(),
  kind: appointmentKind,
  topic: z.string(),
  start: z.date(),
  end: z.date(),
  status: appointmentStatus,
  cancelReason: z.string().nullable(),
  bookedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  notes: z
    .string()
    .nullable()
    .optional()
    .describe("present only for the appointment's advisor and the beneficiary's representatives"),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const createAppointmentBody = z
  .object({
    advisorId: id,
    beneficiaryId: id,
    kind: appointmentKind,
    start: instantSchema,
    end: instantSchema,
    topic,
    engagementId: id.optional(),
  })
  .strict();
export type AppointmentInput = z.infer<typeof createAppointmentBody>;

export const appointmentQuery = z
  .object({
    advisorId: id.optional(),
    beneficiaryId: id.optional(),
    centerId: id.optional(),
    engagementId: id.optional(),
    status: appointmentStatus.optional(),
    from: fromBoundSchema.optional(),
    to: toBoundSchema.optional(),
    ...pageQuery,
  })
  .strict();
export type AppointmentQuery = z.infer<typeof appointmentQuery>;

export const updateAppointmentBody = z
  .object({
    start: instantSchema.optional(),
    end: instantSchema.optional(),
    topic: topic.optional(),
    notes: notes.nullable().optional(),
  })
  .strict();
export type AppointmentChanges = z.infer<typeof updateAppointmentBody>;

export const completeBody = z.object({ notes: notes.optional() }).strict().nullish();
export type CompleteInput = NonNullable<z.infer<typeof completeBody>>;

export const cancelBody = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .strict()
  .nullish();
export type CancelInput = NonNullable<z.infer<typeof cancelBody>>;

// Feedback: once, after a completed appointment, by a representative of the beneficiary

export const feedbackBody = z
  .object({ rating: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() })
  .strict();
export type FeedbackInput = z.infer<typeof feedbackBody>;

export const feedbackSchema = z.object({
  id: z.string(),
  appointmentId: z.string(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  createdAt: z.date(),
});
export type Feedback = z.infer<typeof feedbackSchema>;
