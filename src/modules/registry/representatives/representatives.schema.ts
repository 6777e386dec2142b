import { z } from 'zod';

export const representativeSchema = z.object({
  beneficiaryId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  createdAt: z.date(),
});
export type Representative = z.infer<typeof representativeSchema>;

export const representativeListSchema = z.object({
  items: z.array(representativeSchema),
  nextCursor: z.null(),
});
export const representativeBody = z.object({ userId: z.string().max(100) }).strict();
export const representativeParams = z.object({ id: z.string().max(100), userId: z.string().max(100) });
