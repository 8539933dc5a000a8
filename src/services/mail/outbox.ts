// Mail is written to the outbox in the same transaction as the change that causes it; delivery
// happens after commit (delivery.ts). Without SMTP the outbox itself is where staff read it.
import { randomUUID } from 'node:crypto';
import { MailStatus } from '@prisma/client';
import { insertRows } from '../../db/insert.js';
import type { Tx } from '../../db/transaction.js';

export interface OutgoingMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  orderId?: number | null;
}

export type MailMode = 'smtp' | 'local';

const MAIL = {
  kind: 'text', to: 'text', subject: 'text', text: 'text', html: 'text', orderId: 'int',
  status: { enum: 'MailStatus', values: Object.values(MailStatus) }, attempts: 'int', nextAttemptAt: 'date', messageId: 'text', createdAt: 'date',
} as const;

export async function queueMail(tx: Tx, mode: MailMode, mails: OutgoingMail[]): Promise<void> {
  const now = new Date();
  const status = mode === 'smtp' ? 'PENDING' : 'LOCAL';
  await insertRows(tx, 'MailMessage', MAIL, mails.map((m) => ({
    kind: m.kind, to: m.to, subject: m.subject, text: m.text, html: m.html ?? null, orderId: m.orderId ?? null,
    status, attempts: 0, nextAttemptAt: now, messageId: `<${randomUUID()}@counter>`, createdAt: now,
  })));
}
