import { isAdmin, isStaff, type Rule } from './predicates.ts';

/** Who may do what in the audit module. */
export const auditRules = {
  // Staff read the log: admins all of it; a coordinator the entries of its own centres and
  // those it wrote itself (readNetwork decides, and the service filters the rest).
  'audit.read': isStaff,
  'audit.readNetwork': isAdmin,
} satisfies Record<string, Rule>;
