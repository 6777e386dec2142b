import type { Rule } from './predicates.ts';

/** Who may do what in the bookings module. */
export const bookingsRules = {} satisfies Record<string, Rule>;
