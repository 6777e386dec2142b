import { z } from 'zod';
import { csvFormatQuery } from '../../../lib/csv.ts';
import { calendarDateSchema } from '../../../lib/time.ts';

export const openDataQuery = z.object({ from: calendarDateSchema, to: calendarDateSchema }).strict();
export const openDataCsvQuery = openDataQuery.extend(csvFormatQuery);

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
