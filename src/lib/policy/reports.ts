import type { Rule } from './predicates.ts';

/** Who may do what in the reports module. */
export const reportsRules = {} satisfies Record<string, Rule>;
