// The ledgers' invariants, read from the database and written out from DOMAIN.md (not imported
// from src/services/orders/status.ts, which is what is under test). `violations` lists what is wrong.
import type { Shop } from '../../src/db/transaction.js';
import type { Run } from './shop-ops.js';

/** Everything the run's operations can touch, as read from the database. */
export async function readRun(shop: Shop, run: Run) {
  const p = shop.prisma;
  const itemIds = run.items.map((i) => i.id);
  const [orders, items, moves, codes, orderCount] = await Promise.all([
    p.order.findMany({
      where: { id: { in: run.orders } }, orderBy: { id: 'asc' },
      include: { lines: { orderBy: { id: 'asc' }, include: { refundLines: true, fulfillmentLines: true } }, transactions: { orderBy: { id: 'asc' } }, refunds: { orderBy: { id: 'asc' }, include: { lines: true } }, events: { orderBy: { id: 'asc' } } },
    }),
    p.inventoryItem.findMany({ where: { id: { in: itemIds } }, orderBy: { id: 'asc' } }),
    p.stockMovement.groupBy({ by: ['inventoryItemId'], where: { inventoryItemId: { in: itemIds } }, _sum: { onHandDelta: true, committedDelta: true }, _count: true }),
    p.discountCode.findMany({ where: { id: { in: run.codes } }, orderBy: { id: 'asc' }, select: { id: true, usageCount: true } }),
    p.order.count(),
  ]);
  return { orders, items, moves, codes, orderCount };
}
export type RunState = Awaited<ReturnType<typeof readRun>>;

/** The state as a string, for "a refused operation changed nothing" (updatedAt stamps included). */
export const snapshot = (s: RunState) => JSON.stringify(s);

const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((n, r) => n + f(r), 0);

/** DOMAIN.md "Statuses are derived": refunds first, then captures, then a void, then an authorization. */
function expectedFinancial(total: number, m: { authorized: number; captured: number; refunded: number; voided: boolean }) {
  if (m.refunded > 0) return m.refunded >= m.captured ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
  if (m.captured > 0) return m.captured >= total ? 'PAID' : 'PARTIALLY_PAID';
  if (m.voided) return 'VOIDED';
  return m.authorized > 0 ? 'AUTHORIZED' : 'PENDING';
}

export function violations(s: RunState): string[] {
  const bad: string[] = [];
  const committedByItem = new Map<number, number>();
  for (const o of s.orders) {
    const ok = o.transactions.filter((t) => t.status === 'SUCCESS');
    const of = (...kinds: string[]) => sum(ok.filter((t) => kinds.includes(t.kind)), (t) => t.amountCents);
    const money = { authorized: of('AUTHORIZATION', 'SALE'), captured: of('CAPTURE', 'SALE'), refunded: of('REFUND'), voided: of('VOID') > 0 };
    const say = (what: string) => bad.push(`${o.name}: ${what}`);
    if (!(money.refunded <= money.captured && money.captured <= money.authorized)) say(`refunded ${money.refunded} ≤ captured ${money.captured} ≤ authorized ${money.authorized} does not hold`);
    if (money.refunded !== sum(o.refunds, (r) => r.amountCents)) say(`REFUND transactions ${money.refunded} ≠ Σ Refund.amountCents ${sum(o.refunds, (r) => r.amountCents)}`);
    // A refund of units or shipping is their sum; one without either is a cancel's (money only).
    for (const r of o.refunds) if ((r.lines.length || r.shippingCents) && r.amountCents !== sum(r.lines, (l) => l.amountCents) + r.shippingCents) say(`refund ${r.id}: ${r.amountCents} ≠ Σ its lines ${sum(r.lines, (l) => l.amountCents)} + shipping ${r.shippingCents}`);
    if (sum(o.refunds, (r) => r.shippingCents) > o.shippingCents) say(`shipping refunded ${sum(o.refunds, (r) => r.shippingCents)} > shipping ${o.shippingCents}`);
    if (o.totalCents < 0) say(`total ${o.totalCents} is negative`);
    // DOMAIN.md: the order discount is shared out to the lines when placed, so the shares add up exactly.
    const shares = sum(o.lines, (l) => l.discountCents);
    if (shares !== o.discountCents) say(`order discount ${o.discountCents} shared out to the lines as ${shares} (Σ OrderLine.discountCents)`);
    if (o.cancelledAt) {
      if (money.captured !== money.refunded) say(`cancelled, yet ${money.captured - money.refunded} captured is not refunded`);
      if (money.authorized > money.captured && !money.voided) say(`cancelled, yet the uncaptured ${money.authorized - money.captured} authorized is not voided`);
    }
    const status = expectedFinancial(o.totalCents, money);
    if (o.financialStatus !== status) say(`financialStatus ${o.financialStatus}, the ledger says ${status} (${JSON.stringify(money)}, total ${o.totalCents})`);
    let open = 0;
    let shipped = 0;
    for (const l of o.lines) {
      const paid = l.unitPriceCents * l.quantity - l.discountCents + l.taxCents;
      const refunded = sum(l.refundLines, (r) => r.amountCents);
      if (refunded > paid) say(`line ${l.title}: refunded ${refunded} > paid ${paid} (${l.quantity} × ${l.unitPriceCents} − ${l.discountCents} + ${l.taxCents})`);
      if (sum(l.refundLines, (r) => r.quantity) !== l.refundedQuantity) say(`line ${l.title}: Σ RefundLine.quantity ${sum(l.refundLines, (r) => r.quantity)} ≠ refundedQuantity ${l.refundedQuantity}`);
      if (sum(l.fulfillmentLines, (f) => f.quantity) !== l.fulfilledQuantity) say(`line ${l.title}: Σ FulfillmentLine.quantity ≠ fulfilledQuantity ${l.fulfilledQuantity}`);
      if (l.refundedQuantity > l.quantity || l.fulfilledQuantity + l.removedQuantity > l.quantity) say(`line ${l.title}: quantity ${l.quantity} below refunded ${l.refundedQuantity} or shipped ${l.fulfilledQuantity} + removed ${l.removedQuantity}`);
      const left = l.quantity - l.fulfilledQuantity - l.removedQuantity;
      open += Math.max(0, left);
      shipped += l.fulfilledQuantity;
      if (!o.cancelledAt && l.inventoryItemId) committedByItem.set(l.inventoryItemId, (committedByItem.get(l.inventoryItemId) ?? 0) + left);
    }
    const fulfilment = shipped === 0 ? 'UNFULFILLED' : open === 0 ? 'FULFILLED' : 'PARTIALLY_FULFILLED';
    if (o.fulfillmentStatus !== fulfilment) say(`fulfillmentStatus ${o.fulfillmentStatus}, the lines say ${fulfilment} (${shipped} shipped, ${open} open)`);
  }
  for (const i of s.items) {
    const m = s.moves.find((x) => x.inventoryItemId === i.id);
    const say = (what: string) => bad.push(`item ${i.sku}: ${what}`);
    if (i.onHand !== (m?._sum.onHandDelta ?? 0)) say(`onHand ${i.onHand} ≠ Σ onHandDelta ${m?._sum.onHandDelta ?? 0}`);
    if (i.committed !== (m?._sum.committedDelta ?? 0)) say(`committed ${i.committed} ≠ Σ committedDelta ${m?._sum.committedDelta ?? 0}`);
    if (i.committed !== (committedByItem.get(i.id) ?? 0)) say(`committed ${i.committed} ≠ open orders' unshipped units ${committedByItem.get(i.id) ?? 0}`);
    if (i.onHand < 0 && !i.allowBackorder) say(`onHand ${i.onHand} is negative without backorders`);
    if (i.committed < 0) say(`committed ${i.committed} is negative`);
  }
  return bad;
}

/** Money still held on the order that a refund of everything left should give back (a never-edited, fully captured order). */
export function refundableRest(s: RunState, orderId: number): number | null {
  const o = s.orders.find((x) => x.id === orderId);
  if (!o || o.cancelledAt || o.events.some((e) => e.action === 'order.edited')) return null;
  const ok = o.transactions.filter((t) => t.status === 'SUCCESS');
  const of = (...kinds: string[]) => sum(ok.filter((t) => kinds.includes(t.kind)), (t) => t.amountCents);
  if (of('VOID') > 0 || of('AUTHORIZATION', 'SALE') === 0 || of('CAPTURE', 'SALE') !== of('AUTHORIZATION', 'SALE') || of('CAPTURE', 'SALE') !== o.totalCents) return null;
  return of('CAPTURE', 'SALE') - of('REFUND');
}
