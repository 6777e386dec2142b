import type { MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { IMPORT_KINDS, IMPORT_STATUSES } from '../../db/enums.ts';
import { pageQuery } from '../../lib/pagination.ts';

export const IMPORTS_TAG = ['imports'];

export const importKind = z.enum(IMPORT_KINDS);

/** A multipart field as @fastify/multipart attaches it to the body (attachFieldsToBody). */
const field = (description: string) =>
  z
    .custom<{ type: 'field'; value: string }>(
      (part) =>
        typeof part === 'object' &&
        part !== null &&
        (part as { type?: unknown }).type === 'field' &&
        typeof (part as { value?: unknown }).value === 'string' &&
        (part as { value: string }).value.length <= 20_000,
      'expected a form field of at most 20,000 characters',
    )
    .transform((part) => part.value)
    .meta({ type: 'string', description });

const uploadedFile = z
  .custom<MultipartFile>(
    (value) => typeof value === 'object' && value !== null && (value as { type?: string }).type === 'file',
    'expected a file (multipart/form-data field "file")',
  )
  .meta({ type: 'string', format: 'binary' });

export const uploadBody = z.object({
  file: uploadedFile,
  kind: field('beneficiaries | bookings | attendance | volunteers').pipe(importKind),
  centerId: field('The centre (bookings and attendance)').pipe(z.string().max(100)).optional(),
  sheet: field('XLSX: the sheet to read (default: the first)').pipe(z.string().max(100)).optional(),
  columns: field('JSON: the file\'s headers mapped to fields, e.g. {"Nazwa NGO": "name"}').optional(),
});

export const columnsMapping = z.record(z.string().max(200), z.string().max(50));

export const importErrorSchema = z.object({
  row: z.number().int().describe('The row in the file (1 is the header row)'),
  column: z.string().describe("The file's header (or the field's name when the column is missing)"),
  field: z.string(),
  message: z.string().describe('In English'),
  messagePl: z.string().describe('In Polish'),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const DUPLICATE_REASONS = [
  'krs',
  'nip',
  'regon',
  'email',
  'name',
  'booking',
  'attendance',
  'volunteer',
] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const duplicateSchema = z.object({
  row: z.number().int(),
  existingId: z
    .string()
    .nullable()
    .describe('The record already there; null for a duplicate within the file'),
  duplicateOfRow: z.number().int().nullable().describe('Within the file: the earlier row it repeats'),
  reason: z.enum(DUPLICATE_REASONS),
});
export type ImportDuplicate = z.infer<typeof duplicateSchema>;

const cell = z.union([z.string(), z.number(), z.null()]);
export const planItemSchema = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'duplicate', 'error']),
  values: z.record(z.string(), cell).describe('What the row would create, field by field'),
});

const importSummaryFields = {
  id: z.string(),
  kind: importKind,
  centerId: z.string().nullable(),
  status: z.enum(IMPORT_STATUSES),
  filename: z.string(),
  sha256: z.string(),
  rows: z.number().int().describe('Data rows in the file'),
  toCreate: z.number().int(),
  createdAt: z.date(),
  committedAt: z.date().nullable(),
  created: z.number().int().nullable(),
  skipped: z.number().int().nullable(),
};

export const importSummarySchema = z.object({
  ...importSummaryFields,
  duplicateCount: z.number().int(),
  errorCount: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importSchema = z.object({
  ...importSummaryFields,
  duplicates: z.array(duplicateSchema),
  errors: z.array(importErrorSchema),
  items: z
    .array(planItemSchema)
    .describe('Every row: what it would create, or that it is a duplicate or has errors'),
});
export type ImportDocument = z.infer<typeof importSchema>;

export const commitBody = z
  .object({
    sha256: z.string().max(64).optional().describe('The file hash the dry run showed; a different one: 409'),
  })
  .strict()
  .nullish();

export const commitResultSchema = z.object({
  status: z.literal('committed'),
  created: z.number().int(),
  skipped: z.number().int(),
});

export const listQuery = z
  .object({ kind: importKind.optional(), centerId: z.string().max(100).optional(), ...pageQuery })
  .strict();
export const idParams = z.object({ id: z.string().max(100) });
export const exampleParams = z.object({ kind: z.string().max(30) });

export const csvResponse = {
  description: 'A CSV file',
  content: { 'text/csv': { schema: z.string() } },
};
