import { z } from 'zod';
import { openHolidaysInput, openingHoursInput, openingHoursSchema } from '../opening/opening.schema.ts';

export const idParams = z.object({ id: z.string().max(100) });

export const nameInput = z.string().trim().min(1).max(200);
export const descriptionInput = z.string().max(5000).nullable();

export const centerBody = z
  .object({
    name: nameInput,
    address: z.string().trim().min(1).max(500),
    district: z
      .number()
      .int()
      .min(1)
      .max(18)
      .nullable()
      .meta({ description: "Kraków's district, 1..18" })
      .optional(),
    timezone: z.string().max(64).meta({ description: 'IANA time zone', example: 'Europe/Warsaw' }).optional(),
    openingHours: openingHoursInput.optional(),
    openHolidays: openHolidaysInput.optional(),
    email: z.email().max(254).nullable().optional(),
    phone: z.string().trim().max(50).nullable().optional(),
    description: descriptionInput.optional(),
    accessibility: z.string().max(5000).nullable().optional().meta({
      description: "The building's accessibility: entrance, lift, toilets, parking, induction loop",
    }),
  })
  .strict();

export type CenterInput = z.infer<typeof centerBody>;

export const centerChanges = centerBody.partial().strict();
export type CenterChanges = z.infer<typeof centerChanges>;

export const centerSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  district: z.number().nullable(),
  timezone: z.string(),
  openingHours: openingHoursSchema,
  openHolidays: z.array(z.string()),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  description: z.string().nullable(),
  /** The building's accessibility, for the accessibility statement. */
  accessibility: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export type Center = z.infer<typeof centerSchema>;
