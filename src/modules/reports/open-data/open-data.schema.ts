import { z } from 'zod';
import { calendarDateSchema } from '../../../lib/time.ts';

export const openDataQuery = z.object({ from: calendarDateSchema, to: calendarDateSchema }).strict();

export const openDataSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  suppressBelow: z.number(),
  rows: z.array(
    z.object({
      centerId: z.string().nullable(),
      centre: z.string(),
      key: z.string(),
      value: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
});
export type OpenData = z.infer<typeof openDataSchema>;
