import { isAdmin, type Rule } from './predicates.ts';

/** Who may do what in the mail module. */
export const mailRules = {
  'outbox.read': isAdmin,
} satisfies Record<string, Rule>;
