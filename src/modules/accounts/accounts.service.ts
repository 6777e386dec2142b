import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { AppError, conflict, invalidField, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, toPage } from '../../lib/pagination.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import {
  type Actor,
  allowed,
  authorize,
  type Role,
  requireActor,
  rolesInclude,
  visibleScope,
} from '../../lib/policy.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { hashSecret, newSecret } from './accounts.links.ts';
import { assertStrongPassword } from './accounts.passwords.ts';
import * as repo from './accounts.repo.ts';
import type {
  CreatedToken,
  PublicUser,
  TokenList,
  UserChanges,
  UserInput,
  UserListQuery,
} from './accounts.schema.ts';
import { deleteExpiredFlows } from './oidc/oidc.repo.ts';

export const SESSION_IDLE_MS = 24 * 60 * 60 * 1000;
/** How long a self-registered account waits for its address to be confirmed before it is deleted. */
export const UNCONFIRMED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 14 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const SESSION_TOUCH_MS = 60 * 1000;

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_PAIR = 5;

/** The one mapping of a users row (with its centres) to the API's shape; ssoLinked for admins. */
export function presentUser(row: repo.UserRow, viewer?: Actor | null): PublicUser {
  const user = {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles as Role[],
    centerIds: row.center_ids,
  };
  return viewer && allowed(viewer, 'user.unlinkSso') ? { ...user, ssoLinked: row.sso_linked } : user;
}

const emailTaken = () =>
  conflict(msg('An account with this e-mail already exists.', 'Konto z tym adresem e-mail już istnieje.'), {
    field: 'email',
  });

async function loadUser(db: Kysely<DB>, id: string, viewer?: Actor | null): Promise<PublicUser> {
  const row = await repo.findUserById(db, id);
  if (!row) throw notFound(msg('User', 'użytkownik'));
  return presentUser(row, viewer);
}

export function toActor(row: repo.UserRow): Actor {
  return { ...presentUser(row), language: row.language === 'en' ? 'en' : 'pl' };
}

// Secrets handed out are kept as hashes (accounts.links.ts); other files take them from here.
export { hashSecret, newSecret };

// Sessions

/** The actor behind a session cookie, or null when it is unknown, idle too long or expired. */
export async function actorFromSession(db: Kysely<DB>, sessionToken: string): Promise<Actor | null> {
  const tokenHash = hashSecret(sessionToken);
  const row = await repo.findSessionUser(db, tokenHash);
  if (!row) return null;
  const now = Date.now();
  if (row.expires_at.getTime() <= now || row.last_seen_at.getTime() + SESSION_IDLE_MS <= now) {
    await repo.deleteSession(db, tokenHash);
    return null;
  }
  if (row.disabled) return null;
  if (now - row.last_seen_at.getTime() > SESSION_TOUCH_MS)
    await repo.touchSession(db, tokenHash, new Date(now));
  return toActor(row);
}

export async function actorFromToken(db: Kysely<DB>, token: string): Promise<Actor | null> {
  const row = await repo.findTokenUser(db, hashSecret(token));
  if (!row || row.disabled) return null;
  const now = Date.now();
  if (!row.last_used_at || now - row.last_used_at.getTime() > SESSION_TOUCH_MS) {
    await repo.touchToken(db, row.token_id, new Date(now));
  }
  return toActor(row);
}

// Accounts

async function createAccount(
  db: Kysely<DB>,
  actor: Actor | null,
  input: { email: string; name: string; password?: string; roles: Role[]; centerIds: string[] },
): Promise<PublicUser> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction().execute(async (trx) => {
    if (await repo.findUserByEmail(trx, email)) throw emailTaken();
    await assertCentersExist(trx, input.centerIds);
    const id = await repo.insertUser(trx, { ...input, email, name: input.name.trim(), passwordHash });
    await recordAudit(trx, {
      actorId: actor?.id ?? id,
      action: 'create',
      entity: 'user',
      entityId: id,
      fields: ['email', 'name', 'roles', ...(passwordHash ? ['password'] : [])],
    });
    return await loadUser(trx, id, actor);
  });
}

async function assertCentersExist(db: Kysely<DB>, centerIds: string[]) {
  const unknown = centerIds.filter((id) => !isId(id));
  const known = await repo.existingCenterIds(db, centerIds.filter(isId));
  const missing = [...unknown, ...centerIds.filter((id) => isId(id) && !known.includes(id))];
  if (missing.length > 0) {
    throw invalidField(
      'centerIds',
      msg(`no such centre: ${missing.join(', ')}`, `nie ma takiego centrum: ${missing.join(', ')}`),
    );
  }
}

export async function createUser(db: Kysely<DB>, actor: Actor | null, input: UserInput): Promise<PublicUser> {
  authorize(actor, 'user.create');
  if (input.password) assertStrongPassword(input.password, [input.email, input.name]);
  return createAccount(db, actor, { ...input, centerIds: input.centerIds ?? [] });
}

export async function listUsers(db: Kysely<DB>, actor: Actor | null, query: UserListQuery) {
  authorize(actor, 'user.list');
  const scope = visibleScope(actor);
  const rows = await repo.selectUsers(db, {
    ...query,
    after: decodeCursor(query.cursor),
    // The same accounts 'user.read' lets a coordinator see (see policy/predicates.ts seesAccount).
    coordinatorOf: scope.all ? undefined : scope.centerIds,
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({ at: row.created_at, id: row.id }),
    (row) => presentUser(row, actor),
  );
}

export async function getUser(db: Kysely<DB>, actor: Actor | null, id: string): Promise<PublicUser> {
  requireActor(actor);
  const row = isId(id) ? await repo.findUserById(db, id) : undefined;
  const target = { ownerId: id, account: row && { roles: row.roles, centerIds: row.center_ids } };
  if (!row || !allowed(actor, 'user.read', target)) {
    // Staff learn only that there is no account here they may see; anyone else is refused.
    if (!allowed(actor, 'user.list')) authorize(actor, 'user.read', target);
    throw notFound(msg('User', 'użytkownik'));
  }
  return presentUser(row, actor);
}

export async function updateUser(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: UserChanges,
): Promise<PublicUser> {
  authorize(actor, 'user.update');
  const current = isId(id) ? await repo.findUserById(db, id) : undefined;
  if (!current) throw notFound(msg('User', 'użytkownik'));
  // Judged against the account's own name and address too, the stored ones and the new ones.
  if (changes.password) {
    assertStrongPassword(changes.password, [
      changes.email ?? '',
      changes.name ?? '',
      current.email,
      current.name,
    ]);
  }
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  return db.transaction().execute(async (trx) => {
    const existing = await repo.findUserById(trx, id);
    if (!existing) throw notFound(msg('User', 'użytkownik'));
    const email = changes.email?.trim().toLowerCase();
    if (email && email !== existing.email.toLowerCase()) {
      if (await repo.findUserByEmail(trx, email)) throw emailTaken();
    }
    const removesLastAdmin =
      rolesInclude(existing.roles, 'admin') &&
      ((changes.roles && !rolesInclude(changes.roles, 'admin')) || changes.disabled === true) &&
      (await repo.countAdmins(trx)).count <= 1;
    if (removesLastAdmin) {
      throw conflict(
        msg('Civitas needs at least one admin.', 'Civitas potrzebuje co najmniej jednego administratora.'),
      );
    }
    if (changes.centerIds) {
      await assertCentersExist(trx, changes.centerIds);
      await repo.replaceUserCenters(trx, id, changes.centerIds);
    }
    await repo.updateUserRow(trx, id, { ...changes, email, passwordHash });
    if (email && email !== existing.email.toLowerCase()) {
      // The admin vouches for the new address, as for the accounts staff create. The old one is
      // told, and the links mailed to it (a password reset, an address change) end.
      const now = new Date();
      await repo.expireLinksOfUser(trx, id, 'change_email', now);
      await repo.expireLinksOfUser(trx, id, 'password_reset', now);
      await enqueueMail(trx, {
        to: existing.email,
        kind: 'email_changed_notice',
        language: existing.language === 'en' ? 'en' : 'pl',
        data: { name: existing.name, newEmail: email },
      });
    }
    if (passwordHash || changes.disabled === true) {
      // A new password or a disabled account ends every session and API token of the user.
      await repo.deleteOtherSessions(trx, id, null);
      await repo.revokeTokensOfUser(trx, id);
    }
    const fields = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
    await recordAudit(trx, { actorId: actor.id, action: 'update', entity: 'user', entityId: id, fields });
    return await loadUser(trx, id, actor);
  });
}

/**
 * ADMIN_EMAIL and ADMIN_PASSWORD always give a working admin, whatever else the database holds
 * (demo data included): the account is created, or made an enabled admin whose password is
 * ADMIN_PASSWORD. Says what it did; several processes starting at once do it once.
 */
export async function ensureAdmin(
  db: Kysely<DB>,
  email: string,
  password: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await repo.findUserByEmail(db, email);
  if (existing) {
    const works =
      rolesInclude(existing.roles, 'admin') &&
      !existing.disabled &&
      !!existing.password_hash &&
      (await verifyPassword(password, existing.password_hash));
    if (works) return 'unchanged';
    await repo.updateUserRow(db, existing.id, {
      roles: [...new Set([...existing.roles, 'admin'])],
      passwordHash: await hashPassword(password),
      disabled: false,
    });
    return 'updated';
  }
  try {
    await createAccount(db, null, {
      email,
      name: 'Administrator',
      password,
      roles: ['admin'],
      centerIds: [],
    });
  } catch (error) {
    // Another server process starting at the same moment created it first.
    if (error instanceof AppError && error.code === 'conflict') return 'unchanged';
    if (isUniqueViolation(error)) return 'unchanged';
    throw error;
  }
  return 'created';
}

// API tokens

export async function createToken(db: Kysely<DB>, actor: Actor | null, name: string): Promise<CreatedToken> {
  authorize(actor, 'token.create');
  const token = `civ_${newSecret()}`;
  const row = await repo.insertToken(db, actor.id, name.trim(), hashSecret(token));
  return { id: row.id, name: row.name, createdAt: row.created_at, token };
}

export async function listTokens(db: Kysely<DB>, actor: Actor | null): Promise<TokenList> {
  requireActor(actor);
  const rows = await repo.selectTokens(db, actor.id);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
    })),
    nextCursor: null,
  };
}

/** The owner revokes its token; an admin may revoke anyone's. Others learn nothing of it. */
export async function revokeToken(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  const token = isId(id) ? await repo.findToken(db, id) : undefined;
  if (!token || token.revoked_at || !allowed(actor, 'token.revoke', { ownerId: token.user_id })) {
    throw notFound(msg('Token', 'token'));
  }
  await repo.revokeTokenRow(db, id);
}

export async function pruneSessions(db: Kysely<DB>) {
  const now = Date.now();
  await repo.deleteExpiredSessions(db, new Date(now - SESSION_IDLE_MS), new Date(now));
  await repo.deleteOldLoginFailures(db, new Date(now - LOGIN_WINDOW_MS));
  await repo.deleteOldAccountLinks(db, new Date(now - 7 * 24 * 60 * 60 * 1000));
  // A registration nobody confirmed within a week: the address was mistyped or not the
  // registrant's own. Its e-mail and name are not kept longer than needed (GDPR art. 5(1)(e)).
  await repo.deleteUnconfirmedAccounts(db, new Date(now - UNCONFIRMED_KEPT_MS));
  await deleteExpiredFlows(db, new Date(now));
}

/** Where to write to a user, for other modules' mail: e-mail, name and language. */
export async function findUserContact(
  db: Kysely<DB>,
  id: string | null,
): Promise<{ email: string; name: string; language: 'pl' | 'en' } | undefined> {
  if (!id || !isId(id)) return undefined;
  const row = await repo.findUserContactRow(db, id);
  return row
    ? { email: row.email, name: row.name, language: row.language === 'en' ? 'en' : 'pl' }
    : undefined;
}
