// Cancel: once, never while fulfillments stand. Unshipped units leave their commitment (restocked,
// or written off), captured money is refunded, an authorization that was never captured is voided.
import type { CancelReason } from '@prisma/client';
import { lockOrders, type Shop } from '../../db/transaction.js';
import { idempotent } from '../idempotency.js';
import { applyStockChanges } from '../inventory.js';
import { InvalidInput, Refused } from '../errors.js';
import { formatMoney } from '../money.js';
import { queueMail, type MailMode } from '../mail/outbox.js';
import { cancellationNotice } from '../mail/templates.js';
import { manualProvider, type PaymentProvider } from '../payments/provider.js';
import { findOrder } from './load.js';
import { financialStatus, NO_PAYMENTS, paymentTotals, unfulfilled } from './status.js';
import { countCustomerOrder } from '../customers/orders-count.js';
import { emitAfterCommit } from '../../plugins/events.js';
import { markOrderSalesStale } from '../dashboard/rollup.js';

export const CANCEL_REASONS: CancelReason[] = ['CUSTOMER', 'DECLINED', 'FRAUD', 'INVENTORY', 'STAFF', 'OTHER'];

export interface CancelInput {
  orderId: unknown;
  reason: unknown;
  restock?: boolean;
  notifyCustomer?: boolean;
  staffUserId?: number | null;
  idempotencyKey?: string | null;
  mailMode: MailMode;
  provider?: PaymentProvider;
}

export interface CancelResult {
  orderId: number;
  refundedCents: number;
  voidedCents: number;
  financialStatus: string;
}

export async function cancelOrder(shop: Shop, input: CancelInput): Promise<CancelResult> {
  const reason = String(input.reason ?? '').toUpperCase() as CancelReason;
  if (!CANCEL_REASONS.includes(reason)) throw new InvalidInput(`Choose a reason: ${CANCEL_REASONS.map((r) => r.toLowerCase()).join(', ')}.`);
  const orderId = Number(input.orderId);
  const restock = input.restock !== false;
  const request = { orderId, reason, restock, notifyCustomer: Boolean(input.notifyCustomer) };
  return idempotent(shop, input.idempotencyKey, 'cancel', request, async (tx) => {
    await lockOrders(shop, tx, [orderId]);
    const order = await findOrder(tx, input.orderId, {
      id: true, name: true, email: true, currency: true, totalCents: true, cancelledAt: true, archivedAt: true, customerId: true,
      lines: { select: { id: true, quantity: true, fulfilledQuantity: true, removedQuantity: true, refundedQuantity: true, inventoryItemId: true } },
    });
    if (order.cancelledAt) throw new Refused(`${order.name} is already cancelled.`);
    if (order.lines.some((l) => l.fulfilledQuantity > 0)) throw new Refused(`${order.name} has shipped items and cannot be cancelled; refund it instead.`);
    const staffUserId = input.staffUserId ?? null;
    const provider = input.provider ?? manualProvider;
    const paid = (await paymentTotals(tx, [order.id])).get(order.id) ?? NO_PAYMENTS;

    const refundable = paid.captured - paid.refunded;
    const voidable = paid.voided ? 0 : paid.authorized - paid.captured;
    if (refundable > 0) {
      const gateway = await provider.refund({ orderId: order.id, amountCents: refundable, currency: order.currency });
      if (!gateway.ok) throw new Refused(`The payment provider declined the refund: ${gateway.error}`);
      await tx.refund.create({
        data: {
          orderId: order.id, amountCents: refundable, restock, reason: `Cancelled: ${reason.toLowerCase()}`, staffUserId,
          transactions: { create: [{ orderId: order.id, kind: 'REFUND', amountCents: refundable, currency: order.currency, gateway: provider.name, staffUserId }] },
        },
      });
    }
    // what was authorized and never captured is released too (after a partial capture, both happen)
    if (voidable > 0) {
      const gateway = await provider.void({ orderId: order.id, amountCents: voidable, currency: order.currency });
      if (!gateway.ok) throw new Refused(`The payment provider declined the void: ${gateway.error}`);
      await tx.paymentTransaction.create({ data: { orderId: order.id, kind: 'VOID', amountCents: voidable, currency: order.currency, gateway: provider.name, staffUserId } });
    }

    await applyStockChanges(
      tx,
      order.lines
        .filter((l) => l.inventoryItemId && unfulfilled(l) > 0)
        .map((l) => ({ inventoryItemId: l.inventoryItemId!, reason: 'CANCELLATION' as const, committedDelta: -unfulfilled(l), onHandDelta: restock ? 0 : -unfulfilled(l), orderId: order.id, staffUserId })),
    );
    for (const l of order.lines) {
      const open = unfulfilled(l);
      if (open > 0) await tx.orderLine.update({ where: { id: l.id }, data: { removedQuantity: { increment: open }, restockedQuantity: { increment: restock ? open : 0 } } });
    }
    const status = financialStatus(order.totalCents, { ...paid, refunded: paid.refunded + Math.max(0, refundable), voided: paid.voided || voidable > 0 });
    await tx.order.update({ where: { id: order.id }, data: { cancelledAt: new Date(), cancelReason: reason, financialStatus: status } });
    await countCustomerOrder(tx, order.customerId, -1);
    await markOrderSalesStale(shop, tx, order.id); // its day's sales and its refunds' days lose it
    const money = `${refundable > 0 ? ` · refunded ${formatMoney(refundable, order.currency)}` : ''}${voidable > 0 ? ` · voided ${formatMoney(voidable, order.currency)}` : ''}`;
    await tx.auditEvent.create({
      data: { action: 'order.cancelled', subjectType: 'Order', subjectId: String(order.id), orderId: order.id, staffUserId, message: `Cancelled (${reason.toLowerCase()})${restock ? ' · restocked' : ''}${money}` },
    });
    emitAfterCommit(tx, { type: 'order.cancelled', orderId: order.id, name: order.name, reason });
    if (input.notifyCustomer) {
      await queueMail(tx, input.mailMode, [{ kind: 'cancellation', to: order.email, orderId: order.id, ...cancellationNotice({ name: order.name, refundedCents: Math.max(0, refundable), currency: order.currency }) }]);
    }
    return { orderId: order.id, refundedCents: Math.max(0, refundable), voidedCents: Math.max(0, voidable), financialStatus: status };
  });
}
