import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, msg } from '../../lib/errors.ts';
import { decoyHash, verifyPassword } from '../../lib/passwords.ts';
import { signsInOnlyWithSso } from '../../lib/policy/accounts.ts';
import { hashSecret, mailVerificationLink, newSecret } from './accounts.links.ts';
import * as repo from './accounts.repo.ts';
import type { PublicUser } from './accounts.schema.ts';
import {
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_PAIR,
  presentUser,
  SESSION_ABSOLUTE_MS,
} from './accounts.service.ts';

/** Signing in with a password, its limits, and the session it starts. */

const MAX_FAILURES_PER_ADDRESS = 30;

export async function login(
  db: Kysely<DB>,
  input: {
    email: string;
    password: string;
    address: string;
    publicUrl: string;
    userAgent?: string;
    /** Single sign-on is configured: staff linked to the provider sign in there. */
    ssoEnabled?: boolean;
    /** ADMIN_EMAIL's account, which keeps its password as the way in when the provider is down. */
    breakGlassEmail?: string;
  },
): Promise<{ user: PublicUser; sessionToken: string; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase();
  // The attempt is counted before the password is checked (so parallel guesses cannot slip past
  // the limit), per e-mail and address together and per address: a stranger's failures from
  // elsewhere never lock the owner out.
  const claim = await repo.claimLoginAttempt(
    db,
    [
      { key: `pair:${email}|${input.address}`, max: MAX_FAILURES_PER_PAIR },
      { key: `ip:${input.address}`, max: MAX_FAILURES_PER_ADDRESS },
    ],
    new Date(Date.now() - LOGIN_WINDOW_MS),
  );
  if (!claim.ok) throw tooManyAttempts(claim.oldest);

  const row = await repo.findUserByEmail(db, email);
  // Unknown e-mail and wrong password take the same time and get the same answer.
  const valid = await verifyPassword(input.password, row?.password_hash ?? (await decoyHash()));
  if (!row || !valid || row.disabled) {
    throw new AppError('unauthorized', msg('Wrong e-mail or password.', 'Nieprawidłowy e-mail lub hasło.'));
  }
  await repo.forgetLoginAttempt(db, claim.ids);
  if (input.ssoEnabled && signsInOnlyWithSso(row) && email !== input.breakGlassEmail?.trim().toLowerCase()) {
    // Told only to whoever knows the password, like the unconfirmed address below.
    throw new AppError(
      'sso_required',
      msg(
        'This account signs in with the city\'s account: use the button "Sign in with the city\'s account".',
        'To konto loguje się kontem miejskim: użyj przycisku „Zaloguj kontem miejskim”.',
      ),
    );
  }
  if (!row.email_verified_at) {
    // Told only to whoever knows the password, so this reveals nothing about the address.
    await mailVerificationLink(db, input.publicUrl, row);
    throw new AppError(
      'email_not_verified',
      msg(
        'Confirm your e-mail address first: open the link we mailed you (we have just sent it again).',
        'Najpierw potwierdź adres e-mail: otwórz link z wiadomości od nas (właśnie wysłaliśmy go ponownie).',
      ),
    );
  }
  return { user: presentUser(row), ...(await startSession(db, row.id, input.userAgent)) };
}

/** A new session for this user: the secret for the cookie (only its hash is stored). */
export async function startSession(db: Kysely<DB>, userId: string, userAgent?: string) {
  const sessionToken = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_MS);
  await repo.insertSession(db, hashSecret(sessionToken), userId, expiresAt, userAgent?.slice(0, 300) ?? null);
  return { sessionToken, expiresAt };
}

export function tooManyAttempts(oldest: Date) {
  const retryAfter = (oldest.getTime() + LOGIN_WINDOW_MS - Date.now()) / 1000;
  return new AppError(
    'rate_limited',
    msg(
      'Too many failed sign-ins. Wait a few minutes and try again.',
      'Zbyt wiele nieudanych prób logowania. Odczekaj kilka minut i spróbuj ponownie.',
    ),
    { retryAfterSeconds: Math.max(1, Math.ceil(retryAfter)) },
    retryAfter,
  );
}

export async function logout(db: Kysely<DB>, sessionTokenHash: string | null) {
  if (sessionTokenHash) await repo.deleteSession(db, sessionTokenHash);
}
