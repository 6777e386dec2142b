import { createHash } from 'node:crypto';
import { PASSWORD, signIn } from '../helpers.ts';
import { adminOnly, all, anyStaff, defineTable, everyone, type RoleName, unique, userOf } from './runner.ts';
import { created, type World } from './world.ts';

/** A token of this user, made through its own session. */
const tokenOf = async (world: World, role: RoleName) =>
  (await created(world, userOf(world, role) ?? world.users.admin, '/api/tokens', { name: `t-${unique()}` }))
    .id as string;

/** The id of a fresh session of the other user (not one of the roles'). */
const sessionIdOf = async (world: World) => {
  const row = await world.ctx.db
    .selectFrom('sessions')
    .select('id')
    .where('user_id', '=', world.otherUserId)
    .executeTakeFirst();
  return row?.id ?? '00000000-0000-4000-8000-000000000000';
};

/** A fresh link confirming the other user's address, as if mailed on registration. */
const verifyLinkOf = async (world: World) => {
  const token = `potwierdz-${unique()}`;
  await world.ctx.db
    .insertInto('account_links')
    .values({
      user_id: world.otherUserId,
      purpose: 'verify_email',
      token_hash: createHash('sha256').update(token).digest('hex'),
      expires_at: new Date(Date.now() + 60 * 60 * 1000),
    })
    .execute();
  return token;
};

/** Accounts, sign-in and API tokens, and the users staff keep. */
export const accountsTable = defineTable({
  title: 'accounts, users and tokens',
  setup: async () => ({}),
  rows: (w) => [
    {
      route: 'POST /api/auth/login',
      name: 'with the own password; the anonymous with another account',
      prepare: (role) => ({
        url: '/api/auth/login',
        payload: {
          email: role === 'anonymous' ? w().users.member.email : w().users[role].email,
          password: PASSWORD,
        },
      }),
      expect: everyone(200),
    },
    {
      route: 'POST /api/auth/login',
      name: 'with a wrong password',
      prepare: () => ({
        url: '/api/auth/login',
        payload: { email: `${unique()}@example.org`, password: 'zle' },
      }),
      expect: everyone(401),
    },
    {
      route: 'POST /api/auth/logout',
      name: 'a session of its own, signed in for this row',
      prepare: async (role) => ({
        url: '/api/auth/logout',
        headers:
          role === 'anonymous' ? {} : { cookie: await signIn(w().ctx, w().users[role].email, PASSWORD) },
      }),
      expect: everyone(204),
    },
    {
      route: 'POST /api/auth/register',
      prepare: () => ({
        url: '/api/auth/register',
        payload: { email: `${unique()}@example.org`, name: 'Nowa Osoba', password: 'dlugie haslo testowe' },
      }),
      expect: everyone(201),
    },
    {
      route: 'POST /api/auth/register',
      name: 'an e-mail that has an account: the same answer (its owner is mailed)',
      prepare: () => ({
        url: '/api/auth/register',
        payload: { email: w().users.member.email, name: 'Nowa Osoba', password: 'dlugie haslo testowe' },
      }),
      expect: everyone(201),
    },
    {
      route: 'POST /api/auth/verify',
      name: 'a link mailed to confirm an address: whoever opens it',
      prepare: async () => ({ url: '/api/auth/verify', payload: { token: await verifyLinkOf(w()) } }),
      expect: everyone(200),
    },
    {
      route: 'POST /api/auth/verify',
      name: 'with a link that does not exist',
      prepare: () => ({ url: '/api/auth/verify', payload: { token: `nie-ma-${unique()}` } }),
      expect: everyone(422),
    },
    {
      route: 'PATCH /api/auth/me',
      name: 'its own name',
      prepare: (role) => ({ url: '/api/auth/me', payload: { name: `Osoba ${role}` } }),
      expect: all(200),
    },
    {
      route: 'PATCH /api/auth/me',
      name: 'its own e-mail address (a link is mailed to the new one)',
      prepare: () => ({ url: '/api/auth/me', payload: { email: `${unique()}@example.org` } }),
      expect: all(200),
    },
    { route: 'GET /api/auth/session', prepare: () => ({ url: '/api/auth/session' }), expect: everyone(200) },
    // Single sign-on: public; its flow routes are 404 while it is off, as here (oidc.test.ts has it on).
    {
      route: 'GET /api/auth/oidc/config',
      prepare: () => ({ url: '/api/auth/oidc/config' }),
      expect: everyone(200),
    },
    {
      route: 'GET /api/auth/oidc/start',
      name: 'with single sign-on off',
      prepare: () => ({ url: '/api/auth/oidc/start' }),
      expect: everyone(404),
    },
    {
      route: 'GET /api/auth/oidc/callback',
      name: 'with single sign-on off',
      prepare: () => ({ url: '/api/auth/oidc/callback?code=c&state=s' }),
      expect: everyone(404),
    },
    {
      route: 'POST /api/auth/password-reset',
      name: 'for any e-mail, the same answer',
      prepare: (role) => ({
        url: '/api/auth/password-reset',
        payload: { email: role === 'anonymous' ? `${unique()}@example.org` : w().users[role].email },
      }),
      expect: everyone(202),
    },
    {
      route: 'POST /api/auth/password-reset/confirm',
      name: 'with a link that does not exist',
      prepare: () => ({
        url: '/api/auth/password-reset/confirm',
        payload: { token: `nie-ma-${unique()}`, password: 'zupełnie nowe hasło 2026' },
      }),
      expect: everyone(422),
    },
    {
      route: 'POST /api/auth/password',
      name: 'its own, with a wrong current password',
      prepare: () => ({
        url: '/api/auth/password',
        payload: { currentPassword: 'to nie to hasło', newPassword: 'zupełnie nowe hasło 2026' },
      }),
      expect: all(422),
    },
    { route: 'GET /api/auth/sessions', prepare: () => ({ url: '/api/auth/sessions' }), expect: all(200) },
    {
      route: 'DELETE /api/auth/sessions',
      name: 'every other session of its own (the one the table uses is kept)',
      prepare: () => ({ url: '/api/auth/sessions' }),
      expect: all(200),
    },
    {
      route: 'DELETE /api/auth/sessions/:id',
      name: "another user's session",
      prepare: async () => ({ url: `/api/auth/sessions/${await sessionIdOf(w())}` }),
      expect: all(404),
    },
    { route: 'GET /api/auth/me', prepare: () => ({ url: '/api/auth/me' }), expect: all(200) },
    {
      route: 'POST /api/tokens',
      prepare: () => ({ url: '/api/tokens', payload: { name: 'skrypt' } }),
      expect: all(201),
    },
    { route: 'GET /api/tokens', prepare: () => ({ url: '/api/tokens' }), expect: all(200) },
    {
      route: 'DELETE /api/tokens/:id',
      name: 'its own token',
      prepare: async (role) => ({ url: `/api/tokens/${await tokenOf(w(), role)}` }),
      expect: all(204),
    },
    {
      route: 'DELETE /api/tokens/:id',
      name: "the admin's token",
      prepare: async () => ({ url: `/api/tokens/${await tokenOf(w(), 'admin')}` }),
      expect: all(404, { admin: 204 }),
    },
    {
      route: 'POST /api/users',
      prepare: () => ({
        url: '/api/users',
        payload: { email: `${unique()}@example.org`, name: 'Nowa Osoba', roles: ['member'] },
      }),
      expect: adminOnly(201),
    },
    {
      route: 'GET /api/users',
      prepare: () => ({ url: '/api/users' }),
      // Coordinators list the members and advisors they work with and their own centres' staff.
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/users/:id',
      name: 'a member',
      prepare: () => ({ url: `/api/users/${w().otherUserId}` }),
      expect: anyStaff(200),
    },
    {
      route: 'GET /api/users/:id',
      name: "the coordinator of the table's centre",
      prepare: () => ({ url: `/api/users/${w().users.coordinator.id}` }),
      expect: anyStaff(200, { foreignCoordinator: 404, staffRepresentative: 404 }),
    },
    {
      route: 'GET /api/users/:id',
      name: 'an admin',
      prepare: () => ({ url: `/api/users/${w().users.admin.id}` }),
      expect: anyStaff(200, { coordinator: 404, foreignCoordinator: 404, staffRepresentative: 404 }),
    },
    {
      route: 'GET /api/users/:id',
      name: 'itself',
      prepare: (role) => ({ url: `/api/users/${userOf(w(), role)?.id ?? w().otherUserId}` }),
      expect: all(200),
    },
    {
      route: 'PATCH /api/users/:id',
      prepare: () => ({ url: `/api/users/${w().otherUserId}`, payload: { name: 'Zmieniona' } }),
      expect: adminOnly(200),
    },
    {
      route: 'DELETE /api/users/:id/sso',
      name: 'an account linked to an identity at the provider',
      prepare: async () => {
        await w()
          .ctx.db.updateTable('users')
          .set({ oidc_issuer: 'https://sso.krakow.example', oidc_subject: `sub-${unique()}` })
          .where('id', '=', w().otherUserId)
          .execute();
        return { url: `/api/users/${w().otherUserId}/sso` };
      },
      expect: adminOnly(204),
    },
    {
      route: 'DELETE /api/users/:id/sso',
      name: 'an account linked to none',
      prepare: () => ({ url: `/api/users/${w().users.member.id}/sso` }),
      expect: adminOnly(404),
    },
  ],
});
