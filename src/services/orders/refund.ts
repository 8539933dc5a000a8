// Refund: give money back for units and/or shipping, optionally restocking. The refunded total
// never exceeds what was captured minus what was already refunded; restocked units return once.
import { z } from 'zod';
import type { Prisma } from '@prisma/client';
import { lockOrders, type Shop } from '../../db/transaction.js';
import { idempotent } from '../idempotency.js';
import { applyStockChanges, type StockChange } from '../inventory.js';
import { emitAfterCommit } from '../../plugins/events.js';
import { InvalidInput, Refused } from '../errors.js';
import { formatMoney } from '../money.js';
import { queueMail, type MailMode } from '../mail/outbox.js';
import { refundConfirmation } from '../mail/templates.js';
import { manualProvider, type PaymentProvider } from '../payments/provider.js';
import { findOrder } from './load.js';
import { markOrderSalesStale } from '../dashboard/rollup.js';
import { financialStatus, fulfillmentStatus, NO_PAYMENTS, paymentTotals, unfulfilled } from './status.js';
import { unitsRefund } from './allocate.js';
import { refundedPerLine } from './reprice.js';
import { recordId, wholeNumber } from '../input.js';

const count = wholeNumber('must be a whole number').pipe(z.number().min(0, 'cannot be negative').max(1_000_000, 'is too large'));

const refundSchema = z.object({
  orderId: recordId,
  lines: z.array(z.object({ orderLineId: recordId, quantity: count })).max(500).default([]),
  shippingCents: count.default(0),
  restock: z.boolean().default(false),
  reason: z.string().trim().max(500, 'The reason has 500 characters at most.').optional().nullable(),
  notifyCustomer: z.boolean().default(false),
});

export type RefundRequest = z.input<typeof refundSchema>;

export interface RefundInput extends RefundRequest {
  idempotencyKey?: string | null;
  staffUserId?: number | null;
  mailMode: MailMode;
  provider?: PaymentProvider;
}

export interface RefundResult {
  refundId: number;
  orderId: number;
  amountCents: number;
  financialStatus: string;
  restockedUnits: number;
}

export function parseRefund(input: RefundRequest) {
  const parsed = refundSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.includes('quantity') ? 'Each quantity' : issue.path.includes('shippingCents') ? 'The shipping amount' : 'The refund';
    throw new InvalidInput(issue.message.startsWith('The') ? issue.message : `${where} ${issue.message}.`);
  }
  const lines = parsed.data.lines.filter((l) => l.quantity > 0);
  if (new Set(lines.map((l) => l.orderLineId)).size !== lines.length) throw new InvalidInput('A line appears twice in the refund.');
  if (lines.length === 0 && parsed.data.shippingCents === 0) throw new InvalidInput('Choose at least one unit or a shipping amount to refund.');
  return { ...parsed.data, lines };
}

const ORDER = {
  id: true, name: true, email: true, currency: true, totalCents: true, shippingCents: true, cancelledAt: true,
  lines: { select: { id: true, title: true, quantity: true, unitPriceCents: true, discountCents: true, taxCents: true, fulfilledQuantity: true, removedQuantity: true, refundedQuantity: true, restockedQuantity: true, inventoryItemId: true } },
} as const;

type OrderLine = Prisma.OrderGetPayload<{ select: typeof ORDER }>['lines'][number];


export async function refundOrder(shop: Shop, input: RefundInput): Promise<RefundResult> {
  const request = parseRefund(input);
  return idempotent(shop, input.idempotencyKey, 'refund', request, async (tx) => {
    await lockOrders(shop, tx, [request.orderId]);
    const order = await findOrder(tx, request.orderId, ORDER);
    const staffUserId = input.staffUserId ?? null;
    let amount = 0;
    const stock: StockChange[] = [];
    const refundLines: Array<{ line: OrderLine; quantity: number; amountCents: number; fromUnfulfilled: number }> = [];
    const refunded = await refundedPerLine(tx, request.lines.map((r) => r.orderLineId));
    for (const r of request.lines) {
      const line = order.lines.find((l) => l.id === r.orderLineId);
      if (!line) throw new InvalidInput(`Line ${r.orderLineId} is not part of order ${order.name}.`);
      const left = line.quantity - line.refundedQuantity;
      if (r.quantity > left) throw new InvalidInput(`Only ${left} unit${left === 1 ? '' : 's'} of ${line.title} can still be refunded.`);
      const fromUnfulfilled = Math.min(r.quantity, unfulfilled(line));
      const fromShipped = r.quantity - fromUnfulfilled;
      // what was paid for the line (its discounts and tax shared per unit), less what its earlier refunds gave back
      const amountCents = unitsRefund(line, r.quantity, refunded.get(line.id) ?? 0);
      refundLines.push({ line, quantity: r.quantity, amountCents, fromUnfulfilled });
      amount += amountCents;
      if (line.inventoryItemId) {
        // Unshipped units leave the commitment; restocked they stay on hand, otherwise they are written off.
        if (fromUnfulfilled) stock.push({ inventoryItemId: line.inventoryItemId, reason: 'REFUND_RESTOCK', committedDelta: -fromUnfulfilled, onHandDelta: request.restock ? 0 : -fromUnfulfilled, orderId: order.id, staffUserId });
        if (fromShipped && request.restock) stock.push({ inventoryItemId: line.inventoryItemId, reason: 'REFUND_RESTOCK', onHandDelta: fromShipped, orderId: order.id, staffUserId });
      }
    }
    const shippingRefunded = (await tx.refund.aggregate({ where: { orderId: order.id }, _sum: { shippingCents: true } }))._sum.shippingCents ?? 0;
    if (request.shippingCents > order.shippingCents - shippingRefunded) {
      throw new InvalidInput(`At most ${formatMoney(order.shippingCents - shippingRefunded, order.currency)} of shipping can still be refunded.`);
    }
    amount += request.shippingCents;
    const paid = (await paymentTotals(tx, [order.id])).get(order.id) ?? NO_PAYMENTS;
    const available = paid.captured - paid.refunded;
    if (amount > available) throw new Refused(`${formatMoney(amount, order.currency)} is more than can be refunded on ${order.name}: ${formatMoney(Math.max(0, available), order.currency)} was captured and not yet refunded.`);

    const provider = input.provider ?? manualProvider;
    if (amount > 0) {
      const gateway = await provider.refund({ orderId: order.id, amountCents: amount, currency: order.currency });
      if (!gateway.ok) throw new Refused(`The payment provider declined the refund: ${gateway.error}`);
    }
    const refund = await tx.refund.create({
      data: {
        orderId: order.id, amountCents: amount, shippingCents: request.shippingCents, restock: request.restock, reason: request.reason ?? null,
        notifyCustomer: request.notifyCustomer, staffUserId, idempotencyKey: input.idempotencyKey ?? null,
        lines: { create: refundLines.map((r) => ({ orderLineId: r.line.id, quantity: r.quantity, amountCents: r.amountCents, restocked: request.restock })) },
        ...(amount > 0 ? { transactions: { create: [{ orderId: order.id, kind: 'REFUND', amountCents: amount, currency: order.currency, gateway: provider.name, staffUserId }] } } : {}),
      },
    });
    for (const r of refundLines) {
      await tx.orderLine.update({
        where: { id: r.line.id },
        data: { refundedQuantity: { increment: r.quantity }, removedQuantity: { increment: r.fromUnfulfilled }, restockedQuantity: { increment: request.restock ? r.quantity : 0 } },
      });
    }
    await applyStockChanges(tx, stock);
    const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, select: { quantity: true, fulfilledQuantity: true, removedQuantity: true } });
    const status = financialStatus(order.totalCents, { ...paid, refunded: paid.refunded + amount });
    await tx.order.update({ where: { id: order.id }, data: { financialStatus: status, fulfillmentStatus: fulfillmentStatus(lines) } });
    await markOrderSalesStale(shop, tx, order.id);
    const units = refundLines.reduce((n, r) => n + r.quantity, 0);
    await tx.auditEvent.create({
      data: {
        action: 'order.refunded', subjectType: 'Order', subjectId: String(order.id), orderId: order.id, staffUserId,
        message: describeRefund(amount, order.currency, refundLines, request.shippingCents, request.restock, request.reason),
        data: JSON.stringify({ refundId: refund.id }),
      },
    });
    emitAfterCommit(tx, { type: 'order.refunded', orderId: order.id, refundId: refund.id, amountCents: amount, currency: order.currency });
    if (request.notifyCustomer) {
      await queueMail(tx, input.mailMode, [{
        kind: 'refund-confirmation', to: order.email, orderId: order.id,
        ...refundConfirmation({ name: order.name, amountCents: amount, currency: order.currency, lines: refundLines.map((r) => ({ title: r.line.title, quantity: r.quantity })) }),
      }]);
    }
    return { refundId: refund.id, orderId: order.id, amountCents: amount, financialStatus: status, restockedUnits: request.restock ? units : 0 };
  });
}

function describeRefund(amount: number, currency: string, lines: Array<{ line: OrderLine; quantity: number }>, shipping: number, restock: boolean, reason?: string | null) {
  const parts = lines.map((r) => `${r.quantity} × ${r.line.title}`);
  if (shipping) parts.push(`shipping ${formatMoney(shipping, currency)}`);
  return `Refunded ${formatMoney(amount, currency)}${parts.length ? ` (${parts.join(', ')})` : ''}${restock && lines.length ? ' · restocked' : ''}${reason ? ` · ${reason}` : ''}`;
}

