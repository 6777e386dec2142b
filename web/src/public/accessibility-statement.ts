/**
 * The facts of the deklaracja dostępności, from which the page states its dates and its
 * compliance status: the day the website was published and every review of the statement (the
 * first is its preparation). On each review, add its date here; the page follows.
 */
export const NON_COMPLIANT = ['articles', 'pdf', 'terms'] as const;
export type NonCompliance = (typeof NON_COMPLIANT)[number];

export const STATEMENT: { published: string; reviews: string[]; nonCompliant: readonly NonCompliance[] } = {
  published: '2026-11-26',
  reviews: ['2026-11-26', '2026-12-02'],
  nonCompliant: NON_COMPLIANT,
};

/** The dates the statement shows, all from STATEMENT. */
export function statementDates(statement = STATEMENT) {
  const reviews = [...statement.reviews].sort();
  const prepared = reviews[0] ?? statement.published;
  const reviewed = reviews.at(-1) ?? prepared;
  return { published: statement.published, prepared, reviewed, updated: reviewed };
}
