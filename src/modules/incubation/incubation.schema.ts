import { z } from 'zod';

/** Shapes the incubation sub-resources share. */

export const TAGS = ['incubation'];
export const idParams = z.object({ id: z.string().max(100) });
/** A user named on an initiative: its mentor, a note's author, who changed the stage. */
export const person = z.object({ id: z.string(), name: z.string() });
