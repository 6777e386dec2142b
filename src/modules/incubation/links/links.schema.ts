import { z } from 'zod';
import { INITIATIVE_LINK_KINDS } from '../../../db/enums.ts';

export const linkSchema = z.object({
  id: z.string(),
  initiativeId: z.string(),
  kind: z.enum(INITIATIVE_LINK_KINDS),
  refId: z.string().nullable(),
  label: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
});
export type Link = z.infer<typeof linkSchema>;

export const newLinkBody = z
  .object({
    kind: z.enum(INITIATIVE_LINK_KINDS),
    refId: z.string().max(100).nullable().optional(),
    label: z.string().trim().min(1).max(300),
  })
  .strict();
export type NewLink = z.infer<typeof newLinkBody>;

export const linkParams = z.object({ id: z.string().max(100), linkId: z.string().max(100) });
