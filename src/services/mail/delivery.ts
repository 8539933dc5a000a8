// Delivers the outbox over SMTP: each message is claimed by a conditional update before it is
// sent (never by two runs at once), failures are kept with their error and retried with backoff.
// A claim is a lease: a message left SENDING by a process that died mid-send is retried once the
// lease has passed (never lost). The one window for a duplicate is a death between the SMTP server's
// acceptance and our "sent" update; the retry then carries the same Message-ID, which receivers use
// to drop the second copy.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Shop } from '../../db/transaction.js';
import type { MailMode } from './outbox.js';

export const MAX_ATTEMPTS = 8;
/** Longer than a send can take (connection + greeting + socket timeouts below). */
export const SENDING_LEASE_MS = 5 * 60_000;
const backoffMs = (attempts: number) => Math.min(60 * 60_000, 30_000 * 2 ** (attempts - 1));

/** An SMTP server that does not answer must not hold a delivery run for minutes. */
function withTimeouts(url: string): string {
  const u = new URL(url);
  for (const [k, v] of [['connectionTimeout', '10000'], ['greetingTimeout', '10000'], ['socketTimeout', '20000']]) if (!u.searchParams.has(k)) u.searchParams.set(k, v);
  return u.toString();
}

export interface MailSettings {
  smtpUrl?: string;
  from: string;
}

export class MailDelivery {
  readonly mode: MailMode;
  private readonly transport: Transporter | null;
  private running: Promise<number> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly shop: Shop, private readonly settings: MailSettings) {
    this.transport = settings.smtpUrl ? nodemailer.createTransport(withTimeouts(settings.smtpUrl)) : null;
    this.mode = this.transport ? 'smtp' : 'local';
  }

  /** Sends what is due now; resolves to the number of messages sent. One run at a time. */
  deliverDue(): Promise<number> {
    if (!this.transport) return Promise.resolve(0);
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  /** Called after a commit that queued mail: delivery never holds up the request. */
  kick(): void {
    void this.deliverDue().catch((error) => console.error(`mail: delivery run failed: ${(error as Error).message}`));
  }

  start(intervalMs = 30_000): void {
    this.timer ??= setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.transport?.close();
  }

  private async run(): Promise<number> {
    const { prisma } = this.shop;
    let sent = 0;
    const due = await prisma.mailMessage.findMany({
      where: { status: { in: ['PENDING', 'FAILED', 'SENDING'] }, attempts: { lt: MAX_ATTEMPTS }, nextAttemptAt: { lte: new Date() } },
      orderBy: { id: 'asc' },
      take: 200,
    });
    for (const mail of due) {
      const claim = await prisma.mailMessage.updateMany({
        where: { id: mail.id, status: mail.status, attempts: mail.attempts },
        data: { status: 'SENDING', attempts: { increment: 1 }, nextAttemptAt: new Date(Date.now() + SENDING_LEASE_MS) },
      });
      if (claim.count === 0) continue; // another instance has it
      if (mail.status === 'SENDING') console.warn(`mail: message ${mail.id} was left sending by a stopped process; sending it again (same Message-ID)`);
      try {
        await this.transport!.sendMail({ from: this.settings.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined, messageId: mail.messageId });
        await prisma.mailMessage.update({ where: { id: mail.id }, data: { status: 'SENT', sentAt: new Date(), lastError: null } });
        sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        await prisma.mailMessage.update({
          where: { id: mail.id },
          data: { status: 'FAILED', lastError: String((error as Error).message).slice(0, 500), nextAttemptAt: new Date(Date.now() + backoffMs(attempts)) },
        });
      }
    }
    return sent;
  }
}
