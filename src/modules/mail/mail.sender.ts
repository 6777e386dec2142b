import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DB } from '../../db/schema.ts';
import { claimDueMail, markFailedAttempt, markSent } from './mail.repo.ts';

const MAX_ATTEMPTS = 8;
const BATCH = 20;
const LEASE_SECONDS = 120;

type Logger = {
  warn: (object: object, message: string) => void;
  info: (message: string) => void;
  debug?: (object: object, message: string) => void;
};

/**
 * Delivers the outbox through SMTP: every `intervalMs`, and at once after `nudge()`.
 * A failed delivery is retried with exponential backoff (1 min, 2 min, 4 min ...) up to
 * MAX_ATTEMPTS, then the message stays in the outbox as `failed` with its last error.
 */
export class MailSender {
  readonly #db: Kysely<DB>;
  readonly #transport: Transporter;
  readonly #from: string;
  readonly #log: Logger;
  readonly #intervalMs: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = false;

  constructor(options: { db: Kysely<DB>; smtpUrl: string; from: string; log: Logger; intervalMs?: number }) {
    this.#db = options.db;
    this.#transport = nodemailer.createTransport(options.smtpUrl);
    this.#from = options.from;
    this.#log = options.log;
    this.#intervalMs = options.intervalMs ?? 5000;
  }

  start() {
    this.#timer = setInterval(() => this.nudge(), this.#intervalMs);
    this.#timer.unref();
    this.nudge();
  }

  /** Sends what is due now; a call while a round is running waits for that round. */
  nudge(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#running ??= this.#sendDue().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async stop() {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#running;
    this.#transport.close();
  }

  async #sendDue() {
    for (;;) {
      const batch = await claimDueMail(this.#db, BATCH, LEASE_SECONDS).catch((error: unknown) => {
        this.#log.warn({ err: error }, 'mail: could not read the outbox');
        return [];
      });
      if (batch.length === 0) return;
      for (const mail of batch) {
        try {
          await this.#transport.sendMail({
            from: this.#from,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.text,
            attachments: mail.attachments.map((attachment) => ({
              filename: attachment.filename,
              contentType: attachment.contentType,
              content: Buffer.from(attachment.content, 'base64'),
            })),
          });
          await markSent(this.#db, mail.id);
          this.#log.debug?.({ mailId: mail.id, requestId: mail.request_id }, 'mail: sent');
        } catch (error) {
          const retryAt =
            mail.attempts >= MAX_ATTEMPTS ? null : new Date(Date.now() + 60_000 * 2 ** (mail.attempts - 1));
          this.#log.warn(
            { err: error, mailId: mail.id, requestId: mail.request_id, attempt: mail.attempts },
            'mail: delivery failed',
          );
          await markFailedAttempt(
            this.#db,
            mail.id,
            error instanceof Error ? error.message : String(error),
            retryAt,
          );
        }
      }
      if (this.#stopped) return;
    }
  }
}
