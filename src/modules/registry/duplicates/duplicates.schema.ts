import { z } from 'zod';
import {
  beneficiarySchema,
  duplicateSchema,
  kindSchema,
  nameSchema,
} from '../beneficiaries/beneficiaries.schema.ts';

export const DUPLICATE_REASONS = ['name', 'email', 'phone', 'regon'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const duplicatesQuery = z
  .object({
    name: nameSchema.optional().describe('Names alike to this one (the check while registering)'),
    kind: kindSchema.optional(),
  })
  .strict();

export const similarNamesSchema = z.object({ items: z.array(duplicateSchema) });

export const duplicatePairSchema = z.object({
  a: beneficiarySchema.describe('The older record'),
  b: beneficiarySchema,
  reasons: z
    .array(z.enum(DUPLICATE_REASONS))
    .describe(
      'name: names alike once legal forms are set aside, districts not differing; email, phone: ' +
        'the same; regon: the same REGON (or the same 9-digit base of a 14-digit one)',
    ),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;
export const duplicatePairsSchema = z.object({ items: z.array(duplicatePairSchema) });

export const dismissBody = z.object({ a: z.string().max(100), b: z.string().max(100) }).strict();
export type DismissInput = z.infer<typeof dismissBody>;
