import type { OidcConfig } from '../../../config.ts';
import { isId } from '../../../lib/ids.ts';
import { IDENTITY_PROVIDER_ROLES, type IdentityProviderRole } from '../../../lib/policy/accounts.ts';
import type { Claims } from './oidc.client.ts';

/**
 * A claim by its name, or, when no claim has that name and it has dots, by its path into nested
 * objects (Keycloak's `realm_access.roles`). Names with dots come first: namespaced claims such
 * as `https://city.example/roles` are common.
 */
function claimValue(claims: Claims, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A claim's values: a list of strings, or one string with values separated by spaces or commas. */
function claimValues(claims: Claims, name: string): string[] {
  const value = claimValue(claims, name);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * The staff roles the claims give: through OIDC_ROLE_MAP when it is set (only the values it
 * names count, so a group that happens to be called "admin" grants nothing), otherwise the
 * values that are themselves staff role names. Never `member`.
 */
export function staffRolesOf(claims: Claims, config: OidcConfig): IdentityProviderRole[] {
  const values = claimValues(claims, config.rolesClaim);
  const granted = config.roleMap
    ? values.flatMap((value) => config.roleMap?.[value] ?? [])
    : values.filter((value): value is IdentityProviderRole =>
        (IDENTITY_PROVIDER_ROLES as readonly string[]).includes(value),
      );
  return IDENTITY_PROVIDER_ROLES.filter((role) => granted.includes(role));
}

/** The centre ids the claims name (well-formed ones; whether each exists is the database's to say). */
export function centerIdsOf(claims: Claims, config: OidcConfig): string[] {
  return [...new Set(claimValues(claims, config.centersClaim).map((id) => id.toLowerCase()))].filter(isId);
}

/** The e-mail address, only when the provider vouches for it (some send "true" as a string). */
export function verifiedEmailOf(claims: Claims): string | null {
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  return verified && typeof claims.email === 'string' && claims.email.includes('@')
    ? claims.email.trim().toLowerCase()
    : null;
}

/** A name for a new account: the name claim, or given and family names, or the address. */
export function displayNameOf(claims: Claims, email: string): string {
  const parts = [claims.given_name, claims.family_name].filter((part) => typeof part === 'string');
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : parts.join(' ');
  return (name.trim() || email).slice(0, 200);
}
