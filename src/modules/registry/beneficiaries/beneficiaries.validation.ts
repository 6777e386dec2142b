import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { AppError, conflict, type FieldError, invalidField, type Message, msg } from '../../../lib/errors.ts';
import { checkKrs, checkNip, checkRegon, type IdProblem } from '../../../lib/polish-ids.ts';
import * as repo from './beneficiaries.repo.ts';
import type { BeneficiaryInput, BeneficiaryValues } from './beneficiaries.schema.ts';

// Validation of the registry numbers and of what each kind may carry

const identifierMessages: Record<'krs' | 'nip' | 'regon', Record<IdProblem, Message>> = {
  krs: {
    format: msg('a KRS number has 10 digits', 'numer KRS ma 10 cyfr'),
    checksum: msg('not a valid KRS number', 'nieprawidłowy numer KRS'),
  },
  nip: {
    format: msg('a NIP has 10 digits', 'NIP ma 10 cyfr'),
    checksum: msg('the NIP check digit does not match', 'cyfra kontrolna NIP się nie zgadza'),
  },
  regon: {
    format: msg('a REGON has 9 or 14 digits', 'REGON ma 9 lub 14 cyfr'),
    checksum: msg('the REGON check digit does not match', 'cyfra kontrolna REGON się nie zgadza'),
  },
};

const checks = { krs: checkKrs, nip: checkNip, regon: checkRegon };

/** The values as stored: trimmed, registry numbers as bare digits. Throws 422 listing every bad field. */
export function normalizeInput(input: BeneficiaryInput): BeneficiaryValues {
  const problems: AppError[] = [];
  const isOrganization = input.kind === 'organization';
  const identifiers: Record<'krs' | 'nip' | 'regon', string | null> = { krs: null, nip: null, regon: null };
  for (const field of ['krs', 'nip', 'regon'] as const) {
    const raw = input[field]?.trim();
    if (!raw) continue;
    if (field === 'krs' && !isOrganization) {
      // Only a registered body has an entry in the court register.
      problems.push(
        invalidField('krs', msg('only an organization has a KRS number', 'tylko organizacja ma numer KRS')),
      );
      continue;
    }
    const result = checks[field](raw);
    if (result.ok) identifiers[field] = result.value;
    else problems.push(invalidField(field, identifierMessages[field][result.reason]));
  }
  const legalForm = input.legalForm?.trim() || null;
  if (legalForm !== null && !isOrganization) {
    problems.push(
      invalidField(
        'legalForm',
        msg('only an organization has a legal form', 'tylko organizacja ma formę prawną'),
      ),
    );
  }
  if (problems.length > 0) throw combine(problems);
  return {
    kind: input.kind,
    name: input.name.trim(),
    email: input.email?.trim() || null,
    phone: input.phone?.trim() || null,
    district: input.district ?? null,
    krs: identifiers.krs,
    nip: identifiers.nip,
    regon: identifiers.regon,
    legalForm,
  };
}

function combine(problems: AppError[]): AppError {
  const [first] = problems as [AppError, ...AppError[]];
  if (problems.length === 1) return first;
  return new AppError(
    'validation_failed',
    first.text,
    problems.flatMap((problem) => problem.details as FieldError[]),
  );
}

const identifierConflict = (field: 'krs' | 'nip', existingId: string) =>
  conflict(
    field === 'krs'
      ? msg(
          'A beneficiary with this KRS number already exists.',
          'Beneficjent z tym numerem KRS już istnieje.',
        )
      : msg('A beneficiary with this NIP already exists.', 'Beneficjent z tym numerem NIP już istnieje.'),
    { field, existingId },
  );

/** A quick answer before writing; the unique indexes decide races (see asIdentifierConflict). */
export async function assertIdentifiersFree(db: Kysely<DB>, values: BeneficiaryValues, exceptId?: string) {
  for (const field of ['krs', 'nip'] as const) {
    const value = values[field];
    if (value === null) continue;
    const existingId = await repo.findIdByIdentifier(db, field, value, exceptId);
    if (existingId) throw identifierConflict(field, existingId);
  }
}

const UNIQUE_INDEXES: Record<string, 'krs' | 'nip'> = { beneficiaries_krs: 'krs', beneficiaries_nip: 'nip' };

/**
 * A concurrent request inserted the same KRS or NIP between our check and our insert: the
 * unique index refused ours. The transaction is over, so the winner is now visible.
 */
export async function asIdentifierConflict(
  db: Kysely<DB>,
  error: unknown,
  values: BeneficiaryValues,
  exceptId?: string,
) {
  const field = Object.entries(UNIQUE_INDEXES).find(([index]) => isUniqueViolation(error, index))?.[1];
  const value = field ? values[field] : null;
  if (!field || value === null) return error;
  const existingId = await repo.findIdByIdentifier(db, field, value, exceptId);
  return existingId ? identifierConflict(field, existingId) : error;
}

export function changedFields(before: BeneficiaryValues, after: BeneficiaryValues): string[] {
  return (Object.keys(after) as (keyof BeneficiaryValues)[]).filter((key) => before[key] !== after[key]);
}

export const valuesOf = (row: repo.BeneficiaryRow): BeneficiaryValues => ({
  kind: row.kind,
  name: row.name,
  email: row.email,
  phone: row.phone,
  district: row.district,
  krs: row.krs,
  nip: row.nip,
  regon: row.regon,
  legalForm: row.legal_form,
});
