import { z } from 'zod';
import { INITIATIVE_STAGES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { calendarDateSchema } from '../../../lib/time.ts';
import { person } from '../incubation.schema.ts';
import { linkSchema } from '../links/links.schema.ts';
import { noteSchema } from '../notes/notes.schema.ts';

const stage = z.enum(INITIATIVE_STAGES);

export const initiativeSchema = z.object({
  id: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  centerId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  stage,
  mentorId: z.string().nullable(),
  mentor: person.nullable(),
  nextStep: z.string().nullable(),
  nextStepDate: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

const stageChangeSchema = z.object({
  id: z.string(),
  from: stage.nullable(),
  to: stage,
  note: z.string().nullable(),
  changedBy: person.nullable(),
  changedAt: z.date(),
});
export type StageChange = z.infer<typeof stageChangeSchema>;

/**
 * An initiative with its stage history, notes and links. The notes are absent for whoever reads
 * it only as a staff account that represents the beneficiary (initiative.readNotes), and so are
 * its stage changes' notes (null).
 */
export const detailSchema = initiativeSchema.extend({
  history: z.array(stageChangeSchema),
  notes: z.array(noteSchema).optional(),
  links: z.array(linkSchema),
});
export type InitiativeDetail = z.infer<typeof detailSchema>;

const title = z.string().trim().min(1).max(300);
const description = z.string().trim().max(10_000).nullable().optional();
const userId = z.string().max(100);

export const newInitiativeBody = z
  .object({
    beneficiaryId: z.string().max(100),
    title,
    description,
    mentorId: userId.nullable().optional(),
    centerId: z.string().max(100).nullable().optional(),
  })
  .strict();
export type NewInitiative = z.infer<typeof newInitiativeBody>;

export const initiativeChangesBody = z
  .object({
    title: title.optional(),
    description,
    mentorId: userId.nullable().optional(),
    centerId: z.string().max(100).nullable().optional(),
    nextStep: z.string().trim().max(1000).nullable().optional(),
    nextStepDate: calendarDateSchema.nullable().optional(),
  })
  .strict();
export type InitiativeChanges = z.infer<typeof initiativeChangesBody>;

export const initiativeListQuery = z
  .object({
    stage: stage.optional(),
    beneficiaryId: z.string().max(100).optional(),
    mentorId: z.string().max(100).optional(),
    ...pageQuery,
  })
  .strict();
export type InitiativeListQuery = z.infer<typeof initiativeListQuery>;

export const stageBody = z.object({ stage, note: z.string().trim().max(2000).optional() }).strict();
export type StageInput = z.infer<typeof stageBody>;
