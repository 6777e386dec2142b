import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { MailSender } from './mail.sender.ts';
import { enqueueMail } from './mail.service.ts';

type Received = { to: string; raw: string };

let ctx: TestContext;
let admin: TestUser;
let smtp: SMTPServer;
let smtpPort: number;
const received: Received[] = [];
let refuseNext = 0;

const silent = { warn: () => {}, info: () => {} };

beforeAll(async () => {
  ctx = await setupApp();
  admin = await makeUser(ctx, ['admin']);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        if (refuseNext > 0) {
          refuseNext--;
          callback(new Error('mailbox busy, try later'));
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const sender = () =>
  new MailSender({
    db: ctx.db,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    from: 'Civitas <civitas@example.org>',
    log: silent,
  });

describe('the outbox', () => {
  it('keeps a message in the outbox until a sender delivers it over SMTP, in Polish with the attachment', async () => {
    await enqueueMail(ctx.db, {
      to: 'zofia@example.org',
      kind: 'test',
      data: { name: 'Zofia Żółkiewska' },
      attachments: [
        {
          filename: 'zaproszenie.ics',
          contentType: 'text/calendar',
          content: Buffer.from('BEGIN:VCALENDAR').toString('base64'),
        },
      ],
    });
    const queued = await call(ctx, { method: 'GET', url: '/api/outbox?to=zofia@example.org', as: admin });
    expect(queued.status).toBe(200);
    expect(queued.body.items).toHaveLength(1);
    expect(queued.body.items[0]).toMatchObject({
      to: 'zofia@example.org',
      subject: 'Wiadomość próbna',
      status: 'pending',
      attachments: [{ filename: 'zaproszenie.ics', contentType: 'text/calendar', size: 15 }],
    });
    expect(queued.body.items[0].text).toContain('Zofia Żółkiewska');

    const mailer = sender();
    await mailer.nudge();
    await mailer.stop();
    const delivered = received.filter((mail) => mail.to === 'zofia@example.org');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.raw).toContain('zaproszenie.ics');
    const after = await call(ctx, { method: 'GET', url: '/api/outbox?to=zofia@example.org', as: admin });
    expect(after.body.items[0].status).toBe('sent');
  });

  it('retries a refused delivery later instead of losing it', async () => {
    refuseNext = 1;
    await enqueueMail(ctx.db, {
      to: 'retry@example.org',
      kind: 'test',
      language: 'en',
      data: { name: 'Jan' },
    });
    const mailer = sender();
    await mailer.nudge();
    let item = (await call(ctx, { method: 'GET', url: '/api/outbox?to=retry@example.org', as: admin })).body
      .items[0];
    expect(item).toMatchObject({ status: 'pending', attempts: 1, subject: 'Test message' });
    expect(item.lastError).toMatch(/mailbox busy/);

    // Not due yet: a second round does not send it.
    await mailer.nudge();
    expect(received.filter((mail) => mail.to === 'retry@example.org')).toHaveLength(0);

    await ctx.db
      .updateTable('outbox')
      .set({ next_attempt_at: new Date(Date.now() - 1000) })
      .where('to_address', '=', 'retry@example.org')
      .execute();
    await mailer.nudge();
    await mailer.stop();
    item = (await call(ctx, { method: 'GET', url: '/api/outbox?to=retry@example.org', as: admin })).body
      .items[0];
    expect(item).toMatchObject({ status: 'sent', attempts: 2 });
    expect(received.filter((mail) => mail.to === 'retry@example.org')).toHaveLength(1);
  });

  it('sends each message once when several senders run at the same time', async () => {
    for (let i = 0; i < 12; i++) {
      await enqueueMail(ctx.db, { to: `many${i}@example.org`, kind: 'test', data: { name: `Osoba ${i}` } });
    }
    const senders = [sender(), sender(), sender()];
    await Promise.all(senders.map((mailer) => mailer.nudge()));
    await Promise.all(senders.map((mailer) => mailer.stop()));
    const many = received.filter((mail) => mail.to.startsWith('many'));
    expect(many).toHaveLength(12);
    expect(new Set(many.map((mail) => mail.to)).size).toBe(12);
  });

  it("is the staff's: a coordinator of no centre sees none of it, a member may not look", async () => {
    const coordinator = await makeUser(ctx, ['coordinator']);
    const own = await call(ctx, { method: 'GET', url: '/api/outbox', as: coordinator });
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([]);
    const member = await makeUser(ctx, ['member']);
    expect((await call(ctx, { method: 'GET', url: '/api/outbox', as: member })).status).toBe(403);
    expect((await call(ctx, { method: 'GET', url: '/api/outbox' })).status).toBe(401);
  });
});
