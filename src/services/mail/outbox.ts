// Mail is written to the outbox in the same transaction as the change that causes it; delivery
// happens after commit (delivery.ts). Without SMTP the outbox itself is where staff read it.
import { randomUUID } from 'node:crypto';
import { chunks, ROW_BATCH, type Tx } from '../../db/transaction.js';

export interface OutgoingMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  orderId?: number | null;
}

export type MailMode = 'smtp' | 'local';

export async function queueMail(tx: Tx, mode: MailMode, mails: OutgoingMail[]): Promise<void> {
  for (const part of chunks(mails, ROW_BATCH)) {
    await tx.mailMessage.createMany({
      data: part.map((m) => ({
        kind: m.kind, to: m.to, subject: m.subject, text: m.text, html: m.html ?? null, orderId: m.orderId ?? null,
        status: mode === 'smtp' ? 'PENDING' : 'LOCAL',
        messageId: `<${randomUUID()}@counter>`,
      })),
    });
  }
}
