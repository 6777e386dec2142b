import { allOf, anyOf, bySession, isAdmin, isOwner, isStaff, type Rule, seesAccount } from './predicates.ts';

/** Who may do what in the accounts module. */
export const accountsRules = {
  'user.create': isAdmin,
  'user.update': isAdmin,
  'user.list': isStaff,
  // A user reads its own account; admins anyone's; coordinators the members and advisors they
  // work with and the staff of their own centres.
  'user.read': anyOf(isOwner, seesAccount),
  // Tokens are made by a person signed in, never by another token (one that outlived a revoked
  // parent would keep its access).
  'token.create': bySession,
  // A person changes its own password and looks after its own sessions, signed in in a browser:
  // an API token can do neither (a leaked token must not lock its owner out or hide itself).
  'account.password': allOf(isOwner, bySession),
  'session.manage': allOf(isOwner, bySession),
  // Its own name and e-mail address, likewise in a browser (a leaked token must not move the
  // account's mail, and with it password resets).
  'account.update': allOf(isOwner, bySession),
  // The owner revokes its token; an admin anyone's.
  'token.revoke': anyOf(isOwner, isAdmin),
} satisfies Record<string, Rule>;
