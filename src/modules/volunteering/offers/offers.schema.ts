import { z } from 'zod';
import { APPLICATION_STATUSES, OFFER_STATUSES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { calendarDateSchema } from '../../../lib/time.ts';
import { district, districtQuery, hoursPerWeek } from '../volunteering.schema.ts';
import { skill, skills } from '../volunteers/volunteers.schema.ts';

export const offerSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  centerId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  skills: z.array(z.string()),
  district: z.number().int().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  volunteersNeeded: z.number().int(),
  volunteersAccepted: z.number().int(),
  hoursPerWeek: z.number().int().nullable(),
  status: z.enum(OFFER_STATUSES),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Offer = z.infer<typeof offerSchema>;

const offerFields = {
  centerId: z.string().max(100).nullable().optional(),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).nullable().optional(),
  skills,
  district: district.nullable().optional(),
  start: calendarDateSchema.nullable().optional(),
  end: calendarDateSchema.nullable().optional(),
  volunteersNeeded: z.number().int().min(1).max(1000),
  hoursPerWeek: hoursPerWeek.nullable().optional(),
};

export const newOfferBody = z.object({ organizationId: z.string().max(100), ...offerFields }).strict();
/** A new offer; services may also give its status (the API opens every offer). */
export type NewOffer = z.infer<typeof newOfferBody> & { status?: Offer['status'] };

export const offerChangesBody = z
  .object({
    centerId: offerFields.centerId,
    title: offerFields.title.optional(),
    description: offerFields.description,
    skills: skills.optional(),
    district: offerFields.district,
    start: offerFields.start,
    end: offerFields.end,
    volunteersNeeded: offerFields.volunteersNeeded.optional(),
    hoursPerWeek: offerFields.hoursPerWeek,
    status: z.enum(OFFER_STATUSES).optional(),
  })
  .strict();
export type OfferChanges = z.infer<typeof offerChangesBody>;

export const offerListQuery = z
  .object({
    organizationId: z.string().max(100).optional(),
    status: z.enum(OFFER_STATUSES).optional(),
    skill: skill.optional(),
    district: districtQuery.optional(),
    ...pageQuery,
  })
  .strict();
export type OfferListQuery = z.infer<typeof offerListQuery>;

// Matching

export const matchQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }).strict();

const factorSchema = z.object({
  code: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  text: z.string(),
});
const scoreFields = {
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.string()).describe("Why, in the caller's language (Accept-Language)"),
  factors: z.array(factorSchema).describe('The same reasons with machine codes and points'),
};

/** Open offers for a volunteer. */
export const offerMatchesSchema = z.object({
  items: z.array(
    z.object({
      offerId: z.string(),
      title: z.string(),
      organizationName: z.string(),
      ...scoreFields,
    }),
  ),
});
export type OfferMatches = z.infer<typeof offerMatchesSchema>;

/** Volunteers for an offer. */
export const volunteerMatchesSchema = z.object({
  items: z.array(
    z.object({
      volunteerId: z.string(),
      name: z.string(),
      ...scoreFields,
      applicationStatus: z.enum(APPLICATION_STATUSES).nullable(),
    }),
  ),
  othersMatching: z
    .number()
    .int()
    .describe(
      "Volunteers who match but have not applied: the offer's members see them only once they apply; staff see them in items",
    ),
});
export type VolunteerMatches = z.infer<typeof volunteerMatchesSchema>;
