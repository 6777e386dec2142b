import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { withTrigramThreshold } from '../beneficiaries/beneficiaries.repo.ts';

/** How alike two whole names must be to be looked at by the word rule (duplicates.names.ts). */
export const CANDIDATE_NAME_THRESHOLD = 0.4;
/** At most this many candidate pairs are read; the list shows the best of them. */
const MAX_CANDIDATES = 2000;

export type CandidatePair = {
  a: string;
  b: string;
  a_name: string;
  b_name: string;
  similar_name: boolean;
  districts_agree: boolean;
  same_email: boolean;
  same_phone: boolean;
  same_regon: boolean;
};

/**
 * Pairs of live records of one kind that share something: a name alike (trigram, through the
 * name index), an e-mail address, a phone number (its last 9 digits), a REGON (its 9-digit base).
 * KRS and NIP need no check here: their unique indexes refuse a second record with either.
 * `a` is the older record. Pairs dismissed as not duplicates are left out.
 */
export function selectCandidatePairs(db: Kysely<DB>) {
  return withTrigramThreshold(db, 'similarity_threshold', CANDIDATE_NAME_THRESHOLD, async (trx) => {
    const { rows } = await sql<CandidatePair>`
      with live as (
        select id, kind, name, civitas_fold(name) as folded, district, created_at,
               lower(email) as email,
               nullif(right(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), 9), '') as phone,
               left(regon, 9) as regon
          from beneficiaries
         where erased_at is null
      ),
      pairs as (
        select a.id as a, b.id as b
          from beneficiaries a
          join beneficiaries b on civitas_fold(b.name) % civitas_fold(a.name)
         where a.erased_at is null and b.erased_at is null and a.kind = b.kind and a.id <> b.id
        union
        select a.id, b.id from live a join live b on b.email = a.email and a.id <> b.id and a.kind = b.kind
        union
        select a.id, b.id from live a join live b
            on b.phone = a.phone and length(a.phone) = 9 and a.id <> b.id and a.kind = b.kind
        union
        select a.id, b.id from live a join live b on b.regon = a.regon and a.id <> b.id and a.kind = b.kind
      )
      select a.id as a, b.id as b, a.folded as a_name, b.folded as b_name,
             a.folded % b.folded as similar_name,
             (a.district is null or b.district is null or a.district = b.district) as districts_agree,
             coalesce(a.email = b.email, false) as same_email,
             coalesce(a.phone = b.phone and length(a.phone) = 9, false) as same_phone,
             coalesce(a.regon = b.regon, false) as same_regon
        from pairs p
        join live a on a.id = p.a
        join live b on b.id = p.b
       where (a.created_at, a.id) < (b.created_at, b.id)
         and not exists (select 1 from beneficiary_dismissed_pairs d
                          where d.a = least(a.id, b.id) and d.b = greatest(a.id, b.id))
       order by b.created_at desc, b.id desc
       limit ${MAX_CANDIDATES}
    `.execute(trx);
    return rows;
  });
}

/** Stored with the smaller id first, so that a pair is one row whichever way it was named. */
export async function insertDismissedPair(db: Kysely<DB>, pair: { a: string; b: string; by: string }) {
  const [a, b] = [pair.a, pair.b].sort() as [string, string];
  await db
    .insertInto('beneficiary_dismissed_pairs')
    .values({ a, b, dismissed_by: pair.by })
    .onConflict((oc) => oc.columns(['a', 'b']).doNothing())
    .execute();
}

/** A record about to be registered (an import's row), keyed by the caller. */
export type MatchCandidate = {
  key: number;
  kind: string;
  name: string;
  district: number | null;
  email: string | null;
  krs: string | null;
  nip: string | null;
  regon: string | null;
};

/**
 * Live records that share a registry number or an e-mail address with any of the candidates,
 * in one statement: KRS and NIP whatever the kind (their unique indexes refuse a second record),
 * a REGON (its 9-digit base) and an e-mail address within one kind, as the duplicates list has it.
 */
export async function selectIdentifierMatches(db: Kysely<DB>, candidates: MatchCandidate[]) {
  if (candidates.length === 0) return [];
  const column = <K extends keyof MatchCandidate>(key: K) => candidates.map((c) => c[key]);
  const { rows } = await sql<{ key: number; id: string; reason: 'krs' | 'nip' | 'regon' | 'email' }>`
    with c as (
      select * from unnest(${column('key')}::int[], ${column('kind')}::text[], ${column('krs')}::text[],
                           ${column('nip')}::text[], ${column('regon')}::text[], ${column('email')}::text[])
               as c(key, kind, krs, nip, regon, email)
    ),
    live as (select id, kind, krs, nip, left(regon, 9) as regon, lower(email) as email, created_at
               from beneficiaries where erased_at is null)
    select c.key, b.id, 'krs' as reason, b.created_at from c join live b on b.krs = c.krs
    union all
    select c.key, b.id, 'nip', b.created_at from c join live b on b.nip = c.nip
    union all
    select c.key, b.id, 'regon', b.created_at from c join live b on b.regon = left(c.regon, 9) and b.kind = c.kind
    union all
    select c.key, b.id, 'email', b.created_at from c join live b on b.email = lower(c.email) and b.kind = c.kind
    order by key, created_at, id
  `.execute(db);
  return rows;
}

/**
 * Live records of the same kind whose folded name is trigram-alike to a candidate's and whose
 * district does not differ (either unknown counts as agreeing): the pairs the word rule
 * (duplicates.names.ts) then judges. A record with another KRS or NIP than the candidate's is
 * another body, however alike the names. One statement for all candidates, through the name index.
 */
export function selectNameCandidates(db: Kysely<DB>, candidates: MatchCandidate[]) {
  if (candidates.length === 0) return Promise.resolve([]);
  const column = <K extends keyof MatchCandidate>(key: K) => candidates.map((c) => c[key]);
  return withTrigramThreshold(db, 'similarity_threshold', CANDIDATE_NAME_THRESHOLD, async (trx) => {
    const { rows } = await sql<{ key: number; id: string; a_name: string; b_name: string }>`
      with c as (
        select key, kind, civitas_fold(name) as folded, district, krs, nip
          from unnest(${column('key')}::int[], ${column('kind')}::text[], ${column('name')}::text[],
                      ${column('district')}::int[], ${column('krs')}::text[], ${column('nip')}::text[])
               as c(key, kind, name, district, krs, nip)
      )
      select c.key, b.id, c.folded as a_name, civitas_fold(b.name) as b_name
        from c
        join beneficiaries b on civitas_fold(b.name) % c.folded
       where b.erased_at is null and b.kind = c.kind
         and (b.district is null or c.district is null or b.district = c.district)
         and not coalesce(b.krs <> c.krs, false) and not coalesce(b.nip <> c.nip, false)
       order by c.key, b.created_at, b.id
    `.execute(trx);
    return rows;
  });
}
