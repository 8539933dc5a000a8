// Placing an order: number it, commit its stock, record its payment. Used by draft orders,
// imports and tests; the storefront would call the same.
import { inTransaction, lockOrderNumbers, type Shop, type Tx } from '../../db/transaction.js';
import { applyStockChanges } from '../inventory.js';
import { InvalidInput } from '../errors.js';
import { recordEvent } from '../audit.js';
import { redeemDiscountCode } from '../discounts.js';
import { financialStatus, NO_PAYMENTS } from './status.js';
import { countCustomerOrder } from '../customers/orders-count.js';
import { emitAfterCommit } from '../../plugins/events.js';
import { markOrderSalesStale } from '../dashboard/rollup.js';
import { formatMoney } from '../money.js';
import { shareOut } from './allocate.js';

const MAX_AMOUNT = 2 ** 31 - 1;
/** An amount in minor units: a whole number, not negative, that a 32-bit column holds. */
function amount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_AMOUNT) throw new InvalidInput(`${what} must be a whole amount of cents, not negative.`);
  return value;
}

export interface PlaceLine {
  inventoryItemId: number;
  quantity: number;
  unitPriceCents?: number;
  /** The line's own discount (for all its units), before the order's is shared out. */
  discountCents?: number;
}

export interface PlaceOrderInput {
  email: string;
  customerId?: number | null;
  currency?: string;
  lines: PlaceLine[];
  shippingCents?: number;
  taxCents?: number;
  /** The order-level discount (a manual amount), shared out to the lines. */
  discountCents?: number;
  /** Redeemed (and counted) with the order; its discount replaces discountCents. */
  discountCode?: string | null;
  payment?: 'none' | 'authorize' | 'sale';
  tags?: string;
  createdAt?: Date;
  staffUserId?: number | null;
  shippingAddress?: { name: string; address1: string; city: string; zip: string; country: string };
  billingAddress?: { name: string; address1: string; city: string; zip: string; country: string };
}

export function placeOrder(shop: Shop, input: PlaceOrderInput) {
  return inTransaction(shop, (tx) => placeOrderIn(shop, tx, input));
}

const RECOVERY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** An order from an email that abandoned a checkout recently recovers that checkout (the latest one). */
async function markCheckoutRecovered(tx: Tx, orderId: number, email: string, at: Date) {
  const checkout = await tx.abandonedCheckout.findFirst({
    where: { email, recoveredOrderId: null, createdAt: { lte: at, gte: new Date(at.getTime() - RECOVERY_WINDOW_MS) } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  if (checkout) await tx.abandonedCheckout.update({ where: { id: checkout.id }, data: { recoveredOrderId: orderId, recoveryState: 'RECOVERED' } });
}

/** The same, inside a transaction the caller already holds (completing a draft order). */
export async function placeOrderIn(shop: Shop, tx: Tx, input: PlaceOrderInput) {
  if (!input.lines.length) throw new InvalidInput('An order needs at least one line.');
  if (input.lines.some((l) => !Number.isInteger(l.quantity) || l.quantity <= 0 || l.quantity > 1_000_000)) throw new InvalidInput('Quantities must be whole numbers above zero.');
  const items = await tx.inventoryItem.findMany({
    where: { id: { in: input.lines.map((l) => l.inventoryItemId) } },
    include: { product: true, variant: true },
  });
  const priced = input.lines.map((l) => {
    const item = items.find((i) => i.id === l.inventoryItemId);
    if (!item) throw new InvalidInput(`Inventory item ${l.inventoryItemId} does not exist.`);
    const unitPriceCents = l.unitPriceCents ?? item.variant?.priceCents ?? item.product.priceCents;
    const own = amount(l.discountCents ?? 0, `The discount on ${item.product.title}`);
    if (!Number.isSafeInteger(unitPriceCents) || unitPriceCents < 0) throw new InvalidInput(`The price of ${item.product.title} must be a whole amount of cents, not negative.`);
    if (own > unitPriceCents * l.quantity) throw new InvalidInput(`The discount on ${item.product.title} is more than the line costs.`);
    return {
      inventoryItemId: item.id, productId: item.productId, variantId: item.variantId, title: item.product.title,
      variantTitle: item.variant?.title ?? null, sku: item.sku, unitPriceCents, quantity: l.quantity, own,
    };
  });
  const currency = input.currency ?? 'EUR';
  const subtotalCents = priced.reduce((n, l) => n + l.unitPriceCents * l.quantity, 0);
  const afterOwn = priced.map((l) => l.unitPriceCents * l.quantity - l.own);
  const eligible = afterOwn.reduce((n, x) => n + x, 0);
  const redeemed = input.discountCode ? await redeemDiscountCode(tx, { code: input.discountCode, subtotalCents: eligible, currency }) : null;
  const orderDiscount = redeemed?.discountCents ?? amount(input.discountCents ?? 0, 'The discount');
  if (orderDiscount > eligible) throw new InvalidInput(`The discount (${formatMoney(orderDiscount, currency)}) is more than the items cost (${formatMoney(eligible, currency)}).`);
  const shippingCents = amount(input.shippingCents ?? 0, 'Shipping');
  const taxCents = amount(input.taxCents ?? 0, 'The tax');
  // The order's discount is shared out to the lines by what they cost, then its tax by what they cost after it.
  const shares = shareOut(orderDiscount, afterOwn);
  const taxes = shareOut(taxCents, afterOwn.map((x, i) => x - shares[i]));
  const lines = priced.map(({ own, ...l }, i) => ({ ...l, discountCents: own + shares[i], orderDiscountCents: shares[i], taxCents: taxes[i] }));
  const discountCents = lines.reduce((n, l) => n + l.discountCents, 0);
  const totalCents = subtotalCents - discountCents + shippingCents + taxCents;
  await lockOrderNumbers(shop, tx);
  const last = await tx.order.aggregate({ _max: { number: true } });
  const number = (last._max.number ?? 1000) + 1;
  const payment = input.payment ?? 'none';
  const paid = payment === 'none' ? NO_PAYMENTS : { ...NO_PAYMENTS, authorized: totalCents, captured: payment === 'sale' ? totalCents : 0 };
  const a = input.shippingAddress;
  const b = input.billingAddress;
  const order = await tx.order.create({
    data: {
      number, name: `#${number}`, email: input.email, customerId: input.customerId ?? null, currency,
      subtotalCents, discountCents, shippingCents, taxCents, totalCents, tags: input.tags ?? '', discountCode: redeemed?.code ?? null,
      financialStatus: financialStatus(totalCents, paid), createdAt: input.createdAt,
      ...(a ? { shippingName: a.name, shippingAddress1: a.address1, shippingCity: a.city, shippingZip: a.zip, shippingCountry: a.country } : {}),
      ...(b ? { billingName: b.name, billingAddress1: b.address1, billingCity: b.city, billingZip: b.zip, billingCountry: b.country } : {}),
      lines: { create: lines },
      ...(payment !== 'none'
        ? { transactions: { create: [{ kind: payment === 'sale' ? 'SALE' : 'AUTHORIZATION', amountCents: totalCents, currency }] } }
        : {}),
    },
  });
  await applyStockChanges(tx, lines.map((l) => ({ inventoryItemId: l.inventoryItemId, reason: 'SALE', committedDelta: l.quantity, orderId: order.id, staffUserId: input.staffUserId })));
  await countCustomerOrder(tx, order.customerId, 1);
  await markCheckoutRecovered(tx, order.id, input.email, order.createdAt);
  await markOrderSalesStale(shop, tx, order.id); // an imported order may be dated in the past
  await recordEvent(tx, { action: 'order.placed', subjectType: 'Order', subjectId: order.id, orderId: order.id, staffUserId: input.staffUserId, message: `Order ${order.name} placed` });
  emitAfterCommit(tx, { type: 'order.placed', orderId: order.id, name: order.name, email: order.email, totalCents: order.totalCents, currency: order.currency, customerId: order.customerId });
  return order;
}
