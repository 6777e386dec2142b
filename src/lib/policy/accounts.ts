import { allOf, anyOf, bySession, isAdmin, isOwner, isStaff, type Rule, seesAccount } from './predicates.ts';

/** Who may do what in the accounts module. */
export const accountsRules = {
  'user.create': isAdmin,
  'user.update': isAdmin,
  // Unlinking an account from its identity at the city's provider, and seeing whether it has one.
  'user.unlinkSso': isAdmin,
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

/**
 * The roles the city's identity provider grants and takes away at each single sign-on: the staff
 * roles. Whether someone is a member is never its business (members register themselves).
 */
export const IDENTITY_PROVIDER_ROLES = ['admin', 'coordinator', 'advisor', 'observer'] as const;
export type IdentityProviderRole = (typeof IDENTITY_PROVIDER_ROLES)[number];

/**
 * Whether an account signs in only through the city's identity provider while single sign-on is
 * on: one linked to an identity there that holds a staff role. Someone the city removed at the
 * provider must not keep staff access through a password set before.
 */
export function signsInOnlyWithSso(user: { roles: readonly string[]; sso_linked: boolean }): boolean {
  return (
    user.sso_linked &&
    user.roles.some((role) => (IDENTITY_PROVIDER_ROLES as readonly string[]).includes(role))
  );
}

/**
 * An account's roles after a single sign-on that gives these staff roles: every staff role it had
 * is replaced by them, any other (member) is kept as it was.
 */
export function rolesAfterSingleSignOn(
  current: readonly string[],
  granted: readonly IdentityProviderRole[],
): string[] {
  const others = current.filter((role) => !(IDENTITY_PROVIDER_ROLES as readonly string[]).includes(role));
  return [...others, ...granted];
}
