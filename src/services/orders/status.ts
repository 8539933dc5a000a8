// Order statuses are derived from the ledgers (DOMAIN.md), never typed in.
import type { FinancialStatus, FulfillmentStatus } from '@prisma/client';

import { chunks, ID_BATCH, type Tx } from '../../db/transaction.js';

export interface PaymentTotals {
  authorized: number;
  captured: number;
  refunded: number;
  voided: boolean;
}

export const NO_PAYMENTS: PaymentTotals = { authorized: 0, captured: 0, refunded: 0, voided: false };

export function financialStatus(total: number, p: PaymentTotals): FinancialStatus {
  if (p.refunded > 0) return p.refunded >= p.captured ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
  if (p.captured > 0) return p.captured >= total ? 'PAID' : 'PARTIALLY_PAID';
  if (p.voided) return 'VOIDED';
  if (p.authorized > 0) return 'AUTHORIZED';
  return 'PENDING';
}

export interface LineProgress {
  quantity: number;
  fulfilledQuantity: number;
  removedQuantity: number;
}

export const unfulfilled = (l: LineProgress) => Math.max(0, l.quantity - l.fulfilledQuantity - l.removedQuantity);

export function fulfillmentStatus(lines: LineProgress[]): FulfillmentStatus {
  const open = lines.reduce((n, l) => n + unfulfilled(l), 0);
  const shipped = lines.reduce((n, l) => n + l.fulfilledQuantity, 0);
  if (open === 0 && shipped > 0) return 'FULFILLED';
  return shipped > 0 ? 'PARTIALLY_FULFILLED' : 'UNFULFILLED';
}

/** Sums of successful transactions per order, in one grouped query per chunk. */
export async function paymentTotals(tx: Tx, orderIds: number[]): Promise<Map<number, PaymentTotals>> {
  const out = new Map<number, PaymentTotals>();
  for (const part of chunks(orderIds, ID_BATCH)) {
    const rows = await tx.paymentTransaction.groupBy({
      by: ['orderId', 'kind'],
      where: { orderId: { in: part }, status: 'SUCCESS' },
      _sum: { amountCents: true },
    });
    for (const row of rows) {
      const t = out.get(row.orderId) ?? { ...NO_PAYMENTS };
      const amount = row._sum.amountCents ?? 0;
      if (row.kind === 'AUTHORIZATION') t.authorized += amount;
      if (row.kind === 'CAPTURE') t.captured += amount;
      if (row.kind === 'SALE') (t.authorized += amount), (t.captured += amount);
      if (row.kind === 'REFUND') t.refunded += amount;
      if (row.kind === 'VOID') t.voided = true;
      out.set(row.orderId, t);
    }
  }
  return out;
}

