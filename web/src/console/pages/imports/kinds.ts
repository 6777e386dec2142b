import type { ResponseBody } from '../../../api/types.ts';

export type ImportDocument = ResponseBody<'/api/imports/{id}', 'get'>;
export type ImportSummary = ResponseBody<'/api/imports', 'get'>['items'][number];
export type ImportKind = ImportDocument['kind'];
export type ImportItem = ImportDocument['items'][number];
export type ImportRowError = ImportDocument['errors'][number];
export type ImportDuplicate = ImportDocument['duplicates'][number];
export type CommitResult = ResponseBody<'/api/imports/{id}/commit', 'post'>;

export const IMPORT_KINDS: ImportKind[] = ['beneficiaries', 'bookings', 'attendance', 'volunteers'];

/** The kinds whose rows belong to one centre (the form asks which). */
export const NEEDS_CENTER: Record<ImportKind, boolean> = {
  beneficiaries: false,
  bookings: true,
  attendance: true,
  volunteers: false,
};

/**
 * The fields a column can be mapped to, per kind: the server's names (the `columns` mapping of
 * POST /api/imports), labelled by `imports.field.<name>` in the console's languages.
 */
export const FIELDS: Record<ImportKind, string[]> = {
  beneficiaries: ['kind', 'name', 'district', 'krs', 'nip', 'regon', 'email', 'phone', 'legalForm'],
  bookings: ['room', 'date', 'from', 'to', 'attendees', 'beneficiary', 'email', 'krs', 'nip', 'title'],
  attendance: [
    'activity',
    'activityId',
    'date',
    'beneficiary',
    'email',
    'krs',
    'nip',
    'attendees',
    'walkIns',
  ],
  volunteers: ['name', 'email', 'phone', 'district', 'skills', 'hoursPerWeek'],
};
