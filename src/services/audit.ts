// The shop's history: every service writes an event in the same transaction as its change.
import type { Prisma } from '@prisma/client';
import { insertRows } from '../db/insert.js';
import type { Tx } from '../db/transaction.js';

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId: string | number;
  message: string;
  orderId?: number;
  staffUserId?: number | null;
  data?: Record<string, unknown>;
}

type Writer = { auditEvent: Prisma.AuditEventDelegate };

export function recordEvent(tx: Writer, e: AuditInput) {
  return tx.auditEvent.create({
    data: {
      action: e.action,
      subjectType: e.subjectType,
      subjectId: String(e.subjectId),
      message: e.message,
      orderId: e.orderId,
      staffUserId: e.staffUserId ?? null,
      data: e.data ? JSON.stringify(e.data) : null,
    },
  });
}

const EVENT = {
  action: 'text', subjectType: 'text', subjectId: 'text', orderId: 'int', staffUserId: 'int', message: 'text', data: 'text', createdAt: 'date',
} as const;

/** Many events at once (bulk actions: one per order), in one multi-row INSERT per few thousand. */
export async function recordEvents(tx: Tx, events: AuditInput[]): Promise<void> {
  const createdAt = new Date();
  await insertRows(tx, 'AuditEvent', EVENT, events.map((e) => ({
    action: e.action, subjectType: e.subjectType, subjectId: String(e.subjectId), orderId: e.orderId ?? null, staffUserId: e.staffUserId ?? null,
    message: e.message, data: e.data ? JSON.stringify(e.data) : null, createdAt,
  })));
}
