import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  makeUser,
  PASSWORD,
  setupApp,
  signIn,
  type TestContext,
  type TestUser,
} from '../../../test/helpers.ts';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
});

const NEW_PASSWORD = 'wiosenny spacer nad Wisłą';

/** The mails sent to an address, the newest first, as the person would read them. */
async function mailsTo(email: string) {
  return ctx.db
    .selectFrom('outbox')
    .select(['kind', 'subject', 'text'])
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .execute();
}

/** The reset link's token from the newest reset mail to this address. */
async function resetTokenFor(email: string): Promise<string> {
  const mail = (await mailsTo(email)).find((m) => m.kind === 'password_reset');
  const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no reset link mailed to ${email}: ${JSON.stringify(await mailsTo(email))}`);
  const url = new URL(link);
  expect(url.pathname).toBe('/reset-password');
  return url.searchParams.get('token') ?? '';
}

async function tokenOf(user: TestUser) {
  const { body } = await call(ctx, {
    method: 'POST',
    url: '/api/tokens',
    as: user,
    payload: { name: 'skrypt' },
  });
  return { authorization: `Bearer ${body.token}` };
}

describe('password reset', () => {
  it('mails a single-use link; the new password ends every session, token and older link', async () => {
    const member = await makeUser(ctx, ['member'], { name: 'Ewa Kowalska' });
    const bearer = await tokenOf(member);
    const asked = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: member.email.toUpperCase() },
    });
    expect(asked.status).toBe(202);
    const older = await resetTokenFor(member.email);
    await call(ctx, { method: 'POST', url: '/api/auth/password-reset', payload: { email: member.email } });
    const token = await resetTokenFor(member.email);
    expect(token).not.toBe(older);
    expect((await mailsTo(member.email))[0]?.text).toContain('Ewa Kowalska');

    const weak = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      headers: { 'accept-language': 'pl' },
      payload: { token, password: 'qwertyuiop12' },
    });
    expect(weak.status).toBe(422);
    expect(weak.body.error.details[0]).toMatchObject({ path: 'password', rule: 'password_strength' });
    expect(weak.body.error.message).toContain('łatwo odgadnąć');

    const done = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      headers: { 'user-agent': 'Firefox na telefonie' },
      payload: { token, password: NEW_PASSWORD },
    });
    expect(done.status).toBe(200);
    expect(done.body.user.id).toBe(member.id);
    const cookie = done.response.cookies.find((c) => c.name === 'civitas_session');
    const fresh = { cookie: `civitas_session=${cookie?.value}` };
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', headers: fresh })).status).toBe(200);

    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', as: member })).status).toBe(401);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', headers: bearer })).status).toBe(401);
    for (const used of [token, older]) {
      const again = await call(ctx, {
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        payload: { token: used, password: 'jeszcze inne hasło 2027' },
      });
      expect(again.status).toBe(422);
      expect(again.body.error.details[0].path).toBe('token');
    }
    const oldPassword = await call(ctx, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: PASSWORD },
    });
    expect(oldPassword.status).toBe(401);
    expect(await signIn(ctx, member.email, NEW_PASSWORD)).toMatch(/^civitas_session=/);
  });

  it('answers the same for an unknown e-mail and mails nobody', async () => {
    const email = 'nikt-taki@example.org';
    const asked = await call(ctx, { method: 'POST', url: '/api/auth/password-reset', payload: { email } });
    expect(asked.status).toBe(202);
    expect(await mailsTo(email)).toEqual([]);
  });

  it('refuses an expired link', async () => {
    const member = await makeUser(ctx, ['member']);
    await call(ctx, { method: 'POST', url: '/api/auth/password-reset', payload: { email: member.email } });
    const token = await resetTokenFor(member.email);
    await ctx.db
      .updateTable('account_links')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', member.id)
      .execute();
    const late = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(late.status).toBe(422);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', as: member })).status).toBe(200);
  });

  it('mails at most three links an hour to one account', async () => {
    const member = await makeUser(ctx, ['member']);
    for (let i = 0; i < 5; i++) {
      const asked = await call(ctx, {
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: member.email },
      });
      expect(asked.status).toBe(202);
    }
    expect((await mailsTo(member.email)).filter((m) => m.kind === 'password_reset')).toHaveLength(3);
  });

  it('refuses more than 20 requests from one address in a quarter of an hour, with Retry-After', async () => {
    const ask = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        remoteAddress: '198.51.100.7',
        payload: { email: 'ktokolwiek@example.org' },
      });
    for (let i = 0; i < 20; i++) expect((await ask()).statusCode).toBe(202);
    const refused = await ask();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      remoteAddress: '198.51.100.8',
      payload: { email: 'ktokolwiek@example.org' },
    });
    expect(elsewhere.statusCode).toBe(202);
  });

  it('lets one of several parallel uses of a link win', async () => {
    const member = await makeUser(ctx, ['member']);
    await call(ctx, { method: 'POST', url: '/api/auth/password-reset', payload: { email: member.email } });
    const token = await resetTokenFor(member.email);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(ctx, {
          method: 'POST',
          url: '/api/auth/password-reset/confirm',
          payload: { token, password: `${NEW_PASSWORD} ${i}` },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 422, 422, 422, 422, 422]);
    const winner = answers.findIndex((answer) => answer.status === 200);
    expect(await signIn(ctx, member.email, `${NEW_PASSWORD} ${winner}`)).toMatch(/^civitas_session=/);
  });
});

describe('password change', () => {
  it('checks the current password, keeps this session, ends the others and every token, and mails a notice', async () => {
    const member = await makeUser(ctx, ['member']);
    const elsewhere = { cookie: await signIn(ctx, member.email, PASSWORD) };
    const bearer = await tokenOf(member);

    const wrong = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password',
      as: member,
      payload: { currentPassword: 'nie to hasło', newPassword: NEW_PASSWORD },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details[0].path).toBe('currentPassword');

    const byToken = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password',
      headers: bearer,
      payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(byToken.status).toBe(403);

    const weak = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password',
      as: member,
      payload: { currentPassword: PASSWORD, newPassword: 'password123' },
    });
    expect(weak.status).toBe(422);
    expect(weak.body.error.details[0]).toMatchObject({ path: 'newPassword', rule: 'password_strength' });
    expect(weak.body.error.details[0].message).toContain('commonly used password');

    const changed = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password',
      as: member,
      payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.status).toBe(200);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', as: member })).status).toBe(200);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', headers: elsewhere })).status).toBe(401);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', headers: bearer })).status).toBe(401);
    expect((await mailsTo(member.email)).map((m) => m.kind)).toContain('password_changed');
  });

  it('counts wrong current passwords toward the sign-in limit, even in parallel', async () => {
    const member = await makeUser(ctx, ['member']);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        call(ctx, {
          method: 'POST',
          url: '/api/auth/password',
          as: member,
          payload: { currentPassword: 'zgadywane hasło', newPassword: NEW_PASSWORD },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 422)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  });

  it('a new password set by an admin ends the user’s sessions and tokens', async () => {
    const member = await makeUser(ctx, ['member']);
    const bearer = await tokenOf(member);
    const patched = await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${member.id}`,
      as: admin,
      payload: { password: NEW_PASSWORD },
    });
    expect(patched.status).toBe(200);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', as: member })).status).toBe(401);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', headers: bearer })).status).toBe(401);
  });

  it('refuses a password an admin sets that is the account holder’s own name', async () => {
    const member = await makeUser(ctx, ['member'], { name: 'Bożena Kwiatkowska-Zielińska' });
    const patched = await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${member.id}`,
      as: admin,
      payload: { password: 'BozenaKwiatkowskaZielinska' },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(422);
    expect(patched.body.error.details[0]).toMatchObject({ path: 'password', rule: 'password_strength' });
    // The session of the account holder goes on: nothing was changed.
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', as: member })).status).toBe(200);
  });

  it('refuses a weak password on registration with the reason', async () => {
    const refused = await call(ctx, {
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'jan.nowak@example.org', name: 'Jan Nowak', password: 'password1234' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details[0]).toMatchObject({ path: 'password', rule: 'password_strength' });
  });
});

describe('sessions', () => {
  it('lists the own sessions, ends one, and signs out everywhere else', async () => {
    const member = await makeUser(ctx, ['member']);
    const other = await makeUser(ctx, ['member']);
    const phone = {
      cookie: (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'user-agent': 'Safari na iPhonie' },
          payload: { email: member.email, password: PASSWORD },
        })
      ).cookies
        .filter((c) => c.name === 'civitas_session')
        .map((c) => `civitas_session=${c.value}`)[0] as string,
    };
    const laptop = { cookie: await signIn(ctx, member.email, PASSWORD) };

    const listed = await call(ctx, { method: 'GET', url: '/api/auth/sessions', as: member });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(3);
    expect(listed.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phoneSession = listed.body.items.find(
      (s: { userAgent: string | null }) => s.userAgent === 'Safari na iPhonie',
    );
    expect(phoneSession).toBeDefined();

    const foreign = await call(ctx, {
      method: 'DELETE',
      url: `/api/auth/sessions/${phoneSession.id}`,
      as: other,
    });
    expect(foreign.status).toBe(404);
    const ended = await call(ctx, {
      method: 'DELETE',
      url: `/api/auth/sessions/${phoneSession.id}`,
      as: member,
    });
    expect(ended.status).toBe(204);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', headers: phone })).status).toBe(401);

    const everywhere = await call(ctx, { method: 'DELETE', url: '/api/auth/sessions', as: member });
    expect(everywhere.status).toBe(200);
    expect(everywhere.body).toEqual({ ended: 1 });
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', headers: laptop })).status).toBe(401);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/me', as: member })).status).toBe(200);
  });

  it('are not managed with an API token', async () => {
    const member = await makeUser(ctx, ['member']);
    const bearer = await tokenOf(member);
    expect((await call(ctx, { method: 'GET', url: '/api/auth/sessions', headers: bearer })).status).toBe(403);
    expect((await call(ctx, { method: 'DELETE', url: '/api/auth/sessions', headers: bearer })).status).toBe(
      403,
    );
  });
});

describe("an admin changing an account's address", () => {
  it('tells the old address, and ends the reset link mailed to it', async () => {
    const member = await makeUser(ctx, ['member'], { name: 'Jan Zmieniony' });
    await call(ctx, { method: 'POST', url: '/api/auth/password-reset', payload: { email: member.email } });
    const token = await resetTokenFor(member.email);
    const newEmail = `nowy.${Date.now()}@example.org`;
    const changed = await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${member.id}`,
      as: admin,
      payload: { email: newEmail },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.email).toBe(newEmail);
    const notice = (await mailsTo(member.email)).find((m) => m.kind === 'email_changed_notice');
    expect(notice?.text).toContain(newEmail);
    expect(notice?.text).toContain('Jan Zmieniony');
    const reset = await call(ctx, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(422);
    // The admin vouches for the new address: the person signs in with it at once.
    expect(await signIn(ctx, newEmail, PASSWORD)).toMatch(/civitas_session=/);
    // Nothing is mailed when the address stays (only its letters' case changes).
    const before = (await mailsTo(newEmail)).length;
    await call(ctx, {
      method: 'PATCH',
      url: `/api/users/${member.id}`,
      as: admin,
      payload: { email: newEmail.toUpperCase() },
    });
    expect((await mailsTo(newEmail)).length).toBe(before);
  });
});
