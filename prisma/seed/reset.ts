// Empties the shop (catalogue, customers, orders, marketing, history) but keeps staff accounts
// and sessions. Children go before parents.
import type { PrismaClient } from '@prisma/client';
import type { Provider } from './writer.js';

export const SHOP_TABLES = [
  'MailMessage', 'IdempotencyKey', 'AuditEvent', 'StockMovement', 'RefundLine', 'FulfillmentLine', 'PaymentTransaction', 'Refund', 'Fulfillment',
  'AbandonedCheckoutLine', 'AbandonedCheckout', 'DraftOrderLine', 'DraftOrder', 'OrderLine', 'Order',
  'Address', 'Customer', 'DiscountCode', 'InventoryItem', 'ProductFeature', 'ProductImage', 'ProductVariant', 'Product', 'Category',
] as const;

export async function resetShop(prisma: PrismaClient, provider: Provider): Promise<void> {
  const existing = new Set((await tableNames(prisma, provider)).map((t) => t.name));
  const tables = SHOP_TABLES.filter((t) => existing.has(t));
  const list = tables.map((t) => `"${t}"`).join(', ');
  if (provider === 'postgresql') {
    await prisma.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY`);
    return;
  }
  // Every table goes, in a safe order, so the per-row foreign-key checks (some on unindexed
  // columns, e.g. PaymentTransaction.parentId) would only cost time.
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
  try {
    await prisma.$transaction(async (tx) => {
      for (const table of tables) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
      await tx.$executeRawUnsafe(`DELETE FROM sqlite_sequence WHERE name IN (${tables.map((t) => `'${t}'`).join(', ')})`);
    }, { timeout: 60 * 60_000 });
  } finally {
    await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  }
}

function tableNames(prisma: PrismaClient, provider: Provider): Promise<{ name: string }[]> {
  return prisma.$queryRawUnsafe<{ name: string }[]>(
    provider === 'postgresql'
      ? "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema()"
      : "SELECT name FROM sqlite_master WHERE type = 'table'",
  );
}

/** How much shop data the database holds already. */
export async function shopCounts(prisma: PrismaClient): Promise<{ orders: number; products: number; customers: number }> {
  const [orders, products, customers] = await Promise.all([prisma.order.count(), prisma.product.count(), prisma.customer.count()]);
  return { orders, products, customers };
}
