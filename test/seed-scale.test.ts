// The seed's size knobs (customers, products, lines per order, order skew) at a small size: the
// benchmark shop's shape, with the ledgers and counts still adding up.
import { BENCH_SHOP, seedShop, type SeedSummary } from '../prisma/seed/demo.js';
import { catalogDefs } from '../prisma/seed/catalog-extension.js';
import { PRODUCTS } from '../prisma/seed/catalog-data.js';
import { Rng } from '../prisma/seed/random.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const SHOP = { orders: 2000, customers: 500, products: 300, linesPerOrder: 3, orderSkew: 1.6 };

let db: TestDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  db = await createTestDatabase();
  summary = await seedShop(db.prisma, { ...SHOP, seed: 11, now: NOW, provider: db.provider });
});
afterAll(() => db.drop());

test('the benchmark preset is the issue #7 shop', () => {
  expect(BENCH_SHOP).toMatchObject({ orders: 1_000_000, customers: 100_000, products: 5_000, linesPerOrder: 3 });
});

test('as many customers and products as asked, the catalogue extended with plausible, unique products', async () => {
  expect(summary).toMatchObject({ Order: 2000, Customer: 500, Product: 300, DraftOrder: 40, AbandonedCheckout: 150 });
  const products = await db.prisma.product.findMany({ include: { variants: true }, orderBy: { id: 'asc' } });
  const fixed = PRODUCTS.map((p) => p.title);
  expect(products.slice(0, fixed.length).map((p) => p.title)).toEqual(fixed);
  const generated = products.slice(fixed.length);
  for (const p of generated) expect([p.title, fixed.some((t) => p.title.includes(` ${t}`))]).toEqual([p.title, true]);
  expect(generated.some((p) => p.variants.length > 1)).toBe(true);
  expect(generated.some((p) => p.variants.length === 0 && p.sku)).toBe(true);
  expect(new Set(generated.map((p) => p.status))).toEqual(new Set(['ACTIVE', 'ARCHIVED', 'DRAFT']));
  const items = await db.prisma.inventoryItem.findMany({ select: { sku: true } });
  expect(new Set(items.map((i) => i.sku)).size).toBe(items.length);
  expect(items.length).toBe(summary.InventoryItem);
});

test('about three lines per order, one-line orders the most common', async () => {
  const perOrder = await db.prisma.orderLine.groupBy({ by: ['orderId'], _count: true });
  expect(perOrder).toHaveLength(2000);
  const sizes = perOrder.map((o) => o._count);
  expect(summary.OrderLine / 2000).toBeGreaterThan(2.7);
  expect(summary.OrderLine / 2000).toBeLessThan(3.3);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
  const ones = sizes.filter((n) => n === 1).length;
  for (let n = 2; n <= 10; n++) expect(sizes.filter((s) => s === n).length).toBeLessThan(ones);
});

test('stock ledger, order numbers, customers’ order counts and dashboard days still hold', async () => {
  const items = await db.prisma.inventoryItem.findMany();
  const sums = await db.prisma.stockMovement.groupBy({ by: ['inventoryItemId'], _sum: { onHandDelta: true, committedDelta: true } });
  const byItem = new Map(sums.map((s) => [s.inventoryItemId, s._sum]));
  for (const i of items) expect([i.id, i.onHand, i.committed]).toEqual([i.id, byItem.get(i.id)?.onHandDelta ?? 0, byItem.get(i.id)?.committedDelta ?? 0]);
  expect(items.filter((i) => i.onHand < 0 || i.committed < 0)).toEqual([]);
  expect(items.some((i) => i.onHand === 0)).toBe(true);
  expect(items.some((i) => i.onHand > 0 && i.onHand <= i.lowStockThreshold)).toBe(true);

  const numbers = await db.prisma.order.findMany({ select: { number: true }, orderBy: { number: 'asc' } });
  expect(numbers.map((o) => o.number)).toEqual(Array.from({ length: 2000 }, (_, i) => 1001 + i));
  expect(await db.prisma.dashboardDay.count()).toBe(0);

  const counted = await db.prisma.order.groupBy({ by: ['customerId'], where: { cancelledAt: null, customerId: { not: null } }, _count: true });
  const orders = new Map(counted.map((c) => [c.customerId, c._count]));
  const customers = await db.prisma.customer.findMany({ select: { id: true, email: true, ordersCount: true } });
  for (const c of customers) expect([c.id, c.ordersCount]).toEqual([c.id, orders.get(c.id) ?? 0]);
  expect(new Set(customers.map((c) => c.email)).size).toBe(500);
  // Skewed: a few loyal customers with many orders, more with a single one.
  const once = customers.filter((c) => c.ordersCount === 1).length;
  const loyal = customers.filter((c) => c.ordersCount >= 10).length;
  expect(loyal).toBeGreaterThan(0);
  expect(once).toBeGreaterThan(loyal);
  expect(Math.max(...customers.map((c) => c.ordersCount))).toBeGreaterThan(30);
});

test('the extended catalogue is deterministic, and the fixed one is the default', () => {
  const titles = (seed: number) => catalogDefs(new Rng(seed), 500).map((p) => p.title);
  expect(titles(3)).toEqual(titles(3));
  expect(titles(3)).not.toEqual(titles(4));
  expect(new Set(titles(3)).size).toBe(500);
  expect(catalogDefs(new Rng(3), PRODUCTS.length)).toBe(PRODUCTS);
  expect(() => catalogDefs(new Rng(3), 10)).toThrow(/at least/);
});
