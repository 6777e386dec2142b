import { type Expression, type RawBuilder, sql } from 'kysely';

/** SQL the volunteering sub-resources share: who represents a volunteer's person or an offer's organization. */

/** The users who represent the beneficiary in `column`, as a text array. */
export function representativeIds(column: Expression<string>): RawBuilder<string[]> {
  return sql<string[]>`coalesce(
    (select array_agg(r.user_id::text order by r.user_id)
       from beneficiary_representatives r where r.beneficiary_id = ${column}),
    '{}'::text[])`;
}

/** The beneficiary in `column` is represented by this user. */
export const representedBy = (column: Expression<string>, userId: string) =>
  sql<boolean>`exists (select 1 from beneficiary_representatives r
                        where r.beneficiary_id = ${column} and r.user_id = ${userId}::uuid)`;
