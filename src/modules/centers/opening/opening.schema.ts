import { z } from 'zod';
import { pageQuery } from '../../../lib/pagination.ts';
import { calendarDateSchema, WEEKDAYS } from '../../../lib/time.ts';

// Opening hours as a centre is given them

const clockTime = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a time HH:MM from 00:00 to 24:00')
  .meta({ example: '08:00' });
const dayHours = z.array(z.tuple([clockTime, clockTime])).max(12);
/** All seven days are required, so a forgotten day is an error rather than a silent closure. */
export const openingHoursInput = z
  .object({
    mon: dayHours,
    tue: dayHours,
    wed: dayHours,
    thu: dayHours,
    fri: dayHours,
    sat: dayHours,
    sun: dayHours,
  })
  .strict()
  .meta({
    description:
      'Weekly hours in the centre\'s time zone: every day from "mon" to "sun", each a list of ' +
      '["HH:MM","HH:MM"] intervals in order, apart from each other ("24:00" ends at midnight); [] is closed.',
  });
export const openHolidaysInput = z.array(calendarDateSchema).max(100).meta({
  description: 'Polish public holidays on which this centre is open anyway',
});

// Opening hours as the API shows them

/** An opening interval of a day: from, to ("HH:MM"). */
export const intervalSchema = z.tuple([z.string(), z.string()]);
export type Interval = z.infer<typeof intervalSchema>;

export const openingHoursSchema = z.object({
  mon: z.array(intervalSchema),
  tue: z.array(intervalSchema),
  wed: z.array(intervalSchema),
  thu: z.array(intervalSchema),
  fri: z.array(intervalSchema),
  sat: z.array(intervalSchema),
  sun: z.array(intervalSchema),
});

// Closures

export const closureSchema = z.object({
  id: z.string(),
  centerId: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
});
export type Closure = z.infer<typeof closureSchema>;

export const closureBody = z
  .object({ from: calendarDateSchema, to: calendarDateSchema, reason: z.string().trim().min(1).max(200) })
  .strict();
export type ClosureInput = z.infer<typeof closureBody>;

export const closuresQuery = z
  .object({ from: calendarDateSchema.optional(), to: calendarDateSchema.optional(), ...pageQuery })
  .strict();
export type ClosuresQuery = z.infer<typeof closuresQuery>;

export const closureParams = z.object({ id: z.string().max(100), closureId: z.string().max(100) });

// The days calendar

export const CLOSED_REASONS = ['holiday', 'closure', 'weekly'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

export const daySchema = z.object({
  date: z.string(),
  weekday: z.enum(WEEKDAYS),
  open: z.boolean(),
  /** The opening intervals of this day; empty when closed. */
  hours: z.array(intervalSchema),
  reason: z.enum(CLOSED_REASONS).optional(),
  holiday: z.string().optional().meta({ description: 'Polish name of the public holiday on this day' }),
  holidayEn: z.string().optional().meta({ description: 'English name of the public holiday on this day' }),
  closureReason: z.string().optional(),
});
export type CenterDay = z.infer<typeof daySchema>;

export const daysQuery = z.object({ from: calendarDateSchema, to: calendarDateSchema }).strict();

export const centerDaysSchema = z.object({
  centerId: z.string(),
  timezone: z.string(),
  days: z.array(daySchema),
});
export type CenterDays = z.infer<typeof centerDaysSchema>;
