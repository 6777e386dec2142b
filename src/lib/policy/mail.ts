import { isAdmin, isStaff, type Rule } from './predicates.ts';

/** Who may do what in the mail module. */
export const mailRules = {
  // Staff read the outbox: admins all of it, a coordinator the mail of its own centres.
  'outbox.read': isStaff,
  'outbox.readAll': isAdmin,
} satisfies Record<string, Rule>;
