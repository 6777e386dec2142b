import { z } from 'zod';

export const mergeBody = z
  .object({ into: z.string().max(100).describe('The record that stays; the one of the path goes into it') })
  .strict();
export type MergeInput = z.infer<typeof mergeBody>;
