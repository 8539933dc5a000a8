// Each figure on the hand-built shop of ./shop.ts, whose right answers are worked out below.
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { parsePeriod } from '../../../src/services/dashboard/period.js';
import { salesFigure } from '../../../src/services/dashboard/sales.js';
import { bestSellersFigure } from '../../../src/services/dashboard/best-sellers.js';
import { categoriesFigure } from '../../../src/services/dashboard/categories.js';
import { customersFigure } from '../../../src/services/dashboard/customers.js';
import { peaksFigure } from '../../../src/services/dashboard/peaks.js';
import { conversionFigure } from '../../../src/services/dashboard/conversion.js';
import { stockCoverFigure } from '../../../src/services/dashboard/stock-cover.js';
import { buildShop, NOW } from './shop.js';

let db: TestDatabase;
let shop: Awaited<ReturnType<typeof buildShop>>;
const week = parsePeriod({ period: '7d' }, NOW);

beforeAll(async () => {
  db = await createTestDatabase();
  shop = await buildShop(db);
});
afterAll(() => db.drop());

test('sales: cancelled orders and their refunds do not count; refunds count on their own day', async () => {
  const sales = await salesFigure(db, week);
  // 4000 + 6000 + 5000 + 3000; refunds 1500 (o2) + 500 (a previous order, refunded this week)
  expect(sales.current).toEqual({ grossCents: 18000, refundsCents: 2000, netCents: 16000, orders: 4, averageOrderCents: 4500 });
  // 06-08's order only: 06-10 16:00 falls after the previous window's end (same time of day as now)
  expect(sales.previous).toEqual({ grossCents: 2000, refundsCents: 0, netCents: 2000, orders: 1, averageOrderCents: 2000 });
  expect(sales.series.map((p) => [p.bucket, p.grossCents, p.refundsCents, p.orders])).toEqual([
    ['2026-06-11', 3000, 0, 1], ['2026-06-12', 0, 500, 0], ['2026-06-13', 0, 0, 0], ['2026-06-14', 0, 0, 0],
    ['2026-06-15', 11000, 0, 2], ['2026-06-16', 0, 1500, 0], ['2026-06-17', 4000, 0, 1],
  ]);
  expect(sales.series[4]).toMatchObject({ previousBucket: '2026-06-08', previousNetCents: 2000, previousOrders: 1 });
});

test('sales: today by hour against yesterday until the same time', async () => {
  const sales = await salesFigure(db, parsePeriod({ period: 'today' }, NOW));
  expect(sales.current).toMatchObject({ grossCents: 4000, orders: 1, refundsCents: 0 });
  expect(sales.previous).toMatchObject({ grossCents: 0, refundsCents: 1500, netCents: -1500 });
  expect(sales.series).toHaveLength(16);
  expect(sales.series[9]).toMatchObject({ bucket: '2026-06-17T09', grossCents: 4000, previousBucket: '2026-06-16T09' });
  expect(sales.series[10]).toMatchObject({ previousBucket: '2026-06-16T10', previousNetCents: -1500 });
});

test('sales: a custom period', async () => {
  const sales = await salesFigure(db, parsePeriod({ period: 'custom', from: '2026-06-01', to: '2026-06-10' }, NOW));
  expect(sales.current).toMatchObject({ grossCents: 4000, orders: 2 });
  expect(sales.previous).toMatchObject({ grossCents: 0, orders: 0 });
  expect(sales.series).toHaveLength(10);
});

test('best sellers by units and by revenue', async () => {
  const best = await bestSellersFigure(db, week);
  // Wool 3 u / 6000, Beanie 3 u / 4500, Poster 3 u / 3000, Silk 1 u / 4500 (the cancelled 5 wool scarves do not count)
  expect(best.byUnits.map((b) => [b.title, b.units, b.revenueCents])).toEqual([
    ['Wool scarf', 3, 6000], ['Beanie', 3, 4500], ['Poster', 3, 3000], ['Silk scarf', 1, 4500],
  ]);
  expect(best.byRevenue.map((b) => b.title)).toEqual(['Wool scarf', 'Beanie', 'Silk scarf', 'Poster']);
  expect(best.byUnits[0].productId).toBe(shop.items.A.productId);
  const top2 = await bestSellersFigure(db, week, 2);
  expect([top2.byUnits.map((b) => b.title), top2.byRevenue.map((b) => b.title)]).toEqual([['Wool scarf', 'Beanie'], ['Wool scarf', 'Beanie']]);
});

test('sales by category', async () => {
  expect(await categoriesFigure(db, week)).toEqual([
    { categoryId: shop.categories.scarves.id, name: 'Scarves', units: 4, revenueCents: 10500 },
    { categoryId: shop.categories.hats.id, name: 'Hats', units: 3, revenueCents: 4500 },
    { categoryId: null, name: 'No category', units: 3, revenueCents: 3000 },
  ]);
});

test('top and repeat customers', async () => {
  const figure = await customersFigure(db, week);
  expect(figure).toMatchObject({ buyers: 2, repeatBuyers: 1, repeatRate: 0.5 });
  expect(figure.topBySpent.map((c) => [c.name, c.orders, c.spentCents])).toEqual([['Ada Test', 2, 10000], ['Bob Test', 1, 5000]]);
  expect(figure.topByOrders.map((c) => c.customerId)).toEqual([shop.customers.ada.id, shop.customers.bob.id]);
});

test('order peaks by weekday and hour (UTC), cancelled orders included', async () => {
  const peaks = await peaksFigure(db, week);
  expect(peaks).toMatchObject({ total: 5, max: 2, timezone: 'UTC' });
  const hot = peaks.cells.flatMap((row, day) => row.map((n, hour) => [day, hour, n])).filter(([, , n]) => n > 0);
  // Monday 14h twice, Wednesday 9h, Thursday 0h, Friday 20h (Monday = 0)
  expect(hot).toEqual([[0, 14, 2], [2, 9, 1], [3, 0, 1], [4, 20, 1]]);
});

test('conversion: checkouts started, completed, abandoned and recovered', async () => {
  const conversion = await conversionFigure(db, week);
  // 5 orders − 1 from a draft = 4 completed; 3 abandoned of which 1 recovered → 6 started, 2 lost
  expect(conversion.current).toEqual({ started: 6, completed: 4, abandoned: 3, recovered: 1, abandonmentRate: 2 / 6, recoveryRate: 1 / 3, lostCents: 3700 });
  expect(conversion.previous).toEqual({ started: 2, completed: 1, abandoned: 1, recovered: 0, abandonmentRate: 0.5, recoveryRate: 0, lostCents: 1000 });
});

test('stock that runs out within two weeks at the sales rate', async () => {
  const cover = await stockCoverFigure(db, week);
  // Wool: 8 left, 3 sold in 7 days → 18.7 days (not listed); Silk: 1 left, 1 sold → 7 days; Beanie, Poster: none left
  expect(cover).toMatchObject({ rateDays: 7, horizonDays: 14 });
  expect(cover.items.map((i) => [i.title, i.available, i.unitsSold, i.daysOfCover])).toEqual([
    ['Beanie', 0, 3, 0], ['Poster', 0, 3, 0], ['Silk scarf', 1, 1, 7],
  ]);
  // Today alone is too short a window for a rate: the last 7 days are used.
  expect((await stockCoverFigure(db, parsePeriod({ period: 'today' }, NOW))).rateDays).toBe(7);
});
