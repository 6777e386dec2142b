import { z } from 'zod';
import { person } from '../incubation.schema.ts';

export const noteSchema = z.object({
  id: z.string(),
  initiativeId: z.string(),
  body: z.string(),
  author: person.nullable(),
  createdAt: z.date(),
});
export type Note = z.infer<typeof noteSchema>;

export const newNoteBody = z.object({ body: z.string().trim().min(1).max(10_000) }).strict();
