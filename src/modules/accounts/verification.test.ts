import { beforeAll, describe, expect, it } from 'vitest';
import {
  backend,
  call,
  makeUser,
  PASSWORD,
  setupApp,
  signIn,
  type TestContext,
  type TestUser,
} from '../../../test/helpers.ts';
import { pruneSessions } from './accounts.service.ts';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
});

const REGISTERED_PASSWORD = 'jesienny spacer po Plantach';
let counter = 0;
const freshAddress = (who: string) => `${who}.${Date.now()}.${++counter}@example.org`;

/** The mails sent to an address, the newest first, as the person would read them. */
async function mailsTo(email: string) {
  return ctx.db
    .selectFrom('outbox')
    .select(['kind', 'subject', 'text'])
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The token of the newest confirmation link of this kind mailed to the address. */
async function linkTokenFor(email: string, kind: 'verify_email' | 'email_change'): Promise<string> {
  const mail = (await mailsTo(email)).find((m) => m.kind === kind);
  const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no ${kind} link mailed to ${email}: ${JSON.stringify(await mailsTo(email))}`);
  const url = new URL(link);
  expect(url.pathname).toBe('/verify-email');
  return url.searchParams.get('token') ?? '';
}

const register = (email: string, password = REGISTERED_PASSWORD, name = 'Ewa Nowicka') =>
  call(ctx, { method: 'POST', url: '/api/auth/register', payload: { email, name, password } });
const verify = (token: string) => call(ctx, { method: 'POST', url: '/api/auth/verify', payload: { token } });
const login = (email: string, password: string) =>
  call(ctx, { method: 'POST', url: '/api/auth/login', payload: { email, password } });

async function accountsWith(email: string) {
  const row = await ctx.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('email', '=', email.toLowerCase())
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A member registered and confirmed through the mailed link, signed in. */
async function confirmedMember(): Promise<TestUser> {
  const email = freshAddress('czlonek');
  expect((await register(email)).status).toBe(201);
  expect((await verify(await linkTokenFor(email, 'verify_email'))).status).toBe(200);
  const cookie = await signIn(ctx, email, REGISTERED_PASSWORD);
  const me = await call(ctx, { method: 'GET', url: '/api/auth/me', headers: { cookie } });
  return { id: me.body.user.id, email, cookie, headers: { cookie } };
}

describe(`confirming the address given on registration (${backend})`, () => {
  it('signs nobody in until the mailed link is used; signing in before re-mails the link', async () => {
    const email = freshAddress('ewa');
    const registered = await register(email.toUpperCase());
    expect(registered.status).toBe(201);
    expect(registered.body).toEqual({ status: 'pending_verification' });
    expect(registered.response.cookies).toEqual([]);
    const first = await linkTokenFor(email, 'verify_email');
    expect((await mailsTo(email))[0]?.text).toContain('Ewa Nowicka');

    const early = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'pl' },
      payload: { email, password: REGISTERED_PASSWORD },
    });
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('email_not_verified');
    expect(early.body.error.message).toContain('potwierdź adres');
    expect(early.response.cookies).toEqual([]);
    const second = await linkTokenFor(email, 'verify_email');
    expect(second).not.toBe(first);
    // A wrong password is told nothing about the address.
    expect((await login(email, 'to nie jest to hasło')).status).toBe(401);

    const done = await verify(second);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ purpose: 'verify_email', email });
    expect(done.response.cookies).toEqual([]);
    const signedIn = await login(email, REGISTERED_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ email, roles: ['member'] });
    // The older link ended with the one used.
    expect((await verify(first)).status).toBe(422);
  });

  it('writes to a registrant in the language of the page, or the one asked for', async () => {
    const cases = [
      { headers: { 'accept-language': 'en-GB,en;q=0.9' }, payload: {}, language: 'en', subject: /confirm/i },
      { headers: { 'accept-language': 'pl' }, payload: {}, language: 'pl', subject: /potwierd/i },
      { headers: {}, payload: {}, language: 'pl', subject: /potwierd/i },
      {
        headers: { 'accept-language': 'pl' },
        payload: { language: 'en' },
        language: 'en',
        subject: /confirm/i,
      },
    ];
    for (const each of cases) {
      const email = freshAddress('jezyk');
      const { status } = await call(ctx, {
        method: 'POST',
        url: '/api/auth/register',
        headers: each.headers,
        payload: { email, name: 'Olga Językowa', password: REGISTERED_PASSWORD, ...each.payload },
      });
      expect(status).toBe(201);
      const [mail] = await mailsTo(email);
      expect(mail?.subject, JSON.stringify(each)).toMatch(each.subject);
      const user = await ctx.db
        .selectFrom('users')
        .select('language')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(user.language).toBe(each.language);
    }
    const bad = await call(ctx, {
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: freshAddress('jezyk'), name: 'Olga', password: REGISTERED_PASSWORD, language: 'de' },
    });
    expect(bad.status).toBe(422);
  });

  it('deletes a registration nobody confirmed within a week, and keeps the rest', async () => {
    const stale = freshAddress('nieaktywny');
    const recent = freshAddress('swiezy');
    expect((await register(stale)).status).toBe(201);
    expect((await register(recent)).status).toBe(201);
    const confirmed = await confirmedMember();
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await ctx.db
      .updateTable('users')
      .set({ created_at: eightDaysAgo })
      .where('email', 'in', [stale, confirmed.email])
      .execute();
    await pruneSessions(ctx.db);
    expect(await accountsWith(stale)).toBe(0);
    expect(await accountsWith(recent)).toBe(1);
    expect(await accountsWith(confirmed.email)).toBe(1);
    // The address is free again: registering it starts afresh.
    expect((await register(stale)).status).toBe(201);
    expect(await accountsWith(stale)).toBe(1);
  });

  it('refuses a used, expired or unknown link with 422 in the error shape', async () => {
    const email = freshAddress('jan');
    await register(email);
    const token = await linkTokenFor(email, 'verify_email');
    expect((await verify(token)).status).toBe(200);
    const used = await verify(token);
    expect(used.status).toBe(422);
    expect(used.body).toEqual({
      error: {
        code: 'validation_failed',
        message: expect.stringContaining('token'),
        details: [expect.objectContaining({ path: 'token' })],
      },
    });

    const late = freshAddress('spozniony');
    await register(late);
    const lateToken = await linkTokenFor(late, 'verify_email');
    await ctx.db
      .updateTable('account_links')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('purpose', '=', 'verify_email')
      .where('user_id', '=', (eb) => eb.selectFrom('users').select('id').where('email', '=', late))
      .execute();
    const expired = await verify(lateToken);
    expect(expired.status).toBe(422);
    expect(expired.body.error.details[0].path).toBe('token');
    expect((await login(late, REGISTERED_PASSWORD)).body.error.code).toBe('email_not_verified');

    const unknown = await verify('nie-ma-takiego-linku');
    expect(unknown.status).toBe(422);
  });

  it('answers an address that has an account exactly like a new one, and mails its owner instead', async () => {
    const owner = await makeUser(ctx, ['member'], { name: 'Zofia Właścicielka' });
    const fresh = await register(freshAddress('nowa'));
    const existing = await register(owner.email.toUpperCase(), 'cudze hasło do przejęcia', 'Ktoś Obcy');
    expect(existing.status).toBe(fresh.status);
    expect(existing.body).toEqual(fresh.body);
    expect(existing.response.headers['content-type']).toBe(fresh.response.headers['content-type']);
    expect(existing.response.cookies).toEqual([]);

    expect(await accountsWith(owner.email)).toBe(1);
    const mails = await mailsTo(owner.email);
    expect(mails.map((m) => m.kind)).toEqual(['account_exists']);
    expect(mails[0]?.text).toContain('Zofia Właścicielka');
    expect(mails[0]?.text).toContain('http://localhost:3000/forgot-password');
    // The owner's password and name stay; the stranger's password opens nothing.
    expect((await login(owner.email, PASSWORD)).status).toBe(200);
    expect((await login(owner.email, 'cudze hasło do przejęcia')).status).toBe(401);
  });

  it('hands an account registered with someone else’s address to the owner through a password reset', async () => {
    const email = freshAddress('przejete');
    await register(email, 'hasło zakładającego 2026');
    await call(ctx, { method: 'POST', url: '/api/auth/password-reset', payload: { email } });
    const mail = (await mailsTo(email)).find((m) => m.kind === 'password_reset');
    const token = new URL(mail?.text.match(/https?:\/\/\S+/)?.[0] ?? '').searchParams.get('token');
    const reset = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'hasło prawdziwej właścicielki' },
    });
    expect(reset.status).toBe(200);
    expect((await login(email, 'hasło prawdziwej właścicielki')).status).toBe(200);
    expect((await login(email, 'hasło zakładającego 2026')).status).toBe(401);
  });

  it('lets exactly one of parallel confirmations with the same link through', async () => {
    const email = freshAddress('rownolegle');
    await register(email);
    const token = await linkTokenFor(email, 'verify_email');
    const answers = await Promise.all(Array.from({ length: 8 }, () => verify(token)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422, 422, 422, 422, 422, 422, 422]);
  });
});

describe(`changing the own name and e-mail address (${backend})`, () => {
  const changeMe = (user: TestUser, payload: Record<string, unknown>) =>
    call(ctx, { method: 'PATCH', url: '/api/auth/me', as: user, payload });

  it('keeps the old address until the link mailed to the new one is used; the old one is told', async () => {
    const member = await confirmedMember();
    const newEmail = freshAddress('nowy-adres');
    const asked = await changeMe(member, { name: 'Ewa Nowicka-Kowal', email: newEmail.toUpperCase() });
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual({
      user: expect.objectContaining({ id: member.id, email: member.email, name: 'Ewa Nowicka-Kowal' }),
      pendingEmail: newEmail,
    });
    const me = await call(ctx, { method: 'GET', url: '/api/auth/me', as: member });
    expect(me.body.user.email).toBe(member.email);
    const token = await linkTokenFor(newEmail, 'email_change');
    expect((await mailsTo(newEmail))[0]?.text).toContain('Ewa Nowicka-Kowal');

    const done = await verify(token);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ purpose: 'change_email', email: newEmail });
    const after = await call(ctx, { method: 'GET', url: '/api/auth/me', as: member });
    expect(after.body.user.email).toBe(newEmail);
    const notice = (await mailsTo(member.email)).find((m) => m.kind === 'email_changed_notice');
    expect(notice?.text).toContain(newEmail);
    expect((await login(newEmail, REGISTERED_PASSWORD)).status).toBe(200);
    expect((await login(member.email, REGISTERED_PASSWORD)).status).toBe(401);
    expect((await verify(token)).status).toBe(422);
  });

  it('only the newest change can be confirmed', async () => {
    const member = await makeUser(ctx, ['member']);
    const first = freshAddress('pierwszy');
    const second = freshAddress('drugi');
    await changeMe(member, { email: first });
    await changeMe(member, { email: second });
    expect((await verify(await linkTokenFor(first, 'email_change'))).status).toBe(422);
    expect((await verify(await linkTokenFor(second, 'email_change'))).status).toBe(200);
  });

  it('refuses the confirmation with 409 when another account took the address meanwhile', async () => {
    const member = await makeUser(ctx, ['member']);
    const wanted = freshAddress('chciany');
    expect((await changeMe(member, { email: wanted })).status).toBe(200);
    const token = await linkTokenFor(wanted, 'email_change');
    expect(
      (
        await call(ctx, {
          method: 'POST',
          url: '/api/users',
          as: admin,
          payload: { email: wanted, name: 'Ktoś Szybszy', roles: ['member'] },
        })
      ).status,
    ).toBe(201);
    const refused = await verify(token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    const me = await call(ctx, { method: 'GET', url: '/api/auth/me', as: member });
    expect(me.body.user.email).toBe(member.email);
    expect(await accountsWith(wanted)).toBe(1);
  });

  it('answers an address that has an account like any other, and mails nothing to it', async () => {
    const member = await makeUser(ctx, ['member']);
    const other = await makeUser(ctx, ['member']);
    const asked = await changeMe(member, { email: other.email });
    expect(asked.status).toBe(200);
    expect(asked.body.pendingEmail).toBe(other.email);
    expect(await mailsTo(other.email)).toEqual([]);
  });

  it('lets exactly one of parallel confirmations of a change through', async () => {
    const member = await makeUser(ctx, ['member']);
    const newEmail = freshAddress('rownolegla-zmiana');
    await changeMe(member, { email: newEmail });
    const token = await linkTokenFor(newEmail, 'email_change');
    const answers = await Promise.all(Array.from({ length: 6 }, () => verify(token)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422, 422, 422, 422, 422]);
    const notices = (await mailsTo(member.email)).filter((m) => m.kind === 'email_changed_notice');
    expect(notices).toHaveLength(1);
  });

  it('is not for API tokens or the anonymous', async () => {
    const member = await makeUser(ctx, ['member']);
    const { body } = await call(ctx, {
      method: 'POST',
      url: '/api/tokens',
      as: member,
      payload: { name: 'skrypt' },
    });
    const byToken = await call(ctx, {
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${body.token}` },
      payload: { email: freshAddress('przez-token') },
    });
    expect(byToken.status).toBe(403);
    const anonymous = await call(ctx, { method: 'PATCH', url: '/api/auth/me', payload: { name: 'Nikt' } });
    expect(anonymous.status).toBe(401);
  });
});
