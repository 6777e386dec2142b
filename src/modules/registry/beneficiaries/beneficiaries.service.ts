import type { Kysely } from 'kysely';
import type { BeneficiaryKind } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import { AppError, conflict, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, invalidCursor, type Page, toPage } from '../../../lib/pagination.ts';
import { type Actor, authorize, may, type Target } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findAlias } from '../merge/merge.repo.ts';
import { insertRepresentative } from '../representatives/representatives.repo.ts';
import * as repo from './beneficiaries.repo.ts';
import type {
  Beneficiary,
  BeneficiaryChanges,
  BeneficiaryInput,
  BeneficiaryValues,
  CreatedBeneficiary,
  PossibleDuplicate,
} from './beneficiaries.schema.ts';
import {
  asIdentifierConflict,
  assertIdentifiersFree,
  changedFields,
  normalizeInput,
  valuesOf,
} from './beneficiaries.validation.ts';

const DUPLICATES_SHOWN = 5;

/** The one mapping of a beneficiaries row to the API's shape. */
export function toBeneficiary(row: repo.BeneficiaryRow): Beneficiary {
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

function toDuplicate(row: {
  id: string;
  name: string;
  kind: BeneficiaryKind;
  similarity: number;
}): PossibleDuplicate {
  return { id: row.id, name: row.name, kind: row.kind, similarity: Math.round(row.similarity * 100) / 100 };
}

const notFoundBeneficiary = () => notFound(msg('Beneficiary', 'beneficjent'));

export const alreadyErased = () =>
  conflict(msg('This beneficiary has been erased.', 'Ten beneficjent został usunięty.'), {
    reason: 'erased',
  });

/**
 * The beneficiary if the actor may know it exists. Roles without the registry get 403;
 * a member asking for one it does not represent gets 404, as if it did not exist.
 */
export async function loadVisible(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options = { forUpdate: false },
) {
  authorize(actor, 'beneficiary.list');
  const row = isId(id) ? await repo.findBeneficiary(db, id, options) : undefined;
  if (!row) throw notFoundBeneficiary();
  const target: Target = { representativeIds: row.representative_ids };
  // Whom an advisor serves is only looked up when the rest does not already decide.
  if (!may(actor, 'beneficiary.read', target) && may(actor, 'beneficiary.listServed')) {
    target.advisorIds = await repo.selectAdvisorUserIds(db, row.id);
  }
  if (!may(actor, 'beneficiary.read', target)) throw notFoundBeneficiary();
  return row;
}

/** Staff see the whole registry; an advisor what it advises; a member only what it represents. */
const scopeOf = (actor: Actor) => (may(actor, 'beneficiary.listAll') ? undefined : actor.id);
const servedScope = (actor: Actor) =>
  !may(actor, 'beneficiary.listAll') && may(actor, 'beneficiary.listServed');

export async function createBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  input: BeneficiaryInput,
): Promise<CreatedBeneficiary> {
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
      if (becomesRepresentative) await insertRepresentative(trx, id, actor.id);
      const filled = (Object.keys(values) as (keyof BeneficiaryValues)[]).filter(
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
      return { ...toBeneficiary(row), possibleDuplicates: similar.map(toDuplicate) };
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
  return { items: rows.map(toDuplicate) };
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
  if (query.includeErased) authorize(actor, 'beneficiary.listErased');
  const filter = {
    kind: query.kind,
    district: query.district,
    includeErased: query.includeErased ?? false,
    representedBy: scopeOf(actor),
    served: servedScope(actor),
  };
  const q = query.q?.trim();
  if (q) {
    if (query.cursor !== undefined) throw invalidCursor();
    // Ranked by relevance: the `limit` best matches, no further pages.
    const rows = await repo.searchBeneficiaries(db, { ...filter, q, limit: query.limit });
    return { items: rows.map(toBeneficiary), nextCursor: null };
  }
  const after = decodeCursor(query.cursor);
  const rows = await repo.selectBeneficiaries(db, { ...filter, limit: query.limit, after });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), toBeneficiary);
}

/**
 * For other modules' services (bookings, programme...): the beneficiary with its
 * representatives, without any permission check; the caller decides what the actor may do.
 */
export async function findBeneficiaryForService(
  db: Kysely<DB>,
  id: string,
): Promise<(Beneficiary & { representativeIds: string[] }) | undefined> {
  const row = isId(id) ? await repo.findBeneficiary(db, id) : undefined;
  return row && { ...toBeneficiary(row), representativeIds: row.representative_ids };
}

/**
 * One beneficiary. A record merged into another answers 404 as the API says, with the kept
 * record's id in details.mergedInto, so that an old link can be followed.
 */
export async function getBeneficiary(db: Kysely<DB>, actor: Actor | null, id: string): Promise<Beneficiary> {
  try {
    return toBeneficiary(await loadVisible(db, actor, id));
  } catch (error) {
    const mergedInto =
      error instanceof AppError && error.code === 'not_found' && isId(id) && (await findAlias(db, id));
    if (mergedInto) throw new AppError('not_found', notFoundBeneficiary().text, { mergedInto });
    throw error;
  }
}

export async function updateBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: BeneficiaryChanges,
): Promise<Beneficiary> {
  let values: BeneficiaryValues | undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await loadVisible(trx, actor, id, { forUpdate: true });
      authorize(actor, 'beneficiary.update', { representativeIds: row.representative_ids });
      if (row.erased_at) throw alreadyErased();
      const before = valuesOf(row);
      const merged = { ...before, ...stripUndefined(changes) };
      values = normalizeInput(merged);
      const fields = changedFields(before, values);
      if (fields.length === 0) return toBeneficiary(row);
      await assertIdentifiersFree(trx, values, id);
      await repo.updateBeneficiaryRow(trx, id, values);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'beneficiary',
        entityId: id,
        fields,
      });
      return toBeneficiary(await repo.getBeneficiaryRow(trx, id));
    });
  } catch (error) {
    throw values ? await asIdentifierConflict(db, error, values, id) : error;
  }
}

function stripUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
