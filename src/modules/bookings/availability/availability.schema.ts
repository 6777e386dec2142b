import { z } from 'zod';
import { dayBoundSchema } from '../../../lib/time.ts';

const interval = z.object({ start: z.date(), end: z.date() });

export const availabilityQuery = z.object({ from: dayBoundSchema, to: dayBoundSchema }).strict();

export type AvailabilityQuery = z.infer<typeof availabilityQuery>;

/** Free and busy times of a room within opening hours. */
export const availabilitySchema = z.object({
  roomId: z.string(),
  timezone: z.string(),
  free: z.array(interval),
  busy: z.array(interval),
});

export type Availability = z.infer<typeof availabilitySchema>;
export type Interval = z.infer<typeof interval>;
