import { type Kysely, sql } from 'kysely';
import { PREPARED } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { CursorKey } from '../../lib/pagination.ts';

// The single-use links of an account (a password reset, an address to confirm) have their own file.
export * from './accounts.links.repo.ts';

const userColumns = [
  'users.id',
  'users.email',
  'users.name',
  'users.roles',
  'users.disabled',
  'users.language',
  'users.email_verified_at',
  'users.created_at',
] as const;

/** A user with the centres it coordinates, as one row. */
function withCenterIds(db: Kysely<DB>) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .select((eb) =>
      eb
        .fn<string[]>('coalesce', [
          eb
            .selectFrom('user_centers')
            .select(sql<string[]>`array_agg(center_id::text order by center_id)`.as('ids'))
            .whereRef('user_centers.user_id', '=', 'users.id'),
          sql`'{}'::text[]`,
        ])
        .as('center_ids'),
    )
    .select(sql<boolean>`users.oidc_subject is not null`.as('sso_linked'));
}

export type UserRow = Awaited<ReturnType<typeof findUserById>> & {};

export function findUserById(db: Kysely<DB>, id: string) {
  return withCenterIds(db).where('users.id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return withCenterIds(db)
    .select('users.password_hash')
    .where(sql`lower(users.email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertUser(
  db: Kysely<DB>,
  user: {
    email: string;
    name: string;
    passwordHash: string | null;
    roles: string[];
    centerIds: string[];
    /** False for a self-registered account: its address is confirmed by the link mailed to it. */
    emailVerified?: boolean;
    /** The language of its mail (default Polish). */
    language?: 'pl' | 'en';
  },
): Promise<string> {
  const { id } = await db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      roles: user.roles,
      ...(user.emailVerified === false && { email_verified_at: null }),
      ...(user.language && { language: user.language }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceUserCenters(db, id, user.centerIds);
  return id;
}

export async function replaceUserCenters(db: Kysely<DB>, userId: string, centerIds: string[]) {
  await db.deleteFrom('user_centers').where('user_id', '=', userId).execute();
  if (centerIds.length > 0) {
    await db
      .insertInto('user_centers')
      .values(centerIds.map((centerId) => ({ user_id: userId, center_id: centerId })))
      .execute();
  }
}

export async function updateUserRow(
  db: Kysely<DB>,
  id: string,
  changes: {
    email?: string;
    name?: string;
    passwordHash?: string;
    roles?: string[];
    disabled?: boolean;
    emailVerifiedAt?: Date;
  },
) {
  await db
    .updateTable('users')
    .set({
      ...(changes.email !== undefined && { email: changes.email }),
      ...(changes.emailVerifiedAt !== undefined && { email_verified_at: changes.emailVerifiedAt }),
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.roles !== undefined && { roles: changes.roles }),
      ...(changes.disabled !== undefined && { disabled: changes.disabled }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export function selectUsers(
  db: Kysely<DB>,
  filter: { q?: string; role?: string; limit: number; after?: CursorKey; coordinatorOf?: string[] },
) {
  let query = withCenterIds(db)
    .orderBy('users.created_at', 'desc')
    .orderBy('users.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`civitas_fold(users.name)`, 'like', sql`civitas_fold(${pattern})`),
        eb(sql`lower(users.email)`, 'like', pattern),
      ]),
    );
  }
  if (filter.role) query = query.where(sql<boolean>`${filter.role} = any(users.roles)`);
  if (filter.coordinatorOf) {
    const centerIds = filter.coordinatorOf;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`users.roles && array['member', 'advisor']::text[]`,
        ...(centerIds.length > 0
          ? [
              eb.exists(
                eb
                  .selectFrom('user_centers')
                  .select('user_centers.user_id')
                  .whereRef('user_centers.user_id', '=', 'users.id')
                  .where('user_centers.center_id', 'in', centerIds),
              ),
            ]
          : []),
      ]),
    );
  }
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(users.created_at, users.id) < (${at}, ${id}::uuid)`);
  }
  return query.execute();
}

export function countAdmins(db: Kysely<DB>) {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(sql<boolean>`'admin' = any(roles)`)
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
}

export async function existingCenterIds(db: Kysely<DB>, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('centers').select('id').where('id', 'in', ids).execute();
  return rows.map((row) => row.id);
}

// Sessions and tokens are stored as SHA-256 hashes of the secret the client holds.

export async function insertSession(
  db: Kysely<DB>,
  tokenHash: string,
  userId: string,
  expiresAt: Date,
  userAgent: string | null = null,
) {
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt, user_agent: userAgent })
    .execute();
}

/** A user's sessions, the newest first (a user has a handful; bounded all the same). */
export function selectSessions(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'token_hash', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

export async function deleteSessionById(db: Kysely<DB>, userId: string, id: string) {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends a user's sessions but the one given (null: all of them); says how many ended. */
/** Ends the user's sessions but the one kept (null: all of them); answers how many ended. */
export async function deleteOtherSessions(db: Kysely<DB>, userId: string, keepTokenHash: string | null) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash) query = query.where('token_hash', '<>', keepTokenHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function revokeTokensOfUser(db: Kysely<DB>, userId: string) {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The session and its user in one round trip: every signed-in request starts here. */
export function findSessionUser(db: Kysely<DB>, tokenHash: string) {
  return withCenterIds(db)
    .modifyFront(PREPARED)
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .select(['sessions.last_seen_at', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function findTokenUser(db: Kysely<DB>, tokenHash: string) {
  return withCenterIds(db)
    .modifyFront(PREPARED)
    .innerJoin('api_tokens', 'api_tokens.user_id', 'users.id')
    .select(['api_tokens.id as token_id', 'api_tokens.last_used_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, tokenHash: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, idleBefore: Date, now: Date) {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleBefore)]))
    .execute();
}

export async function insertToken(db: Kysely<DB>, userId: string, name: string, tokenHash: string) {
  return db
    .insertInto('api_tokens')
    .values({ user_id: userId, name, token_hash: tokenHash })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function touchToken(db: Kysely<DB>, id: string, at: Date) {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export function selectTokens(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export function findToken(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function revokeTokenRow(db: Kysely<DB>, id: string) {
  await db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).execute();
}

/**
 * Counts a sign-in attempt against each key before the password is checked, atomically: under a
 * transaction-scoped advisory lock per key, the attempts in the window are counted and, when
 * every key is under its limit, this attempt is recorded. Parallel attempts therefore queue on
 * the lock and each sees the ones before it. Returns the ids to forget if the password is right,
 * or the key that is over its limit with its oldest attempt (when the limit lifts).
 */
export async function claimLoginAttempt(
  db: Kysely<DB>,
  limits: { key: string; max: number }[],
  since: Date,
): Promise<{ ok: true; ids: string[] } | { ok: false; key: string; oldest: Date }> {
  return db.transaction().execute(async (trx) => {
    for (const { key } of [...limits].sort((a, b) => a.key.localeCompare(b.key))) {
      await sql`select pg_advisory_xact_lock(hashtext(${`login:${key}`}))`.execute(trx);
    }
    const counts = await trx
      .selectFrom('login_failures')
      .select((eb) => ['key', eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
      .where(
        'key',
        'in',
        limits.map((limit) => limit.key),
      )
      .where('at', '>=', since)
      .groupBy('key')
      .execute();
    for (const { key, max } of limits) {
      const found = counts.find((row) => row.key === key);
      if (found && Number(found.count) >= max)
        return { ok: false, key, oldest: new Date(found.oldest as Date) };
    }
    const rows = await trx
      .insertInto('login_failures')
      .values(limits.map(({ key }) => ({ key })))
      .returning('id')
      .execute();
    return { ok: true, ids: rows.map((row) => String(row.id)) };
  });
}

/** A right password: the attempt it made is not a failure. */
export async function forgetLoginAttempt(db: Kysely<DB>, ids: string[]) {
  if (ids.length)
    await db
      .deleteFrom('login_failures')
      .where('id', 'in', ids as never[])
      .execute();
}

export async function deleteOldLoginFailures(db: Kysely<DB>, before: Date) {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}

export function findUserContactRow(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('users')
    .select(['email', 'name', 'language'])
    .where('id', '=', id)
    .where('disabled', '=', false)
    .executeTakeFirst();
}

/**
 * Self-registered accounts whose address was never confirmed, registered before `before`: they
 * never could sign in, so nothing is theirs but the account; staff and advisors are kept.
 */
export async function deleteUnconfirmedAccounts(db: Kysely<DB>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('users')
    .where('email_verified_at', 'is', null)
    .where('created_at', '<', before)
    .where(sql<boolean>`roles <@ array['member']::text[]`)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('advisors').select('advisors.id').whereRef('advisors.user_id', '=', 'users.id'))),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
