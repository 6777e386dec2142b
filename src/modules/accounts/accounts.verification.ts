import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, invalidField, msg, notFound } from '../../lib/errors.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { type Actor, authorize } from '../../lib/policy.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMail } from '../mail/index.ts';
import {
  hashSecret,
  MAX_VERIFY_MAILS_PER_HOUR,
  mailVerificationLink,
  newSecret,
  VERIFY_LINK_MS,
} from './accounts.links.ts';
import { assertStrongPassword } from './accounts.passwords.ts';
import * as repo from './accounts.repo.ts';
import type { OwnAccountChanges, Registered, RegisterInput, Verified } from './accounts.schema.ts';
import { LOGIN_WINDOW_MS, presentUser } from './accounts.service.ts';
import { tooManyAttempts } from './accounts.signin.ts';

/** Registrations per address a quarter of an hour: each one mails someone. */
const MAX_REGISTRATIONS_PER_ADDRESS = 20;

const language = (row: { language: string }) => (row.language === 'en' ? 'en' : 'pl');

const addressTaken = () =>
  conflict(msg('An account with this e-mail already exists.', 'Konto z tym adresem e-mail już istnieje.'), {
    field: 'email',
  });

/**
 * Self-registration. The answer is the same whether the address is new or has an account, so
 * nobody learns from it who has one: a new address gets an unconfirmed member account and a link
 * to confirm it; the owner of an address already registered is told by mail, and nothing else
 * changes. Both ways do about the same work (the password is hashed, a few statements, one mail)
 * so they take about as long. Nobody is signed in: the account is used once its address is
 * confirmed.
 */
export async function register(
  db: Kysely<DB>,
  publicUrl: string,
  input: RegisterInput & { address: string },
): Promise<Registered> {
  assertStrongPassword(input.password, [input.email, input.name]);
  const claim = await repo.claimLoginAttempt(
    db,
    [{ key: `register:${input.address}`, max: MAX_REGISTRATIONS_PER_ADDRESS }],
    new Date(Date.now() - LOGIN_WINDOW_MS),
  );
  if (!claim.ok) throw tooManyAttempts(claim.oldest);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const attempt = async () => {
    const existing = await repo.findUserByEmail(db, email);
    if (existing) return mailOwnerOfAddress(db, publicUrl, existing);
    await db.transaction().execute(async (trx) => {
      const id = await repo.insertUser(trx, {
        email,
        name: input.name.trim(),
        passwordHash,
        roles: ['member'],
        centerIds: [],
        emailVerified: false,
        language: input.language,
      });
      await recordAudit(trx, {
        actorId: id,
        action: 'create',
        entity: 'user',
        entityId: id,
        fields: ['email', 'name', 'roles', 'password'],
      });
      await mailVerificationLink(trx, publicUrl, {
        id,
        email,
        name: input.name.trim(),
        language: input.language ?? 'pl',
      });
    });
  };
  try {
    await attempt();
  } catch (error) {
    // The same address registered at the same moment: it has an account now.
    if (!isUniqueViolation(error)) throw error;
    await attempt();
  }
  return { status: 'pending_verification' };
}

/** "You already have an account": at most a few an hour, like every mail a stranger can cause. */
async function mailOwnerOfAddress(
  db: Kysely<DB>,
  publicUrl: string,
  owner: { id: string; email: string; name: string; language: string; disabled: boolean },
) {
  if (owner.disabled) return;
  const claim = await repo.claimLoginAttempt(
    db,
    [{ key: `account-exists:${owner.id}`, max: MAX_VERIFY_MAILS_PER_HOUR }],
    new Date(Date.now() - LOGIN_WINDOW_MS),
  );
  if (!claim.ok) return;
  await enqueueMail(db, {
    to: owner.email,
    kind: 'account_exists',
    language: language(owner),
    data: { name: owner.name, signInLink: `${publicUrl}/sign-in`, resetLink: `${publicUrl}/forgot-password` },
  });
}

const invalidVerifyLink = () =>
  invalidField(
    'token',
    msg(
      'this link does not work any more: it was used, it expired (links last 24 hours) or it was replaced by a newer one.',
      'ten link już nie działa: został użyty, wygasł (link działa 24 godziny) lub zastąpił go nowszy.',
    ),
  );

/**
 * Uses a link mailed to confirm an address. From registration: the account's address is
 * confirmed and it can sign in (the link itself signs nobody in, so an account someone else
 * registered with this address is not handed over by a click). From a change of address: the
 * account takes the new address, unless another account has it by now (409, the link stays
 * usable), and the old address is told.
 */
export async function confirmEmail(db: Kysely<DB>, token: string): Promise<Verified> {
  try {
    return await db.transaction().execute(async (trx) => {
      const now = new Date();
      const used = await repo.useAccountLink(trx, hashSecret(token), ['verify_email', 'change_email'], now);
      const row = used && (await repo.findUserById(trx, used.user_id));
      if (!used || !row || row.disabled) throw invalidVerifyLink();
      if (used.purpose === 'verify_email' || !used.new_email) {
        if (!row.email_verified_at) await repo.updateUserRow(trx, row.id, { emailVerifiedAt: now });
        await repo.expireLinksOfUser(trx, row.id, 'verify_email', now);
        return { purpose: 'verify_email', email: row.email };
      }
      const email = used.new_email;
      const holder = await repo.findUserByEmail(trx, email);
      if (holder && holder.id !== row.id) throw addressTaken();
      await repo.updateUserRow(trx, row.id, { email, emailVerifiedAt: now });
      // Links mailed to the old address (resets, other changes) no longer belong to this account.
      await repo.expireLinksOfUser(trx, row.id, 'change_email', now);
      await repo.expireLinksOfUser(trx, row.id, 'password_reset', now);
      await recordAudit(trx, {
        actorId: row.id,
        action: 'update',
        entity: 'user',
        entityId: row.id,
        fields: ['email'],
      });
      await enqueueMail(trx, {
        to: row.email,
        kind: 'email_changed_notice',
        language: language(row),
        data: { name: row.name, newEmail: email },
      });
      return { purpose: 'change_email', email };
    });
  } catch (error) {
    // Another account took the address at the same moment.
    if (isUniqueViolation(error)) throw addressTaken();
    throw error;
  }
}

/**
 * The signed-in person changes its own name (at once) or e-mail address: the new address is
 * mailed a link and the account keeps the old one until it is used. The answer does not say
 * whether another account has the address (then nothing is mailed, and confirming would be
 * refused anyway).
 */
export async function updateOwnAccount(
  db: Kysely<DB>,
  publicUrl: string,
  actor: Actor | null,
  changes: OwnAccountChanges,
) {
  // The rule of a password change: the owner, in a browser; a leaked API token must not be able
  // to move the account's mail (and with it the password reset) elsewhere.
  authorize(actor, 'account.update', { ownerId: actor?.id });
  return db.transaction().execute(async (trx) => {
    const row = await repo.findUserById(trx, actor.id);
    if (!row) throw notFound(msg('User', 'użytkownik'));
    const name = changes.name?.trim();
    if (name && name !== row.name) {
      await repo.updateUserRow(trx, row.id, { name });
      await recordAudit(trx, {
        actorId: row.id,
        action: 'update',
        entity: 'user',
        entityId: row.id,
        fields: ['name'],
      });
    }
    const email = changes.email?.trim().toLowerCase();
    let pendingEmail: string | null = null;
    if (email && email !== row.email.toLowerCase()) {
      pendingEmail = email;
      const since = new Date(Date.now() - 60 * 60 * 1000);
      const recent = await repo.countRecentLinks(trx, row.id, 'change_email', since);
      if (recent >= MAX_VERIFY_MAILS_PER_HOUR) {
        throw invalidField(
          'email',
          msg(
            'too many changes of address in an hour; try again later',
            'zbyt wiele zmian adresu w ciągu godziny; spróbuj później',
          ),
        );
      }
      const now = new Date();
      // Only the newest change of address can be confirmed.
      await repo.expireLinksOfUser(trx, row.id, 'change_email', now);
      if (!(await repo.findUserByEmail(trx, email))) {
        const token = newSecret();
        await repo.insertAccountLink(trx, {
          userId: row.id,
          purpose: 'change_email',
          tokenHash: hashSecret(token),
          expiresAt: new Date(now.getTime() + VERIFY_LINK_MS),
          newEmail: email,
        });
        await enqueueMail(trx, {
          to: email,
          kind: 'email_change',
          language: language(row),
          data: {
            name: name ?? row.name,
            link: `${publicUrl}/verify-email?token=${encodeURIComponent(token)}`,
          },
        });
      }
    }
    const updated = await repo.findUserById(trx, row.id);
    if (!updated) throw notFound(msg('User', 'użytkownik'));
    return { user: presentUser(updated), pendingEmail };
  });
}
