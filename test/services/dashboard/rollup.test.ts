// Stored days (rollup.ts): the figures read from them equal the figures computed from the orders,
// and a change to an order of a stored day (edit, refund, cancel, a late import) shows on the next read.
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder } from '../../support/fixtures.js';
import { parsePeriod, type Period } from '../../../src/services/dashboard/period.js';
import { FIGURE_IDS, dashboardFigure } from '../../../src/services/dashboard/figures.js';
import { directShop, splitRanges } from '../../../src/services/dashboard/rollup.js';
import { salesFigure } from '../../../src/services/dashboard/sales.js';
import { bestSellersFigure } from '../../../src/services/dashboard/best-sellers.js';
import { peaksFigure } from '../../../src/services/dashboard/peaks.js';
import { editOrderLines } from '../../../src/services/orders/edit.js';
import { refundOrder } from '../../../src/services/orders/refund.js';
import { cancelOrder } from '../../../src/services/orders/cancel.js';
import { buildShop, NOW } from './shop.js';

const DAY = 24 * 60 * 60 * 1000;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Every figure, read from the stored days and computed from the orders, side by side. */
async function bothWays(db: TestDatabase, period: Period) {
  const stored: Record<string, unknown> = {};
  const direct: Record<string, unknown> = {};
  for (const id of FIGURE_IDS) {
    stored[id] = await dashboardFigure(db, id, period);
    direct[id] = await dashboardFigure(directShop(db), id, period);
  }
  return { stored, direct };
}

describe('on the hand-built shop', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await buildShop(db);
  });
  afterAll(() => db.drop());

  test('a period is whole past days (stored) plus what is left of its ends (live)', () => {
    const week = parsePeriod({ period: '7d' }, NOW);
    const later = Date.parse('2026-06-20T08:00:00Z');
    expect(splitRanges(db, [week.current, week.previous], {}, later)).toEqual({
      spans: [['2026-06-11', '2026-06-16'], ['2026-06-04', '2026-06-09']],
      live: [{ from: new Date('2026-06-17T00:00:00Z'), to: NOW }, { from: new Date('2026-06-10T00:00:00Z'), to: week.previous.to }],
    });
    // Days from today on are never stored; the direct shop stores nothing.
    expect(splitRanges(db, [week.current], {}, Date.parse('2026-06-14T10:00:00Z'))).toEqual({
      spans: [['2026-06-11', '2026-06-13']], live: [{ from: new Date('2026-06-14T00:00:00Z'), to: NOW }],
    });
    expect(splitRanges(directShop(db), [week.current], {}, later)).toEqual({ spans: [], live: [week.current] });
  });

  test.each([
    [{ period: 'today' }], [{ period: '7d' }], [{ period: '30d' }], [{ period: '90d' }], [{ period: 'custom', from: '2026-06-01', to: '2026-06-16' }],
  ])('every figure of %j is the same read from stored days as computed from the orders', async (query) => {
    const { stored, direct } = await bothWays(db, parsePeriod(query, NOW));
    expect(stored).toEqual(direct);
  });

  test('the days were stored, and their totals are the orders\'', async () => {
    const [row] = await db.prisma.$queryRawUnsafe<{ gross: unknown; orders: unknown }[]>(
      `SELECT SUM("grossCents") AS gross, SUM(orders) AS orders FROM "SalesDay" WHERE "day" >= '2026-06-11' AND "day" <= '2026-06-16'`,
    );
    expect([Number(row.gross), Number(row.orders)]).toEqual([14000, 3]); // 06-11 3000, 06-15 6000 + 5000 (06-17 is partial: live)
  });
});

describe('a change to an order of a stored day', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  test('edit, refund, cancel and a late import show on the next read: no stale money', async () => {
    const noonDaysAgo = (n: number) => new Date(Math.floor(Date.now() / DAY) * DAY - n * DAY + 12 * 60 * 60 * 1000);
    const wool = await makeItem(db, { title: 'Wool', priceCents: 1000, onHand: 50 });
    const silk = await makeItem(db, { title: 'Silk', priceCents: 3000, onHand: 50 });
    const a = await makeOrder(db, [{ inventoryItemId: wool.item.id, quantity: 2 }], { createdAt: noonDaysAgo(5) }); // 2000
    const b = await makeOrder(db, [{ inventoryItemId: silk.item.id, quantity: 1 }], { createdAt: noonDaysAgo(3) }); // 3000
    const c = await makeOrder(db, [{ inventoryItemId: wool.item.id, quantity: 2 }], { createdAt: noonDaysAgo(10) }); // 2000
    const cLine = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: c.id } });
    const refund = await refundOrder(db, { orderId: c.id, lines: [{ orderLineId: cLine.id, quantity: 1 }], mailMode: 'local' });
    await db.prisma.refund.update({ where: { id: refund.refundId }, data: { createdAt: noonDaysAgo(8) } }); // a refund of a past day
    const month = () => parsePeriod({ period: '30d' }); // ends now: after the changes below

    const before = await bothWays(db, month()); // stores the days
    expect(before.stored).toEqual(before.direct);
    expect((await salesFigure(db, month())).current).toMatchObject({ grossCents: 7000, refundsCents: 1000, orders: 3 });
    expect((await db.prisma.dashboardDay.count({ where: { day: { in: [day(noonDaysAgo(5).getTime()), day(noonDaysAgo(8).getTime())] } } }))).toBe(2);

    const aLine = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: a.id } });
    await editOrderLines(db, { orderId: a.id, changes: [{ orderLineId: aLine.id, quantity: 3 }] }); // day −5: 2000 → 3000
    const bLine = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: b.id } });
    await refundOrder(db, { orderId: b.id, lines: [{ orderLineId: bLine.id, quantity: 1 }], mailMode: 'local' }); // today: 3000 back
    await cancelOrder(db, { orderId: c.id, reason: 'customer', mailMode: 'local' }); // day −10 loses c, day −8 its refund
    await makeOrder(db, [{ inventoryItemId: silk.item.id, quantity: 2 }], { createdAt: noonDaysAgo(3) }); // imported late: 6000

    const after = await bothWays(db, month());
    expect(after.stored).toEqual(after.direct);
    expect((await salesFigure(db, month())).current).toMatchObject({ grossCents: 12000, refundsCents: 3000, netCents: 9000, orders: 3 });
    const best = await bestSellersFigure(db, month());
    expect(best.byUnits.map((s) => [s.title, s.units, s.revenueCents])).toEqual([['Silk', 3, 9000], ['Wool', 3, 3000]]);
    expect((await peaksFigure(db, month())).total).toBe(4); // the cancelled order was still work
  });
});
