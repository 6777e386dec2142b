import { anyOf, isAdmin, isOwner, isStaff, type Rule, signedIn } from './predicates.ts';

/** Who may do what in the accounts module. */
export const accountsRules = {
  'user.create': isAdmin,
  'user.update': isAdmin,
  'user.list': isStaff,
  // A user reads its own account; staff read anyone's.
  'user.read': anyOf(isOwner, isStaff),
  'token.create': signedIn,
  // The owner revokes its token; an admin anyone's.
  'token.revoke': anyOf(isOwner, isAdmin),
} satisfies Record<string, Rule>;
