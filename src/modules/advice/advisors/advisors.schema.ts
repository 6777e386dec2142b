import { z } from 'zod';
import { pageQuery } from '../../../lib/pagination.ts';
import { fromBoundSchema, instantSchema } from '../../../lib/time.ts';
import { id } from '../advice.schema.ts';

const specialty = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'a lower-case word such as legal, accounting, fundraising, pr')
  .meta({ example: 'legal' });

export const advisorSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  specialties: z.array(z.string()),
  centerIds: z.array(z.string()),
  bio: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Advisor = z.infer<typeof advisorSchema>;

export const createAdvisorBody = z
  .object({
    userId: id,
    specialties: z.array(specialty).max(20),
    centerIds: z.array(id).max(100),
    bio: z.string().max(5000).nullable().optional(),
  })
  .strict();
export type AdvisorInput = z.infer<typeof createAdvisorBody>;

export const updateAdvisorBody = z
  .object({
    specialties: z.array(specialty).max(20).optional(),
    centerIds: z.array(id).max(100).optional(),
    bio: z.string().max(5000).nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type AdvisorChanges = z.infer<typeof updateAdvisorBody>;

export const advisorQuery = z
  .object({
    specialty: specialty.optional(),
    centerId: id.optional(),
    includeInactive: z.stringbool().optional(),
    ...pageQuery,
  })
  .strict();
export type AdvisorQuery = z.infer<typeof advisorQuery>;

// Availability: windows in which appointments may be booked

export const windowSchema = z.object({
  id: z.string(),
  advisorId: z.string(),
  centerId: z.string(),
  start: z.date(),
  end: z.date(),
  createdAt: z.date(),
});
export type AvailabilityWindow = z.infer<typeof windowSchema>;

export const windowBody = z.object({ start: instantSchema, end: instantSchema, centerId: id }).strict();
export type WindowInput = z.infer<typeof windowBody>;

export const availabilityQuery = z
  .object({ from: fromBoundSchema.optional(), to: instantSchema.optional() })
  .strict();
export type AvailabilityQuery = z.infer<typeof availabilityQuery>;

export const availabilitySchema = z.object({
  advisorId: z.string(),
  windows: z.array(windowSchema),
  busy: z.array(z.object({ start: z.date(), end: z.date() })),
});
