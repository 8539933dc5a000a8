// Reading the ledgers back from the database, for tests that check what a service wrote
// (never through the services' own sums: src/services/orders/status.ts is what is under test).
import type { Shop } from '../../src/db/transaction.js';

export interface Payments {
  authorized: number;
  captured: number;
  refunded: number;
  voided: number;
}

/** Sums of an order's successful transactions: SALE counts as authorized and captured. */
export async function paymentsOf(shop: Shop, orderId: number): Promise<Payments> {
  const rows = await shop.prisma.paymentTransaction.findMany({ where: { orderId, status: 'SUCCESS' }, select: { kind: true, amountCents: true } });
  const sum = (...kinds: string[]) => rows.filter((r) => kinds.includes(r.kind)).reduce((n, r) => n + r.amountCents, 0);
  return { authorized: sum('AUTHORIZATION', 'SALE'), captured: sum('CAPTURE', 'SALE'), refunded: sum('REFUND'), voided: sum('VOID') };
}

/** Everything an operation on this order could touch: compare two snapshots to prove a refusal changed nothing. */
export async function orderSnapshot(shop: Shop, orderId: number): Promise<string> {
  const p = shop.prisma;
  const order = await p.order.findUnique({
    where: { id: orderId },
    include: {
      lines: { orderBy: { id: 'asc' } }, transactions: { orderBy: { id: 'asc' } }, fulfillments: { include: { lines: true }, orderBy: { id: 'asc' } },
      refunds: { include: { lines: true }, orderBy: { id: 'asc' } }, stockMovements: { orderBy: { id: 'asc' } }, events: { orderBy: { id: 'asc' } },
    },
  });
  const itemIds = (order?.lines ?? []).map((l) => l.inventoryItemId).filter((id): id is number => id !== null);
  const items = await p.inventoryItem.findMany({ where: { id: { in: itemIds } }, orderBy: { id: 'asc' }, select: { id: true, onHand: true, committed: true } });
  return JSON.stringify({ order, items });
}

/** One inventory item's figures and its movement ledger's sums. */
export async function stockLedger(shop: Shop, inventoryItemId: number) {
  const item = await shop.prisma.inventoryItem.findUniqueOrThrow({ where: { id: inventoryItemId } });
  const sums = await shop.prisma.stockMovement.aggregate({ where: { inventoryItemId }, _sum: { onHandDelta: true, committedDelta: true } });
  return { onHand: item.onHand, committed: item.committed, movedOnHand: sums._sum.onHandDelta ?? 0, movedCommitted: sums._sum.committedDelta ?? 0, allowBackorder: item.allowBackorder };
}

let codes = 0;
/** A discount code valid now, used by nobody yet. */
export function makeDiscountCode(shop: Shop, discount: { percentage: number } | { amountCents: number }) {
  const code = `T${++codes}${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
  return shop.prisma.discountCode.create({
    data: 'percentage' in discount
      ? { code, type: 'PERCENTAGE', percentage: discount.percentage, startsAt: new Date('2020-01-01') }
      : { code, type: 'FIXED_AMOUNT', amountCents: discount.amountCents, currency: 'EUR', startsAt: new Date('2020-01-01') },
  });
}
