import { z } from 'zod';

/** Zod shapes every advice sub-resource shares. */

export const TAGS = ['advice'];

export const id = z.string().max(100);
export const idParams = z.object({ id });

/** The body of an action that takes none (absent or {}). */
export const emptyBody = z.object({}).strict().nullish();
