import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { BeneficiaryKind } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import type { CursorKey } from '../../../lib/pagination.ts';
import type { BeneficiaryValues } from './beneficiaries.schema.ts';

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

/** The users whose advisor profiles have appointments or engagements with the beneficiary. */
export async function selectAdvisorUserIds(db: Kysely<DB>, beneficiaryId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('advisors as ad')
    .select('ad.user_id')
    .where(({ exists, or, selectFrom }) =>
      or([
        exists(
          selectFrom('appointments as s')
            .select(sql`1`.as('one'))
            .whereRef('s.advisor_id', '=', 'ad.id')
            .where('s.beneficiary_id', '=', beneficiaryId),
        ),
        exists(
          selectFrom('engagements as s')
            .select(sql`1`.as('one'))
            .whereRef('s.advisor_id', '=', 'ad.id')
            .where('s.beneficiary_id', '=', beneficiaryId),
        ),
      ]),
    )
    .execute();
  return rows.map((row) => row.user_id);
}

export type BeneficiaryRow = Awaited<ReturnType<typeof getBeneficiaryRow>>;

/** A row the caller has just written or locked. */
export function getBeneficiaryRow(db: Kysely<DB>, id: string) {
  return withRepresentativeIds(db).where('beneficiaries.id', '=', id).executeTakeFirstOrThrow();
}

/** Several beneficiaries by id, in no particular order. */
export function selectBeneficiariesByIds(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return withRepresentativeIds(db).where('beneficiaries.id', 'in', ids).execute();
}

export function findBeneficiary(db: Kysely<DB>, id: string, options: { forUpdate?: boolean } = {}) {
  let query = withRepresentativeIds(db).where('beneficiaries.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('beneficiaries');
  return query.executeTakeFirst();
}

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
  /** Only the beneficiaries this user represents (and, with `served`, those it advises). */
  representedBy?: string;
  /** With representedBy: also the beneficiaries whose appointments or engagements are this user's. */
  served?: boolean;
};

function filtered<O>(query: SelectQueryBuilder<DB, 'beneficiaries', O>, filter: ListFilter) {
  let result = query;
  if (filter.kind) result = result.where('beneficiaries.kind', '=', filter.kind);
  if (filter.district !== undefined) result = result.where('beneficiaries.district', '=', filter.district);
  if (!filter.includeErased) result = result.where('beneficiaries.erased_at', 'is', null);
  if (filter.representedBy) {
    const userId = filter.representedBy;
    const served = filter.served ?? false;
    result = result.where(({ exists, or, selectFrom }) => {
      const represented = exists(
        selectFrom('beneficiary_representatives as r')
          .select(sql`1`.as('one'))
          .whereRef('r.beneficiary_id', '=', 'beneficiaries.id')
          .where('r.user_id', '=', userId),
      );
      if (!served) return represented;
      const appointments = exists(
        selectFrom('appointments as s')
          .innerJoin('advisors as ad', 'ad.id', 's.advisor_id')
          .select(sql`1`.as('one'))
          .whereRef('s.beneficiary_id', '=', 'beneficiaries.id')
          .where('ad.user_id', '=', userId),
      );
      const engagements = exists(
        selectFrom('engagements as s')
          .innerJoin('advisors as ad', 'ad.id', 's.advisor_id')
          .select(sql`1`.as('one'))
          .whereRef('s.beneficiary_id', '=', 'beneficiaries.id')
          .where('ad.user_id', '=', userId),
      );
      return or([represented, appointments, engagements]);
    });
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
export async function withTrigramThreshold<T>(
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
