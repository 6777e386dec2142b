import type { Kysely } from 'kysely';
import type { OidcConfig } from '../../../config.ts';
import type { DB } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { AppError, msg } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type IdentityProviderRole, rolesAfterSingleSignOn } from '../../../lib/policy/accounts.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { hashSecret } from '../accounts.links.ts';
import * as accountsRepo from '../accounts.repo.ts';
import { startSession } from '../accounts.signin.ts';
import { centerIdsOf, displayNameOf, staffRolesOf, verifiedEmailOf } from './oidc.claims.ts';
import { type Claims, type IdentityProvider, newFlowSecrets, ProviderError } from './oidc.client.ts';
import * as repo from './oidc.repo.ts';
import type { SsoError } from './oidc.schema.ts';

/** How long the person has at the identity provider before the sign-in is void. */
export const FLOW_TTL_MS = 10 * 60 * 1000;
/** Where staff land after signing in when the sign-in page named nowhere else. */
const DEFAULT_RETURN = '/console';

export type SsoOutcome =
  | { ok: true; sessionToken: string; expiresAt: Date; returnTo: string }
  | { ok: false; error: SsoError; returnTo: string; cause?: string };

/**
 * A path on this site only (`/x`, not `//elsewhere` or `/\elsewhere`): no open redirect. Browsers
 * drop tabs and line breaks from a Location, so `/<tab>/elsewhere` is refused too.
 */
function safeReturn(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) && !/\p{Cc}/u.test(next) ? next : DEFAULT_RETURN;
}

/**
 * Begins a sign-in: its state, nonce and PKCE verifier kept server-side (any process can finish
 * it), and the provider's authorization URL. The caller binds the state to the browser too.
 */
export async function startSignIn(
  db: Kysely<DB>,
  provider: IdentityProvider,
  next: string | undefined,
): Promise<{ ok: true; location: string; state: string } | { ok: false; error: SsoError; returnTo: string }> {
  const returnTo = safeReturn(next);
  const secrets = newFlowSecrets();
  let location: URL;
  try {
    location = await provider.authorizationUrl(secrets);
  } catch {
    return { ok: false, error: 'sso_unavailable', returnTo };
  }
  await repo.insertFlow(db, {
    stateHash: hashSecret(secrets.state),
    nonce: secrets.nonce,
    codeVerifier: secrets.codeVerifier,
    returnTo,
    expiresAt: new Date(Date.now() + FLOW_TTL_MS),
  });
  return { ok: true, location: location.href, state: secrets.state };
}

/**
 * Ends a sign-in: the flow is taken (once), the code exchanged and checked by openid-client, the
 * account found by its identity or linked by a verified address (or made), its staff roles and
 * centres set from the claims, and a session started as a password sign-in starts one.
 */
export async function finishSignIn(
  db: Kysely<DB>,
  provider: IdentityProvider,
  config: OidcConfig,
  input: {
    callbackUrl: URL;
    state: string | undefined;
    /** The state this browser began with (its flow cookie). */
    browserState: string | undefined;
    error: string | undefined;
    userAgent?: string;
  },
): Promise<SsoOutcome> {
  const { state } = input;
  // A callback this browser did not begin (login CSRF) or one whose state is unknown or used.
  if (!state || state !== input.browserState) return refuse('sso_state', DEFAULT_RETURN);
  const flow = await repo.takeFlow(db, hashSecret(state));
  if (!flow) return refuse('sso_state', DEFAULT_RETURN);
  const returnTo = flow.return_to;
  if (flow.expires_at.getTime() <= Date.now()) return refuse('sso_expired', returnTo);
  if (input.error) return refuse('sso_denied', returnTo, input.error);

  let claims: Claims;
  try {
    claims = await provider.claimsOf(input.callbackUrl, {
      state,
      nonce: flow.nonce,
      codeVerifier: flow.code_verifier,
    });
  } catch (error) {
    const unreachable = error instanceof ProviderError && error.reason === 'unreachable';
    return refuse(unreachable ? 'sso_unavailable' : 'sso_failed', returnTo, String(error));
  }

  const roles = staffRolesOf(claims, config);
  if (roles.length === 0) return refuse('sso_no_role', returnTo);
  let account: Awaited<ReturnType<typeof applyIdentity>>;
  try {
    account = await applyIdentity(db, config.issuer, claims, roles, centerIdsOf(claims, config));
  } catch (error) {
    // Two first sign-ins of one person at once: the other made the account; this one uses it.
    if (!isUniqueViolation(error)) throw error;
    account = await applyIdentity(db, config.issuer, claims, roles, centerIdsOf(claims, config));
  }
  if (!account.ok) return refuse(account.error, returnTo);
  return { ok: true, returnTo, ...(await startSession(db, account.userId, input.userAgent)) };
}

function refuse(error: SsoError, returnTo: string, cause?: string): SsoOutcome {
  return { ok: false, error, returnTo, cause };
}

/**
 * The account for these claims, with the staff roles and centres the provider gives now: a
 * member role the account has is kept (it is not the provider's), every staff role it had is
 * replaced. Changes are audited, with the account as their actor.
 */
async function applyIdentity(
  db: Kysely<DB>,
  issuer: string,
  claims: Claims,
  staffRoles: IdentityProviderRole[],
  claimedCenterIds: string[],
): Promise<{ ok: true; userId: string } | { ok: false; error: SsoError }> {
  return db.transaction().execute(async (trx) => {
    const centerIds = await accountsRepo.existingCenterIds(trx, claimedCenterIds);
    const now = new Date();
    const linked = await repo.findLinkedUser(trx, issuer, claims.sub);
    if (linked) {
      if (linked.disabled) return { ok: false, error: 'sso_disabled' };
      await updateStaffRoles(trx, linked, staffRoles, centerIds, []);
      await followProviderAddress(trx, linked, verifiedEmailOf(claims), now);
      return { ok: true, userId: linked.id };
    }
    // First sign-in: an account is found or made only by an address the provider vouches for.
    const email = verifiedEmailOf(claims);
    if (!email) return { ok: false, error: 'sso_email_unverified' };
    const existing = await repo.findUserToLink(trx, email);
    if (existing) {
      if (existing.oidc_subject) return { ok: false, error: 'sso_conflict' };
      if (existing.disabled) return { ok: false, error: 'sso_disabled' };
      await repo.linkUser(trx, existing.id, issuer, claims.sub, now);
      await updateStaffRoles(trx, existing, staffRoles, centerIds, ['oidcIdentity']);
      return { ok: true, userId: existing.id };
    }
    const userId = await accountsRepo.insertUser(trx, {
      email,
      name: displayNameOf(claims, email),
      passwordHash: null,
      roles: staffRoles,
      centerIds,
    });
    await repo.linkUser(trx, userId, issuer, claims.sub, now);
    await recordAudit(trx, {
      actorId: userId,
      action: 'create',
      entity: 'user',
      entityId: userId,
      fields: ['email', 'name', 'roles', 'centerIds', 'oidcIdentity'],
      reason: 'single sign-on',
    });
    return { ok: true, userId };
  });
}

/**
 * A linked account takes the address the provider vouches for when it changes there (a new
 * surname, a new domain), unless another account here has it: then it keeps its own.
 */
async function followProviderAddress(
  db: Kysely<DB>,
  user: repo.LinkableUser,
  email: string | null,
  now: Date,
) {
  if (!email || email === user.email.toLowerCase()) return;
  const holder = await repo.findUserToLink(db, email);
  if (holder && holder.id !== user.id) return;
  await repo.updateEmail(db, user.id, email, now);
  await recordAudit(db, {
    actorId: user.id,
    action: 'update',
    entity: 'user',
    entityId: user.id,
    fields: ['email'],
    reason: 'single sign-on',
  });
}

async function updateStaffRoles(
  db: Kysely<DB>,
  user: repo.LinkableUser,
  staffRoles: IdentityProviderRole[],
  centerIds: string[],
  alsoChanged: string[],
) {
  const roles = rolesAfterSingleSignOn(user.roles, staffRoles);
  const currentCenters = (await repo.centerIdsOfUser(db, user.id)).map((row) => row.center_id);
  const fields = [...alsoChanged];
  if (!sameSet(roles, user.roles)) {
    fields.push('roles');
    await accountsRepo.updateUserRow(db, user.id, { roles });
  }
  if (!sameSet(currentCenters, centerIds)) {
    fields.push('centerIds');
    await accountsRepo.replaceUserCenters(db, user.id, centerIds);
  }
  if (fields.length > 0) {
    await recordAudit(db, {
      actorId: user.id,
      action: 'update',
      entity: 'user',
      entityId: user.id,
      fields,
      reason: 'single sign-on',
    });
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/**
 * An admin unlinks an account from its identity at the provider (linked to the wrong person, or
 * the provider's account was given to someone else). The account, its roles, password and
 * sessions stay; the identity's next sign-in is treated as a first one, so it links again only
 * to the account of the address the provider vouches for (email_verified).
 */
export async function unlinkIdentity(db: Kysely<DB>, actor: Actor | null, userId: string): Promise<void> {
  authorize(actor, 'user.unlinkSso');
  await db.transaction().execute(async (trx) => {
    const unlinked = isId(userId) ? await repo.unlinkUser(trx, userId, new Date()) : undefined;
    if (!unlinked) {
      throw new AppError(
        'not_found',
        msg(
          'No account with a single sign-on identity linked to it here.',
          'Nie ma tu konta połączonego z kontem miejskim (SSO).',
        ),
      );
    }
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'unlink_sso',
      entity: 'user',
      entityId: userId,
      fields: ['oidcIdentity'],
    });
  });
}
