// Capture: take the money an authorization reserved. Bulk captures the whole remaining amount;
// one order may capture part of it. Captured never exceeds authorized.
import type { FinancialStatus, Prisma } from '@prisma/client';
import { inTransaction, lockOrders, type Shop, type Tx } from '../../db/transaction.js';
import { idempotent } from '../idempotency.js';
import { InvalidInput, Refused } from '../errors.js';
import { formatMoney } from '../money.js';
import { manualProvider, type PaymentProvider } from '../payments/provider.js';
import { missingOrders, parseOrderIds, type BulkResult } from './bulk.js';
import { findOrder, findOrders } from './load.js';
import { readStrict, wholeNumber } from '../input.js';
import { financialStatus, paymentTotals, NO_PAYMENTS, type PaymentTotals } from './status.js';

const SELECT = { id: true, name: true, currency: true, totalCents: true, cancelledAt: true } as const;
type Capturable = Prisma.OrderGetPayload<{ select: typeof SELECT }>;

/** Why this order cannot be captured now, or null. */
function refusal(order: Capturable, t: PaymentTotals): string | null {
  if (order.cancelledAt) return 'cancelled';
  if (t.voided) return 'payment voided';
  if (t.authorized === 0) return 'no authorized payment';
  if (t.captured >= t.authorized) return 'already captured';
  return null;
}

async function capture(tx: Tx, order: Capturable, t: PaymentTotals, amount: number, provider: PaymentProvider, staffUserId: number | null, idempotencyKey?: string) {
  const gateway = await provider.capture({ orderId: order.id, amountCents: amount, currency: order.currency });
  if (!gateway.ok) throw new Refused(`The payment provider declined the capture: ${gateway.error}`);
  await tx.paymentTransaction.create({
    data: { orderId: order.id, kind: 'CAPTURE', amountCents: amount, currency: order.currency, gateway: provider.name, staffUserId, idempotencyKey: idempotencyKey ?? null },
  });
  const status: FinancialStatus = financialStatus(order.totalCents, { ...t, captured: t.captured + amount });
  await tx.order.update({ where: { id: order.id }, data: { financialStatus: status } });
  await tx.auditEvent.create({
    data: { action: 'order.captured', subjectType: 'Order', subjectId: String(order.id), orderId: order.id, staffUserId, message: `Captured ${formatMoney(amount, order.currency)}` },
  });
  return status;
}

export async function captureOrders(shop: Shop, input: { orderIds: unknown; staffUserId?: number | null; provider?: PaymentProvider }): Promise<BulkResult> {
  const ids = parseOrderIds(input.orderIds);
  return inTransaction(shop, async (tx) => {
    await lockOrders(shop, tx, ids);
    const orders = await findOrders(tx, ids, SELECT);
    const totals = await paymentTotals(tx, ids);
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(orders.map((o) => o.id))) };
    for (const order of orders) {
      const t = totals.get(order.id) ?? NO_PAYMENTS;
      const why = refusal(order, t);
      if (why) {
        result.skipped.push({ id: order.id, name: order.name, reason: why });
        continue;
      }
      try {
        await capture(tx, order, t, t.authorized - t.captured, input.provider ?? manualProvider, input.staffUserId ?? null);
        result.done.push({ id: order.id, name: order.name });
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        result.skipped.push({ id: order.id, name: order.name, reason: error.message });
      }
    }
    return result;
  });
}

export interface CaptureOneInput {
  orderId: unknown;
  amountCents?: unknown;
  idempotencyKey?: string | null;
  staffUserId?: number | null;
  provider?: PaymentProvider;
}

/** Captures part (or, without an amount, all) of what remains authorized on one order. */
export async function capturePayment(shop: Shop, input: CaptureOneInput) {
  const request = { orderId: Number(input.orderId), amountCents: input.amountCents ?? null };
  return idempotent(shop, input.idempotencyKey, 'capture', request, async (tx) => {
    const probe = await findOrder(tx, input.orderId, SELECT);
    await lockOrders(shop, tx, [probe.id]);
    const order = await findOrder(tx, probe.id, SELECT);
    const t = (await paymentTotals(tx, [order.id])).get(order.id) ?? NO_PAYMENTS;
    const why = refusal(order, t);
    if (why) throw new Refused(`${order.name} cannot be captured: ${why}.`);
    const remaining = t.authorized - t.captured;
    const amount = input.amountCents === undefined || input.amountCents === null || input.amountCents === '' ? remaining : readStrict(wholeNumber('must be a whole number of cents'), input.amountCents, 'The amount to capture', (m) => new InvalidInput(m));
    if (amount <= 0) throw new InvalidInput('The amount to capture must be above zero.');
    if (amount > remaining) throw new InvalidInput(`At most ${formatMoney(remaining, order.currency)} can be captured on ${order.name}.`);
    const status = await capture(tx, order, t, amount, input.provider ?? manualProvider, input.staffUserId ?? null, input.idempotencyKey ?? undefined);
    return { orderId: order.id, capturedCents: amount, financialStatus: status };
  });
}
