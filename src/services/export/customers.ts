// Customers as export rows, with their order count and total spent: grouped queries per page
// of customers, the same figures as the customer page (services/customers/stats.ts).
import type { Prisma } from '@prisma/client';
import type { Shop } from '../../db/transaction.js';
import { atLeast, wordsIn, whereFromFilters, type CustomFilter } from './filters.js';
import { inBatches, keysetPages } from './pages.js';
import type { ExportLoad } from './columns.js';

const CUSTOMER_FIELDS = {
  id: true, firstName: true, lastName: true, email: true, phone: true, acceptsMarketing: true, tags: true, note: true,
} as const satisfies Prisma.CustomerSelect;

export type CustomerExportRow = Prisma.CustomerGetPayload<{ select: typeof CUSTOMER_FIELDS }> & {
  /** Orders not cancelled. */
  ordersCount: number;
  /** Captured minus refunded on those orders, per currency. */
  spent: { currency: string; cents: number }[];
};

/** The customer list's virtual filters (resources/customers/resource.ts): name words, returning (2+ orders), loyal (N+ orders). */
export const CUSTOMER_FILTERS: Record<string, CustomFilter> = {
  fullName: wordsIn(['firstName', 'lastName', 'email']),
  returning: (value, mode) => (value === 'false' ? { ordersCount: { lt: 2 } } : atLeast('ordersCount')(value === 'true' ? '2' : value, mode)),
  minOrders: atLeast('ordersCount'),
};

export const loadCustomers: ExportLoad<CustomerExportRow> = (shop, { filters, ids, signal }) => {
  const where = whereFromFilters('Customer', filters, { insensitive: shop.provider === 'postgresql' }, CUSTOMER_FILTERS) as Prisma.CustomerWhereInput;
  const pages = keysetPages((q) => shop.prisma.customer.findMany({ ...q, select: CUSTOMER_FIELDS }), where, { ids, signal });
  return (async function* () {
    for await (const customers of pages) yield await withHistory(shop, customers);
  })();
};

interface SpentRow {
  customerId: number;
  currency: string;
  cents: number | bigint | null;
}

async function withHistory(shop: Shop, customers: Prisma.CustomerGetPayload<{ select: typeof CUSTOMER_FIELDS }>[]): Promise<CustomerExportRow[]> {
  const ids = customers.map((c) => c.id);
  const counts = await inBatches(ids, (batch) =>
    shop.prisma.order.groupBy({ by: ['customerId'], where: { customerId: { in: batch }, cancelledAt: null }, _count: { _all: true } }),
  );
  const { sql, join } = shop.sql;
  // Kinds are written as literals: PostgreSQL compares an enum column with a literal, not with a text parameter.
  const spent = await inBatches(ids, (batch) =>
    shop.prisma.$queryRaw<SpentRow[]>(sql`
      SELECT o."customerId" AS "customerId", o.currency AS currency,
             SUM(CASE WHEN t.kind = 'REFUND' THEN -t."amountCents" ELSE t."amountCents" END) AS cents
      FROM "PaymentTransaction" t JOIN "Order" o ON o.id = t."orderId"
      WHERE o."customerId" IN (${join(batch)}) AND o."cancelledAt" IS NULL
        AND t.status = 'SUCCESS' AND t.kind IN ('CAPTURE', 'SALE', 'REFUND')
      GROUP BY o."customerId", o.currency
      ORDER BY o.currency`),
  );
  const countOf = new Map(counts.map((c) => [c.customerId, c._count._all]));
  const spentOf = new Map<number, CustomerExportRow['spent']>();
  for (const row of spent) {
    const list = spentOf.get(Number(row.customerId)) ?? [];
    list.push({ currency: row.currency, cents: Number(row.cents ?? 0) });
    spentOf.set(Number(row.customerId), list);
  }
  return customers.map((c) => ({ ...c, ordersCount: countOf.get(c.id) ?? 0, spent: spentOf.get(c.id) ?? [] }));
}
