import { z } from 'zod';

/** Shapes the volunteering sub-resources share: the OpenAPI tag, the id parameter, districts, hours. */

export const TAGS = ['volunteering'];
export const idParams = z.object({ id: z.string().max(100) });
/** Kraków's districts, by number. */
export const district = z.number().int().min(1).max(18);
export const districtQuery = z.coerce.number().int().min(1).max(18);
export const hoursPerWeek = z.number().int().min(1).max(80);
