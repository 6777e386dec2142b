import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { selectBeneficiariesByIds } from '../beneficiaries/beneficiaries.repo.ts';
import { toBeneficiary } from '../beneficiaries/beneficiaries.service.ts';
import { namesAlike } from './duplicates.names.ts';
import * as repo from './duplicates.repo.ts';
import type { DismissInput, DuplicatePair, DuplicateReason } from './duplicates.schema.ts';

/** The list shows at most this many pairs, those with most reasons first. */
const PAIRS_SHOWN = 100;

function reasonsOf(pair: repo.CandidatePair): DuplicateReason[] {
  const nameAlike = pair.similar_name && pair.districts_agree && namesAlike(pair.a_name, pair.b_name);
  return [
    ...(nameAlike ? (['name'] as const) : []),
    ...(pair.same_email ? (['email'] as const) : []),
    ...(pair.same_phone ? (['phone'] as const) : []),
    ...(pair.same_regon ? (['regon'] as const) : []),
  ];
}

/** Likely duplicates in the whole registry, with why each pair is one. */
export async function listDuplicatePairs(
  db: Kysely<DB>,
  actor: Actor | null,
): Promise<{ items: DuplicatePair[] }> {
  authorize(actor, 'beneficiary.reviewDuplicates');
  const candidates = await repo.selectCandidatePairs(db);
  const likely = candidates
    .map((pair) => ({ a: pair.a, b: pair.b, reasons: reasonsOf(pair) }))
    .filter((pair) => pair.reasons.length > 0)
    // Stable: among pairs with as many reasons, the newest record first (the query's order).
    .sort((x, y) => y.reasons.length - x.reasons.length)
    .slice(0, PAIRS_SHOWN);
  const rows = await selectBeneficiariesByIds(db, [...new Set(likely.flatMap((pair) => [pair.a, pair.b]))]);
  const byId = new Map(rows.map((row) => [row.id, toBeneficiary(row)]));
  return {
    items: likely.flatMap((pair) => {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      return a && b ? [{ a, b, reasons: pair.reasons }] : [];
    }),
  };
}

/** Staff judged the two to be different beneficiaries: the pair is not listed again. */
export async function dismissDuplicatePair(db: Kysely<DB>, actor: Actor | null, input: DismissInput) {
  authorize(actor, 'beneficiary.reviewDuplicates');
  if (input.a === input.b) {
    throw invalidField('b', msg('a pair needs two different records', 'para to dwa różne rekordy'));
  }
  const ids = [input.a, input.b];
  const found = ids.every(isId) ? await selectBeneficiariesByIds(db, ids) : [];
  if (found.length !== 2) throw notFound(msg('Beneficiary', 'beneficjent'));
  await repo.insertDismissedPair(db, { a: input.a, b: input.b, by: actor.id });
}

export type RegistryMatch = { existingId: string; reason: 'krs' | 'nip' | 'regon' | 'email' | 'name' };
const REASON_ORDER = ['krs', 'nip', 'regon', 'email', 'name'] as const;

/**
 * For other modules (an import's dry run): the existing record each candidate would duplicate,
 * by the strongest reason (KRS, NIP, REGON, e-mail, then a name alike in the same district),
 * the oldest record first. Two statements whatever the number of candidates.
 */
export async function matchAgainstRegistry(
  db: Kysely<DB>,
  candidates: repo.MatchCandidate[],
): Promise<Map<number, RegistryMatch>> {
  const found = new Map<number, RegistryMatch>();
  const offer = (key: number, match: RegistryMatch) => {
    const known = found.get(key);
    if (!known || REASON_ORDER.indexOf(match.reason) < REASON_ORDER.indexOf(known.reason))
      found.set(key, match);
  };
  for (const row of await repo.selectIdentifierMatches(db, candidates)) {
    offer(row.key, { existingId: row.id, reason: row.reason });
  }
  const unmatched = candidates.filter((candidate) => !found.has(candidate.key));
  for (const row of await repo.selectNameCandidates(db, unmatched)) {
    if (!found.has(row.key) && namesAlike(row.a_name, row.b_name)) {
      found.set(row.key, { existingId: row.id, reason: 'name' });
    }
  }
  return found;
}
