import { isStaff, type Rule } from './predicates.ts';

/** Who may do what in the audit module. */
export const auditRules = {
  'audit.read': isStaff,
} satisfies Record<string, Rule>;
