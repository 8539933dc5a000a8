// The shop's history: every service writes an event in the same transaction as its change.
import type { Prisma } from '@prisma/client';

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
