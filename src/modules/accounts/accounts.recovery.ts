import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, invalidField, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { type Actor, authorize } from '../../lib/policy.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { assertStrongPassword } from './accounts.passwords.ts';
import * as repo from './accounts.repo.ts';
import type { PublicUser, SessionList } from './accounts.schema.ts';
import {
  hashSecret,
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_PAIR,
  newSecret,
  presentUser,
} from './accounts.service.ts';
import { startSession, tooManyAttempts } from './accounts.signin.ts';

/** A reset link works once, for an hour. */
export const RESET_LINK_MS = 60 * 60 * 1000;
/** At most this many reset mails per account an hour, and requests per address a quarter. */
const MAX_RESET_MAILS_PER_HOUR = 3;
const MAX_RESET_REQUESTS_PER_ADDRESS = 20;

const language = (row: { language: string }) => (row.language === 'en' ? 'en' : 'pl');

/**
 * Mails a single-use reset link when the e-mail belongs to an enabled account. The caller's
 * answer is the same whatever the e-mail (no account enumeration); a few mails an hour at most,
 * so nobody's mailbox is flooded through this.
 */
export async function requestPasswordReset(
  db: Kysely<DB>,
  publicUrl: string,
  input: { email: string; address: string },
): Promise<void> {
  const claim = await repo.claimLoginAttempt(
    db,
    [{ key: `reset:${input.address}`, max: MAX_RESET_REQUESTS_PER_ADDRESS }],
    new Date(Date.now() - LOGIN_WINDOW_MS),
  );
  if (!claim.ok) throw tooManyAttempts(claim.oldest);
  const row = await repo.findUserByEmail(db, input.email.trim().toLowerCase());
  if (!row || row.disabled) return;
  await db.transaction().execute(async (trx) => {
    const since = new Date(Date.now() - 60 * 60 * 1000);
    if ((await repo.countRecentLinks(trx, row.id, 'password_reset', since)) >= MAX_RESET_MAILS_PER_HOUR)
      return;
    const token = newSecret();
    await repo.insertAccountLink(trx, {
      userId: row.id,
      purpose: 'password_reset',
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + RESET_LINK_MS),
    });
    await enqueueMail(trx, {
      to: row.email,
      kind: 'password_reset',
      language: language(row),
      data: { name: row.name, link: `${publicUrl}/reset-password?token=${encodeURIComponent(token)}` },
    });
  });
}

const invalidLink = () =>
  invalidField(
    'token',
    msg(
      'this link does not work any more: it was used, it expired (links last an hour) or it was replaced by a newer one. Ask for a new one.',
      'ten link już nie działa: został użyty, wygasł (link działa godzinę) lub zastąpił go nowszy. Poproś o nowy.',
    ),
  );

/**
 * Sets the password chosen through a reset link and signs the person in. The link is used up,
 * and every other session, API token and reset link of the account ends.
 */
export async function confirmPasswordReset(
  db: Kysely<DB>,
  input: { token: string; password: string; userAgent?: string },
): Promise<{ user: PublicUser; sessionToken: string; expiresAt: Date }> {
  const tokenHash = hashSecret(input.token);
  const owner = await repo.findAccountLinkUser(db, tokenHash, 'password_reset', new Date());
  if (!owner || owner.disabled) throw invalidLink();
  // A weak password is refused before the link is used, so the person can try another.
  assertStrongPassword(input.password, [owner.email, owner.name]);
  const passwordHash = await hashPassword(input.password);
  const user = await db.transaction().execute(async (trx) => {
    const now = new Date();
    const used = await repo.useAccountLink(trx, tokenHash, 'password_reset', now);
    if (!used) throw invalidLink();
    // The link reached the account's mailbox, so the address is confirmed too: an account that
    // someone registered with another's address and never confirmed passes to its owner this way.
    await repo.updateUserRow(trx, used.user_id, { passwordHash, emailVerifiedAt: now });
    await endEverythingOf(trx, used.user_id, null, now);
    await recordAudit(trx, {
      actorId: used.user_id,
      action: 'update',
      entity: 'user',
      entityId: used.user_id,
      fields: ['password'],
    });
    const row = await repo.findUserById(trx, used.user_id);
    if (!row) throw invalidLink();
    return presentUser(row);
  });
  return { user, ...(await startSession(db, user.id, input.userAgent)) };
}

/** Every session (but the one kept), every API token and every pending reset link of a user. */
async function endEverythingOf(db: Kysely<DB>, userId: string, keepSession: string | null, now: Date) {
  await repo.deleteOtherSessions(db, userId, keepSession);
  await repo.revokeTokensOfUser(db, userId);
  await repo.expireLinksOfUser(db, userId, 'password_reset', now);
}

/**
 * The signed-in person changes its password: the current one is checked (and a wrong one counts
 * toward the sign-in limit, so this is no way round it); every other session and API token ends;
 * a notice is mailed.
 */
export async function changePassword(
  db: Kysely<DB>,
  actor: Actor | null,
  sessionTokenHash: string | null,
  input: { currentPassword: string; newPassword: string; address: string },
): Promise<PublicUser> {
  authorize(actor, 'account.password', { ownerId: actor?.id });
  const row = await repo.findUserByEmail(db, actor.email);
  if (!row) throw notFound(msg('User', 'użytkownik'));
  const claim = await repo.claimLoginAttempt(
    db,
    [{ key: `pair:${row.email.toLowerCase()}|${input.address}`, max: MAX_FAILURES_PER_PAIR }],
    new Date(Date.now() - LOGIN_WINDOW_MS),
  );
  if (!claim.ok) throw tooManyAttempts(claim.oldest);
  if (!row.password_hash || !(await verifyPassword(input.currentPassword, row.password_hash))) {
    throw invalidField(
      'currentPassword',
      msg('this is not your current password', 'to nie jest Twoje obecne hasło'),
    );
  }
  await repo.forgetLoginAttempt(db, claim.ids);
  if (input.newPassword === input.currentPassword) {
    throw invalidField(
      'newPassword',
      msg('choose a password other than the current one', 'wybierz hasło inne niż obecne'),
    );
  }
  assertStrongPassword(input.newPassword, [row.email, row.name], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await repo.updateUserRow(trx, row.id, { passwordHash });
    await endEverythingOf(trx, row.id, sessionTokenHash, new Date());
    await recordAudit(trx, {
      actorId: row.id,
      action: 'update',
      entity: 'user',
      entityId: row.id,
      fields: ['password'],
    });
    await enqueueMail(trx, {
      to: row.email,
      kind: 'password_changed',
      language: language(row),
      data: { name: row.name },
    });
    return presentUser(row);
  });
}

// Sessions

export async function listSessions(
  db: Kysely<DB>,
  actor: Actor | null,
  sessionTokenHash: string | null,
): Promise<SessionList> {
  authorize(actor, 'session.manage', { ownerId: actor?.id });
  const rows = await repo.selectSessions(db, actor.id);
  return {
    items: rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      userAgent: row.user_agent,
      current: row.token_hash === sessionTokenHash,
    })),
    nextCursor: null,
  };
}

/** Ends one of the caller's own sessions; another's is not found. */
export async function endSession(db: Kysely<DB>, actor: Actor | null, id: string) {
  authorize(actor, 'session.manage', { ownerId: actor?.id });
  if (!isId(id) || !(await repo.deleteSessionById(db, actor.id, id))) throw notFound(msg('Session', 'sesja'));
}

/** "Sign out everywhere else": every session of the caller but this one. */
export async function endOtherSessions(
  db: Kysely<DB>,
  actor: Actor | null,
  sessionTokenHash: string | null,
): Promise<{ ended: number }> {
  authorize(actor, 'session.manage', { ownerId: actor?.id });
  if (!sessionTokenHash)
    throw new AppError(
      'bad_request',
      msg('Sign in with a session first.', 'Najpierw zaloguj się w przeglądarce.'),
    );
  return { ended: await repo.deleteOtherSessions(db, actor.id, sessionTokenHash) };
}
