// Random shop operations for the property test of the ledgers: what each one is (fast-check
// arbitraries) and how it is played through the services. Orders, lines and items are picked by
// index, modulo what exists in the run, so any sequence means something.
import fc from 'fast-check';
import type { Shop } from '../../src/db/transaction.js';
import { placeOrder } from '../../src/services/orders/place.js';
import { captureOrders, capturePayment } from '../../src/services/orders/capture.js';
import { fulfilOrders } from '../../src/services/orders/fulfil.js';
import { refundOrder } from '../../src/services/orders/refund.js';
import { editOrderLines } from '../../src/services/orders/edit.js';
import { cancelOrder } from '../../src/services/orders/cancel.js';
import { setArchived } from '../../src/services/orders/archive.js';
import { adjustStock } from '../../src/services/inventory.js';
import { completeDraftOrder } from '../../src/services/drafts/complete.js';
import { makeDiscountCode, paymentsOf } from './ledgers.js';

const pick = fc.nat({ max: 50 });
const lineOf = fc.record({ item: pick, quantity: fc.integer({ min: 1, max: 4 }) });
const discount = fc.oneof(
  fc.constant(null),
  fc.record({ percentage: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ amountCents: fc.integer({ min: 1, max: 6000 }) }),
);

export const operation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('place' as const), lines: fc.array(lineOf, { minLength: 1, maxLength: 3 }), shippingCents: fc.constantFrom(0, 500, 799), payment: fc.constantFrom('none' as const, 'authorize' as const, 'sale' as const), discount }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('capture' as const), order: pick, percent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }), bulk: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('fulfil' as const), order: pick }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('refund' as const), order: pick, lines: fc.array(fc.record({ line: pick, quantity: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }), shippingPercent: fc.constantFrom(0, 0, 50, 100), restock: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('refundAll' as const), order: pick, restock: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('edit' as const), order: pick, change: fc.option(fc.record({ line: pick, quantity: fc.integer({ min: 0, max: 6 }) }), { nil: null }), add: fc.option(lineOf, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), order: pick, restock: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('archive' as const), order: pick, archived: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('stock' as const), item: pick, mode: fc.constantFrom('set' as const, 'add' as const), quantity: fc.integer({ min: -6, max: 15 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('draft' as const), lines: fc.array(lineOf, { minLength: 1, maxLength: 2 }), discountCents: fc.constantFrom(0, 150, 2500, 50_000), shippingCents: fc.constantFrom(0, 450), markPaid: fc.boolean() }) },
);

export type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** One run's shop: its items (fresh for each run) and the orders placed in it. */
export interface Run {
  items: Array<{ id: number; productId: number; priceCents: number }>;
  orders: number[];
  codes: number[];
  drafts: number[];
}

const at = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const linesOf = (shop: Shop, orderId: number) => shop.prisma.orderLine.findMany({ where: { orderId }, orderBy: { id: 'asc' } });

/** What the step did: `skipped` lists orders a bulk service skipped (they must be unchanged), `mustSucceed` a refund that had to pass. */
export interface Played {
  skipped: number[];
}

export async function play(shop: Shop, run: Run, o: Operation, n: number): Promise<Played> {
  const done: Played = { skipped: [] };
  const item = (i: number) => at(run.items, i)!;
  const order = 'order' in o ? at(run.orders, o.order) : undefined;
  if ('order' in o && order === undefined) return done; // nothing placed yet
  switch (o.op) {
    case 'place': {
      const code = o.discount ? await makeDiscountCode(shop, o.discount) : null;
      if (code) run.codes.push(code.id);
      const placed = await placeOrder(shop, { email: `p${n}@example.test`, lines: o.lines.map((l) => ({ inventoryItemId: item(l.item).id, quantity: l.quantity })), shippingCents: o.shippingCents, payment: o.payment, discountCode: code?.code ?? null });
      run.orders.push(placed.id);
      return done;
    }
    case 'capture': {
      if (o.bulk) {
        done.skipped = (await captureOrders(shop, { orderIds: [order!] })).skipped.map((s) => s.id);
        return done;
      }
      const p = await paymentsOf(shop, order!);
      const amountCents = o.percent === null ? undefined : Math.max(1, Math.round(((p.authorized - p.captured) * o.percent) / 100));
      await capturePayment(shop, { orderId: order!, amountCents });
      return done;
    }
    case 'fulfil':
      done.skipped = (await fulfilOrders(shop, { orderIds: [order!], mailMode: 'local' })).skipped.map((s) => s.id);
      return done;
    case 'refund': {
      const lines = await linesOf(shop, order!);
      const shipping = (await shop.prisma.order.findUniqueOrThrow({ where: { id: order! } })).shippingCents;
      const chosen = new Map<number, number>();
      for (const l of o.lines) if (lines.length) chosen.set(at(lines, l.line)!.id, l.quantity);
      await refundOrder(shop, { orderId: order!, lines: [...chosen].map(([orderLineId, quantity]) => ({ orderLineId, quantity })), shippingCents: Math.round((shipping * o.shippingPercent) / 100), restock: o.restock, mailMode: 'local' });
      return done;
    }
    case 'refundAll': {
      // Every unit not yet refunded and the shipping not yet refunded, in one refund.
      const lines = await linesOf(shop, order!);
      const o2 = await shop.prisma.order.findUniqueOrThrow({ where: { id: order! }, include: { refunds: true } });
      const shipping = o2.shippingCents - o2.refunds.reduce((s, r) => s + r.shippingCents, 0);
      const rest = lines.filter((l) => l.quantity > l.refundedQuantity).map((l) => ({ orderLineId: l.id, quantity: l.quantity - l.refundedQuantity }));
      await refundOrder(shop, { orderId: order!, lines: rest, shippingCents: shipping, restock: o.restock, mailMode: 'local' });
      return done;
    }
    case 'edit': {
      const lines = await linesOf(shop, order!);
      const changes = o.change && lines.length ? [{ orderLineId: at(lines, o.change.line)!.id, quantity: o.change.quantity }] : [];
      const add = o.add ? [{ inventoryItemId: item(o.add.item).id, quantity: o.add.quantity }] : [];
      await editOrderLines(shop, { orderId: order!, changes, add });
      return done;
    }
    case 'cancel':
      await cancelOrder(shop, { orderId: order!, reason: 'customer', restock: o.restock, mailMode: 'local' });
      return done;
    case 'archive':
      done.skipped = (await setArchived(shop, { orderIds: [order!], archived: o.archived })).skipped.map((s) => s.id);
      return done;
    case 'stock':
      await adjustStock(shop, { inventoryItemId: item(o.item).id, mode: o.mode, quantity: o.quantity });
      return done;
    case 'draft': {
      const draft = await shop.prisma.draftOrder.create({
        data: {
          name: `#DP${n}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, email: `d${n}@example.test`, discountCents: o.discountCents, shippingCents: o.shippingCents,
          lines: { create: o.lines.map((l) => ({ productId: item(l.item).productId, title: `Item ${l.item}`, unitPriceCents: item(l.item).priceCents, quantity: l.quantity })) },
        },
      });
      run.drafts.push(draft.id);
      const placed = await completeDraftOrder(shop, { draftOrderId: draft.id, markPaid: o.markPaid });
      run.orders.push(placed.id);
      return done;
    }
  }
}
