import { discountFor, redeemDiscountCode } from '../../src/services/discounts.js';
import { Refused } from '../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const code = (data: Record<string, unknown>) => db.prisma.discountCode.create({ data: { code: `C${Math.random().toString(36).slice(2, 8).toUpperCase()}`, type: 'PERCENTAGE', percentage: 10, startsAt: new Date('2026-01-01'), ...data } });

test('percentage and fixed amounts, minimum subtotal, validity window, currency', async () => {
  const now = new Date('2026-06-01T12:00:00Z');
  expect(discountFor(await code({ percentage: 15 }), 3333, 'EUR', now)).toBe(500);
  expect(discountFor(await code({ type: 'FIXED_AMOUNT', percentage: null, amountCents: 5000 }), 3000, 'EUR', now)).toBe(3000); // never below zero
  await expect(code({ minimumSubtotalCents: 5000 }).then((c) => discountFor(c, 4999, 'EUR', now))).rejects.toThrow('at least €50.00');
  await expect(code({ startsAt: new Date('2026-07-01') }).then((c) => discountFor(c, 1000, 'EUR', now))).rejects.toThrow('not valid yet');
  await expect(code({ endsAt: new Date('2026-05-01') }).then((c) => discountFor(c, 1000, 'EUR', now))).rejects.toThrow('expired');
  await expect(code({ active: false }).then((c) => discountFor(c, 1000, 'EUR', now))).rejects.toThrow('not active');
  await expect(code({ type: 'FIXED_AMOUNT', amountCents: 500, currency: 'USD' }).then((c) => discountFor(c, 1000, 'EUR', now))).rejects.toThrow('in USD');
});

test('a code with a usage limit is never used more often, even at once', async () => {
  const limited = await code({ code: 'ONLY3', usageLimit: 3 });
  const attempts = await Promise.allSettled(Array.from({ length: 8 }, () => db.prisma.$transaction((tx) => redeemDiscountCode(tx, { code: 'only3', subtotalCents: 1000, currency: 'EUR' }))));
  expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(3);
  for (const a of attempts) if (a.status === 'rejected') expect(a.reason).toBeInstanceOf(Refused);
  expect((await db.prisma.discountCode.findUniqueOrThrow({ where: { id: limited.id } })).usageCount).toBe(3);
});

test('an order placed with a code carries its discount and counts the use', async () => {
  await code({ code: 'WELCOME10', percentage: 10 });
  const { item } = await makeItem(db, { priceCents: 2000 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }], { discountCode: 'welcome10', shippingCents: 500 });
  expect(order).toMatchObject({ discountCode: 'WELCOME10', discountCents: 400, totalCents: 4000 - 400 + 500 });
  expect((await db.prisma.discountCode.findUniqueOrThrow({ where: { code: 'WELCOME10' } })).usageCount).toBe(1);
});
