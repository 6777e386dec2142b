import { z } from 'zod';

export const districtListSchema = z.object({
  items: z.array(z.object({ number: z.number().int(), name: z.string() })),
});
