import type { Kysely } from 'kysely';
import type { BeneficiaryKind, DB } from '../../db/schema.ts';
import {
  AppError,
  conflict,
  type FieldError,
  forbidden,
  invalidField,
  type Message,
  msg,
  notFound,
} from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, invalidCursor, type Page, toPage } from '../../lib/pagination.ts';
import {
  type Action,
  type Actor,
  allowed,
  authorize,
  isStaffActor,
  type Target,
} from '../../lib/policy/index.ts';
import { checkKrs, checkNip, checkRegon, type IdProblem } from '../../lib/polish-ids.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './registry.repo.ts';

export const BENEFICIARY_KINDS = ['organization', 'informal_group', 'individual'] as const;
/** What an erased beneficiary is called from then on, in lists and past reports alike. */
export const ERASED_NAME = 'Usunięty beneficjent';
const DUPLICATES_SHOWN = 5;

export type Beneficiary = {
  id: string;
  kind: BeneficiaryKind;
  name: string;
  email: string | null;
  phone: string | null;
  district: number | null;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  legalForm: string | null;
  createdAt: Date;
  updatedAt: Date;
  erased: boolean;
};

export type BeneficiaryInput = {
  kind: BeneficiaryKind;
  name: string;
  email?: string | null;
  phone?: string | null;
  district?: number | null;
  krs?: string | null;
  nip?: string | null;
  regon?: string | null;
  legalForm?: string | null;
};

export type PossibleDuplicate = { id: string; name: string; kind: BeneficiaryKind; similarity: number };

export function presentBeneficiary(row: repo.BeneficiaryRow): Beneficiary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    phone: row.phone,
    district: row.district,
    krs: row.krs,
    nip: row.nip,
    regon: row.regon,
    legalForm: row.legal_form,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    erased: row.erased_at !== null,
  };
}

function presentDuplicate(row: { id: string; name: string; kind: BeneficiaryKind; similarity: number }) {
  return { id: row.id, name: row.name, kind: row.kind, similarity: Math.round(row.similarity * 100) / 100 };
}

const notFoundBeneficiary = () => notFound(msg('Beneficiary', 'beneficjent'));

const alreadyErased = () =>
  conflict(msg('This beneficiary has been erased.', 'Ten beneficjent został usunięty.'), {
    reason: 'erased',
  });

/**
 * The beneficiary if the actor may know it exists. Roles without the registry get 403;
 * a member asking for one it does not represent gets 404, as if it did not exist.
 */
async function loadVisible(db: Kysely<DB>, actor: Actor | null, id: string, options = { forUpdate: false }) {
  authorize(actor, 'beneficiary.list');
  const row = isId(id) ? await repo.findBeneficiary(db, id, options) : undefined;
  if (!row || !allowed(actor, 'beneficiary.read', { representativeIds: row.representative_ids })) {
    throw notFoundBeneficiary();
  }
  return row;
}

/** allowed() without its type guard, for an actor already known: a false answer narrows nothing. */
const may = (actor: Actor, action: Action, target?: Target): boolean => allowed(actor, action, target);

/** Staff and advisors see the whole registry; a member only what it represents. */
const scopeOf = (actor: Actor) => (may(actor, 'beneficiary.listAll') ? undefined : actor.id);

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
function normalizeInput(input: BeneficiaryInput): repo.BeneficiaryValues {
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
async function assertIdentifiersFree(db: Kysely<DB>, values: repo.BeneficiaryValues, exceptId?: string) {
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
 * unique index refused ours (23505). The transaction is over, so the winner is now visible.
 */
async function asIdentifierConflict(
  db: Kysely<DB>,
  error: unknown,
  values: repo.BeneficiaryValues,
  exceptId?: string,
) {
  const pgError = error as { code?: string; constraint?: string };
  const field = pgError.code === '23505' ? UNIQUE_INDEXES[pgError.constraint ?? ''] : undefined;
  const value = field ? values[field] : null;
  if (!field || value === null) return error;
  const existingId = await repo.findIdByIdentifier(db, field, value, exceptId);
  return existingId ? identifierConflict(field, existingId) : error;
}

function changedFields(before: repo.BeneficiaryValues, after: repo.BeneficiaryValues): string[] {
  return (Object.keys(after) as (keyof repo.BeneficiaryValues)[]).filter((key) => before[key] !== after[key]);
}

const valuesOf = (row: repo.BeneficiaryRow): repo.BeneficiaryValues => ({
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

// The registry

export async function createBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  input: BeneficiaryInput,
): Promise<Beneficiary & { possibleDuplicates: PossibleDuplicate[] }> {
  authorize(actor, 'beneficiary.create');
  const values = normalizeInput(input);
  // A member could not see what it registers unless it represents it.
  const becomesRepresentative = !may(actor, 'beneficiary.read', { representativeIds: [] });
  try {
    return await db.transaction().execute(async (trx) => {
      await assertIdentifiersFree(trx, values);
      const similar = await repo.findSimilarNames(trx, {
        name: values.name,
        representedBy: scopeOf(actor),
        limit: DUPLICATES_SHOWN,
      });
      const id = await repo.insertBeneficiary(trx, { ...values, createdBy: actor.id });
      if (becomesRepresentative) await repo.insertRepresentative(trx, id, actor.id);
      const filled = (Object.keys(values) as (keyof repo.BeneficiaryValues)[]).filter(
        (key) => values[key] !== null,
      );
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'beneficiary',
        entityId: id,
        fields: becomesRepresentative ? [...filled, 'representatives'] : filled,
      });
      const row = await repo.getBeneficiaryRow(trx, id);
      return { ...presentBeneficiary(row), possibleDuplicates: similar.map(presentDuplicate) };
    });
  } catch (error) {
    throw await asIdentifierConflict(db, error, values);
  }
}

export async function findDuplicates(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { name: string; kind?: BeneficiaryKind },
): Promise<{ items: PossibleDuplicate[] }> {
  authorize(actor, 'beneficiary.listAll');
  const rows = await repo.findSimilarNames(db, {
    ...query,
    name: query.name.trim(),
    limit: DUPLICATES_SHOWN,
  });
  return { items: rows.map(presentDuplicate) };
}

export async function listBeneficiaries(
  db: Kysely<DB>,
  actor: Actor | null,
  query: {
    kind?: BeneficiaryKind;
    q?: string;
    district?: number;
    includeErased?: boolean;
    limit: number;
    cursor?: string;
  },
): Promise<Page<Beneficiary>> {
  authorize(actor, 'beneficiary.list');
  // Erased entries are only placeholders; staff may still want to see them.
  if (query.includeErased && !isStaffActor(actor)) throw forbidden();
  const filter = {
    kind: query.kind,
    district: query.district,
    includeErased: query.includeErased ?? false,
    representedBy: scopeOf(actor),
  };
  const q = query.q?.trim();
  if (q) {
    if (query.cursor !== undefined) throw invalidCursor();
    // Ranked by relevance: the `limit` best matches, no further pages.
    const rows = await repo.searchBeneficiaries(db, { ...filter, q, limit: query.limit });
    return { items: rows.map(presentBeneficiary), nextCursor: null };
  }
  const after = decodeCursor(query.cursor);
  const rows = await repo.selectBeneficiaries(db, { ...filter, limit: query.limit, after });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), presentBeneficiary);
}

const _badCursor = () => invalidCursor();

/**
 * For other modules' services (bookings, programme...): the beneficiary with its
 * representatives, without any permission check; the caller decides what the actor may do.
 */
export async function findBeneficiaryForService(
  db: Kysely<DB>,
  id: string,
): Promise<(Beneficiary & { representativeIds: string[] }) | undefined> {
  const row = isId(id) ? await repo.findBeneficiary(db, id) : undefined;
  return row && { ...presentBeneficiary(row), representativeIds: row.representative_ids };
}

export async function getBeneficiary(db: Kysely<DB>, actor: Actor | null, id: string): Promise<Beneficiary> {
  return presentBeneficiary(await loadVisible(db, actor, id));
}

export async function updateBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<BeneficiaryInput>,
): Promise<Beneficiary> {
  let values: repo.BeneficiaryValues | undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await loadVisible(trx, actor, id, { forUpdate: true });
      authorize(actor, 'beneficiary.update', { representativeIds: row.representative_ids });
      if (row.erased_at) throw alreadyErased();
      const before = valuesOf(row);
      const merged = { ...before, ...stripUndefined(changes) };
      values = normalizeInput(merged);
      const fields = changedFields(before, values);
      if (fields.length === 0) return presentBeneficiary(row);
      await assertIdentifiersFree(trx, values, id);
      await repo.updateBeneficiaryRow(trx, id, values);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'beneficiary',
        entityId: id,
        fields,
      });
      return presentBeneficiary(await repo.getBeneficiaryRow(trx, id));
    });
  } catch (error) {
    throw values ? await asIdentifierConflict(db, error, values, id) : error;
  }
}

function stripUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** GDPR art. 17: see repo.eraseBeneficiaryRow for what goes and what stays. */
export async function eraseBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
): Promise<Beneficiary> {
  return db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, actor, id, { forUpdate: true });
    authorize(actor, 'beneficiary.erase', { representativeIds: row.representative_ids });
    if (row.erased_at) throw alreadyErased();
    // An individual's (or an informal group's) NIP and REGON are a person's; an organization's are public.
    const clearTaxIds = row.kind !== 'organization';
    await repo.eraseBeneficiaryRow(trx, id, { placeholderName: ERASED_NAME, clearTaxIds });
    const removed = await repo.deleteAllRepresentatives(trx, id);
    const fields = [
      'name',
      ...(row.email !== null ? ['email'] : []),
      ...(row.phone !== null ? ['phone'] : []),
      ...(row.notes !== null ? ['notes'] : []),
      ...(clearTaxIds && row.nip !== null ? ['nip'] : []),
      ...(clearTaxIds && row.regon !== null ? ['regon'] : []),
      ...(removed > 0 ? ['representatives'] : []),
    ];
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'erase',
      entity: 'beneficiary',
      entityId: id,
      fields,
    });
    return presentBeneficiary(await repo.getBeneficiaryRow(trx, id));
  });
}

/** GDPR art. 15/20: everything stored about the beneficiary. */
export async function exportBeneficiary(db: Kysely<DB>, actor: Actor | null, id: string) {
  const row = await loadVisible(db, actor, id);
  authorize(actor, 'beneficiary.export', { representativeIds: row.representative_ids });
  const [representatives, audit] = await Promise.all([
    repo.selectRepresentatives(db, id),
    repo.selectAuditTrail(db, id),
  ]);
  return {
    exportedAt: new Date(),
    beneficiary: {
      ...presentBeneficiary(row),
      notes: row.notes,
      createdBy: row.created_by,
      erasedAt: row.erased_at,
    },
    representatives: representatives.map((rep) => ({
      id: rep.user_id,
      name: rep.name,
      email: rep.email,
      since: rep.created_at,
    })),
    auditLog: audit.map((entry) => ({
      id: String(entry.id),
      at: entry.at,
      actorId: entry.actor_id,
      action: entry.action,
      fields: entry.fields,
      reason: entry.reason,
    })),
  };
}

// Representatives

export type Representative = {
  beneficiaryId: string;
  userId: string;
  name: string;
  email: string;
  createdAt: Date;
};

function presentRepresentative(row: repo.RepresentativeRow): Representative {
  return {
    beneficiaryId: row.beneficiary_id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    createdAt: row.created_at,
  };
}

/** Adding an existing representative again changes nothing and says so (created: false). */
export async function addRepresentative(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  userId: string,
): Promise<{ created: boolean; representative: Representative }> {
  return db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, actor, id, { forUpdate: true });
    authorize(actor, 'beneficiary.manageRepresentatives', { representativeIds: row.representative_ids });
    if (row.erased_at) throw alreadyErased();
    if (!isId(userId) || !(await repo.userExists(trx, userId))) {
      throw invalidField('userId', msg('no such user', 'nie ma takiego użytkownika'));
    }
    const created = await repo.insertRepresentative(trx, id, userId);
    if (created) {
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'add_representative',
        entity: 'beneficiary',
        entityId: id,
        fields: ['representatives'],
      });
    }
    const link = await repo.getRepresentative(trx, id, userId);
    return { created, representative: presentRepresentative(link) };
  });
}

export async function listRepresentatives(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
): Promise<{ items: Representative[]; nextCursor: null }> {
  const row = await loadVisible(db, actor, id);
  authorize(actor, 'beneficiary.manageRepresentatives', { representativeIds: row.representative_ids });
  const rows = await repo.selectRepresentatives(db, id);
  return { items: rows.map(presentRepresentative), nextCursor: null };
}

export async function removeRepresentative(db: Kysely<DB>, actor: Actor | null, id: string, userId: string) {
  await db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, actor, id, { forUpdate: true });
    authorize(actor, 'beneficiary.manageRepresentatives', { representativeIds: row.representative_ids });
    const removed = isId(userId) && (await repo.deleteRepresentative(trx, id, userId));
    if (!removed) throw notFound(msg('Representative', 'przedstawiciel'));
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'remove_representative',
      entity: 'beneficiary',
      entityId: id,
      fields: ['representatives'],
    });
  });
}

// Reference data

export async function listDistricts(db: Kysely<DB>) {
  return { items: await repo.selectDistricts(db) };
}
