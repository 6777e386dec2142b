import { z } from 'zod';
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, GOAL_STATUSES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { id } from '../advice.schema.ts';
import { appointmentSchema } from '../appointments/appointments.schema.ts';

const goalTitle = z.string().trim().min(1).max(300);

export const goalSchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  title: z.string(),
  progress: z.number().int(),
  status: z.enum(GOAL_STATUSES),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Goal = z.infer<typeof goalSchema>;

export const engagementSchema = z.object({
  id: z.string(),
  advisorId: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  kind: z.enum(ENGAGEMENT_KINDS),
  title: z.string().nullable(),
  status: z.enum(ENGAGEMENT_STATUSES),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Engagement = z.infer<typeof engagementSchema>;

/** An engagement with its goals and its sessions (appointments). */
export const engagementDetailSchema = engagementSchema.extend({
  goals: z.array(goalSchema),
  sessions: z.array(appointmentSchema),
});
export type EngagementDetail = z.infer<typeof engagementDetailSchema>;

export const createEngagementBody = z
  .object({
    advisorId: id,
    beneficiaryId: id,
    kind: z.enum(ENGAGEMENT_KINDS),
    title: z.string().trim().max(300).optional(),
    goals: z.array(z.object({ title: goalTitle }).strict()).max(50),
  })
  .strict();
export type EngagementInput = z.infer<typeof createEngagementBody>;

export const engagementQuery = z
  .object({ advisorId: id.optional(), beneficiaryId: id.optional(), ...pageQuery })
  .strict();
export type EngagementQuery = z.infer<typeof engagementQuery>;

export const goalBody = z.object({ title: goalTitle }).strict();
export type GoalInput = z.infer<typeof goalBody>;

export const goalChangesBody = z
  .object({
    title: goalTitle.optional(),
    progress: z.number().int().min(0).max(100).optional(),
    status: z.enum(GOAL_STATUSES).optional(),
  })
  .strict();
export type GoalChanges = z.infer<typeof goalChangesBody>;
