import { z } from 'zod';
import { BENEFICIARY_KINDS } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';

export const REGISTRY_TAG = ['registry'];

export const kindSchema = z.enum(BENEFICIARY_KINDS);
export const nameSchema = z.string().trim().min(1).max(300);
const email = z.email().max(254);
// Digits with the usual separators, an optional leading +: "+48 12 345 67 89", "(12) 345-67-89".
const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9(][0-9 ()./-]{4,38}[0-9]$/, 'not a phone number');
const district = z.number().int().min(1).max(18);
// Registry numbers may come with spaces or dashes; their checksums are the service's to judge.
const identifier = z.string().max(30);
const legalForm = z.string().trim().max(100);

const beneficiaryFields = {
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
  district: district.nullable().optional(),
  krs: identifier.nullable().optional().describe('KRS: 10 digits (organizations only)'),
  nip: identifier.nullable().optional().describe('NIP: 10 digits with a valid check digit; dashes allowed'),
  regon: identifier.nullable().optional().describe('REGON: 9 or 14 digits with valid check digits'),
  legalForm: legalForm.nullable().optional().describe('e.g. stowarzyszenie, fundacja (organizations only)'),
};

export const beneficiaryBody = z
  .object({ kind: kindSchema, name: nameSchema, ...beneficiaryFields })
  .strict();
export type BeneficiaryInput = z.infer<typeof beneficiaryBody>;
/** The values as stored (trimmed, registry numbers as bare digits): every field, null when empty. */
export type BeneficiaryValues = { [K in keyof BeneficiaryInput]-?: Exclude<BeneficiaryInput[K], undefined> };

export const beneficiaryChangesBody = z
  .object({ kind: kindSchema.optional(), name: nameSchema.optional(), ...beneficiaryFields })
  .strict();
export type BeneficiaryChanges = z.infer<typeof beneficiaryChangesBody>;

export const beneficiarySchema = z.object({
  id: z.string(),
  kind: kindSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  district: z.number().int().nullable(),
  krs: z.string().nullable(),
  nip: z.string().nullable(),
  regon: z.string().nullable(),
  legalForm: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  erased: z.boolean(),
});
export type Beneficiary = z.infer<typeof beneficiarySchema>;

export const duplicateSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: kindSchema,
  similarity: z.number(),
});
export type PossibleDuplicate = z.infer<typeof duplicateSchema>;

export const createdBeneficiarySchema = beneficiarySchema.extend({
  possibleDuplicates: z.array(duplicateSchema),
});
export type CreatedBeneficiary = z.infer<typeof createdBeneficiarySchema>;

export const listQuery = z
  .object({
    kind: kindSchema.optional(),
    q: z.string().max(200).optional(),
    district: z.coerce.number().int().min(1).max(18).optional(),
    includeErased: z.enum(['true', 'false']).optional(),
    ...pageQuery,
  })
  .strict();

export const idParams = z.object({ id: z.string().max(100) });
