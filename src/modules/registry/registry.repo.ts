import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { BeneficiaryKind, DB } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';

/** Name search: how much of each query word must appear in a name (pg_trgm word_similarity). */
export const SEARCH_THRESHOLD = 0.4;
const MAX_SEARCH_WORDS = 10;
/** Likely duplicates: how alike two whole names must be (pg_trgm similarity). */
export const DUPLICATE_THRESHOLD = 0.45;

/** A beneficiary with the users who represent it, as one row. */
function withRepresentativeIds(db: Kysely<DB>) {
  return db
    .selectFrom('beneficiaries')
    .selectAll('beneficiaries')
    .select(
      sql<string[]>`coalesce(
        (select array_agg(r.user_id::text order by r.user_id)
           from beneficiary_representatives r where r.beneficiary_id = beneficiaries.id),
        '{}'::text[])`.as('representative_ids'),
    );
}

export type BeneficiaryRow = Awaited<ReturnType<typeof getBeneficiaryRow>>;

/** A row the caller has just written or locked. */
export function getBeneficiaryRow(db: Kysely<DB>, id: string) {
  return withRepresentativeIds(db).where('beneficiaries.id', '=', id).executeTakeFirstOrThrow();
}

export function findBeneficiary(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = withRepresentativeIds(db).where('beneficiaries.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('beneficiaries');
  return query.executeTakeFirst();
}

export type BeneficiaryValues = {
  kind: BeneficiaryKind;
  name: string;
  email: string | null;
  phone: string | null;
  district: number | null;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  legalForm: string | null;
};

export async function insertBeneficiary(
  db: Kysely<DB>,
  values: BeneficiaryValues & { createdBy: string },
): Promise<string> {
  const { id } = await db
    .insertInto('beneficiaries')
    .values({
      kind: values.kind,
      name: values.name,
      email: values.email,
      phone: values.phone,
      district: values.district,
      krs: values.krs,
      nip: values.nip,
      regon: values.regon,
      legal_form: values.legalForm,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateBeneficiaryRow(db: Kysely<DB>, id: string, values: BeneficiaryValues) {
  await db
    .updateTable('beneficiaries')
    .set({
      kind: values.kind,
      name: values.name,
      email: values.email,
      phone: values.phone,
      district: values.district,
      krs: values.krs,
      nip: values.nip,
      regon: values.regon,
      legal_form: values.legalForm,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * GDPR erasure: the personal data goes, the row with its kind and district stays so the
 * counts of past reports do not change. created_by goes too: it would tie the erased
 * beneficiary to a user account.
 */
export async function eraseBeneficiaryRow(
  db: Kysely<DB>,
  id: string,
  erasure: { placeholderName: string; clearTaxIds: boolean },
) {
  const now = new Date();
  await db
    .updateTable('beneficiaries')
    .set({
      name: erasure.placeholderName,
      email: null,
      phone: null,
      notes: null,
      created_by: null,
      ...(erasure.clearTaxIds && { nip: null, regon: null }),
      erased_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** The beneficiary already holding this KRS or NIP, other than `exceptId`. */
export async function findIdByIdentifier(
  db: Kysely<DB>,
  field: 'krs' | 'nip',
  value: string,
  exceptId?: string,
): Promise<string | undefined> {
  let query = db.selectFrom('beneficiaries').select('id').where(field, '=', value);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}

type ListFilter = {
  kind?: BeneficiaryKind;
  district?: number;
  includeErased: boolean;
  /** Only the beneficiaries this user represents. */
  representedBy?: string;
};

function filtered<O>(query: SelectQueryBuilder<DB, 'beneficiaries', O>, filter: ListFilter) {
  let result = query;
  if (filter.kind) result = result.where('beneficiaries.kind', '=', filter.kind);
  if (filter.district !== undefined) result = result.where('beneficiaries.district', '=', filter.district);
  if (!filter.includeErased) result = result.where('beneficiaries.erased_at', 'is', null);
  if (filter.representedBy) {
    const userId = filter.representedBy;
    result = result.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('beneficiary_representatives as r')
          .select(sql`1`.as('one'))
          .whereRef('r.beneficiary_id', '=', 'beneficiaries.id')
          .where('r.user_id', '=', userId),
      ),
    );
  }
  return result;
}

/** Newest first, from after the cursor; limit + 1 rows so the caller knows whether more follow. */
export function selectBeneficiaries(
  db: Kysely<DB>,
  filter: ListFilter & { limit: number; after?: CursorKey },
) {
  let query = filtered(withRepresentativeIds(db), filter)
    .orderBy('beneficiaries.created_at', 'desc')
    .orderBy('beneficiaries.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(beneficiaries.created_at, beneficiaries.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

/**
 * pg_trgm reads its thresholds from settings; set_config(..., true) keeps ours to this
 * transaction, so the indexed operators (% and %>) filter at exactly our thresholds.
 */
async function withTrigramThreshold<T>(
  db: Kysely<DB>,
  setting: 'similarity_threshold' | 'word_similarity_threshold',
  value: number,
  run: (db: Kysely<DB>) => Promise<T>,
): Promise<T> {
  const apply = async (trx: Kysely<DB>) => {
    await sql`select set_config(${`pg_trgm.${setting}`}, ${String(value)}, true)`.execute(trx);
    return run(trx);
  };
  return db.isTransaction ? apply(db) : db.transaction().execute(apply);
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/**
 * Name search that ignores case and diacritics (civitas_fold) and tolerates typos: every word
 * of the query must appear in the name, exactly or trigram-similar to a part of it.
 * Best match first: closeness of the whole query to a part of the name, then to the whole name.
 */
export function searchBeneficiaries(db: Kysely<DB>, filter: ListFilter & { q: string; limit: number }) {
  const words = [...new Set(filter.q.split(/\s+/).filter(Boolean))].slice(0, MAX_SEARCH_WORDS);
  return withTrigramThreshold(db, 'word_similarity_threshold', SEARCH_THRESHOLD, (trx) => {
    let query = filtered(withRepresentativeIds(trx), filter);
    for (const word of words) {
      query = query.where(
        sql<boolean>`(civitas_fold(beneficiaries.name) %> civitas_fold(${word})
          or civitas_fold(beneficiaries.name) like civitas_fold(${`%${escapeLike(word)}%`}))`,
      );
    }
    return query
      .orderBy(sql`word_similarity(civitas_fold(${filter.q}), civitas_fold(beneficiaries.name))`, 'desc')
      .orderBy(sql`similarity(civitas_fold(beneficiaries.name), civitas_fold(${filter.q}))`, 'desc')
      .orderBy('beneficiaries.created_at', 'desc')
      .orderBy('beneficiaries.id', 'desc')
      .limit(filter.limit)
      .execute();
  });
}

/** Beneficiaries whose name is alike as a whole (not erased), most alike first. */
export function findSimilarNames(
  db: Kysely<DB>,
  filter: { name: string; kind?: BeneficiaryKind; representedBy?: string; limit: number },
) {
  return withTrigramThreshold(db, 'similarity_threshold', DUPLICATE_THRESHOLD, (trx) =>
    filtered(
      trx
        .selectFrom('beneficiaries')
        .select([
          'beneficiaries.id',
          'beneficiaries.name',
          'beneficiaries.kind',
          sql<number>`similarity(civitas_fold(beneficiaries.name), civitas_fold(${filter.name}))`.as(
            'similarity',
          ),
        ]),
      { kind: filter.kind, representedBy: filter.representedBy, includeErased: false },
    )
      .where(sql<boolean>`civitas_fold(beneficiaries.name) % civitas_fold(${filter.name})`)
      .orderBy('similarity', 'desc')
      .orderBy('beneficiaries.created_at', 'desc')
      .limit(filter.limit)
      .execute(),
  );
}

// Representatives

export function selectRepresentatives(db: Kysely<DB>, beneficiaryId: string) {
  return db
    .selectFrom('beneficiary_representatives as r')
    .innerJoin('users', 'users.id', 'r.user_id')
    .select(['r.beneficiary_id', 'r.user_id', 'r.created_at', 'users.name', 'users.email'])
    .where('r.beneficiary_id', '=', beneficiaryId)
    .orderBy('r.created_at')
    .orderBy('r.user_id')
    .execute();
}

export type RepresentativeRow = Awaited<ReturnType<typeof selectRepresentatives>>[number];

export function getRepresentative(db: Kysely<DB>, beneficiaryId: string, userId: string) {
  return db
    .selectFrom('beneficiary_representatives as r')
    .innerJoin('users', 'users.id', 'r.user_id')
    .select(['r.beneficiary_id', 'r.user_id', 'r.created_at', 'users.name', 'users.email'])
    .where('r.beneficiary_id', '=', beneficiaryId)
    .where('r.user_id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** True when the link is new; an existing link is left as it is. */
export async function insertRepresentative(db: Kysely<DB>, beneficiaryId: string, userId: string) {
  const inserted = await db
    .insertInto('beneficiary_representatives')
    .values({ beneficiary_id: beneficiaryId, user_id: userId })
    .onConflict((oc) => oc.columns(['beneficiary_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteRepresentative(db: Kysely<DB>, beneficiaryId: string, userId: string) {
  const result = await db
    .deleteFrom('beneficiary_representatives')
    .where('beneficiary_id', '=', beneficiaryId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteAllRepresentatives(db: Kysely<DB>, beneficiaryId: string) {
  const result = await db
    .deleteFrom('beneficiary_representatives')
    .where('beneficiary_id', '=', beneficiaryId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function userExists(db: Kysely<DB>, id: string) {
  return db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
}

/**
 * The audit trail of one beneficiary, all of it, for the GDPR export. Read here because the
 * audit module offers only the staff-only paged list; entries hold field names, never values.
 */
export function selectAuditTrail(db: Kysely<DB>, beneficiaryId: string) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_id', 'action', 'fields', 'reason'])
    .where('entity', '=', 'beneficiary')
    .where('entity_id', '=', beneficiaryId)
    .orderBy('id')
    .execute();
}

// Reference data

export function selectDistricts(db: Kysely<DB>) {
  return db.selectFrom('districts').select(['number', 'name']).orderBy('number').execute();
}
