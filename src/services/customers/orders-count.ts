// A customer's count of orders that were not cancelled, kept on the customer row so the list can
// filter and sort on it (returning / loyal customers) without counting a million orders per page.
import type { Prisma } from '@prisma/client';
import type { Db } from '../../db/client.js';

type Tx = Pick<Prisma.TransactionClient, 'customer'>;

/** An order of this customer was placed (+1) or cancelled (-1), inside the order's transaction. */
export async function countCustomerOrder(tx: Tx, customerId: number | null | undefined, delta: 1 | -1): Promise<void> {
  if (customerId == null) return;
  await tx.customer.updateMany({ where: { id: customerId }, data: { ordersCount: { increment: delta } } });
}

/** Recounts every customer from the orders themselves (after a bulk load such as the demo seed). */
export async function recountCustomerOrders(db: Pick<Db, '$executeRawUnsafe'>): Promise<void> {
  await db.$executeRawUnsafe(
    'UPDATE "Customer" SET "ordersCount" = (SELECT COUNT(*) FROM "Order" o WHERE o."customerId" = "Customer"."id" AND o."cancelledAt" IS NULL)',
  );
}
