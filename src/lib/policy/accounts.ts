import { isAdmin, isStaff, type Rule, signedIn } from './predicates.ts';

/** Who may do what in the accounts module. */
export const accountsRules = {
  'user.create': isAdmin,
  'user.update': isAdmin,
  'user.list': isStaff,
  'token.create': signedIn,
} satisfies Record<string, Rule>;
