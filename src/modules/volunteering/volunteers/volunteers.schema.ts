import { z } from 'zod';
import { pageQuery } from '../../../lib/pagination.ts';
import { calendarDateSchema, WEEKDAYS } from '../../../lib/time.ts';
import { district, districtQuery, hoursPerWeek } from '../volunteering.schema.ts';
import { SKILL_CODES } from './skills.ts';

export const skill = z.enum(SKILL_CODES);
export const skills = z.array(skill).min(1).max(30);
const tags = z.array(z.string().trim().min(1).max(50)).max(30);
const availabilityInput = z
  .object({
    from: calendarDateSchema.nullable().optional(),
    to: calendarDateSchema.nullable().optional(),
    weekdays: z.array(z.enum(WEEKDAYS)).max(7).optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .strict();

export const skillListSchema = z.object({
  items: z.array(z.object({ code: z.string(), label: z.string(), pl: z.string(), en: z.string() })),
});

export const volunteerSchema = z.object({
  id: z.string(),
  beneficiaryId: z.string(),
  name: z.string(),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  districts: z.array(z.number().int()),
  hoursPerWeek: z.number().int().nullable(),
  availability: z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    weekdays: z.array(z.string()),
    note: z.string().nullable(),
  }),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Volunteer = z.infer<typeof volunteerSchema>;

const profileFields = {
  skills,
  tags: tags.optional(),
  districts: z.array(district).max(18).optional(),
  hoursPerWeek: hoursPerWeek.nullable().optional(),
  availability: availabilityInput.nullable().optional(),
};

export const newVolunteerBody = z.object({ beneficiaryId: z.string().max(100), ...profileFields }).strict();
export type NewVolunteer = z.infer<typeof newVolunteerBody>;

export const volunteerChangesBody = z
  .object({ ...profileFields, skills: skills.optional(), active: z.boolean().optional() })
  .strict();
export type VolunteerChanges = z.infer<typeof volunteerChangesBody>;

export const volunteerListQuery = z
  .object({ skill: skill.optional(), district: districtQuery.optional(), ...pageQuery })
  .strict();
export type VolunteerListQuery = z.infer<typeof volunteerListQuery>;
