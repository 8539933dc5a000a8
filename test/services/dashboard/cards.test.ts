// The home's live cards on the hand-built shop of ./shop.ts.
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { CARD_IDS, dashboardCards, type Card } from '../../../src/services/dashboard/cards.js';
import { buildShop, NOW } from './shop.js';

let db: TestDatabase;
let cards: Record<string, Card>;

beforeAll(async () => {
  db = await createTestDatabase();
  await buildShop(db);
  cards = Object.fromEntries((await dashboardCards(db, CARD_IDS, NOW)).map((c) => [c.id, c]));
});
afterAll(() => db.drop());

const parts = (card: Card) => card.parts.map((p) => [p.label, p.count]);

test('orders to fulfil: open orders only, split by status, each with its list filter', () => {
  expect(cards.toFulfil.count).toBe(2); // the cancelled and the archived unfulfilled orders are not work
  expect(parts(cards.toFulfil)).toEqual([['unfulfilled', 1], ['partially fulfilled', 1]]);
  expect(cards.toFulfil.parts[1].link).toEqual({ resource: 'Order', filters: { fulfillmentStatus: 'PARTIALLY_FULFILLED', cancelled: 'false', archived: 'false' } });
});

test('payments to capture', () => {
  expect(cards.toCapture).toMatchObject({ count: 1, amountCents: 4000, link: { resource: 'Order', filters: { financialStatus: 'AUTHORIZED', cancelled: 'false' } } });
});

test('stock cards: low stock (any product) and out of stock (active products)', () => {
  expect(cards.lowStock).toMatchObject({ count: 3, link: { resource: 'Product', filters: { lowStock: 'true' } } });
  expect(cards.outOfStock).toMatchObject({ count: 1, link: { resource: 'Product', filters: { status: 'ACTIVE', outOfStock: 'true' } } });
});

test('abandoned checkouts of the last 7 days and their value', () => {
  expect(cards.abandonedCheckouts).toMatchObject({ count: 3, amountCents: 9700 });
  expect(parts(cards.abandonedCheckouts)).toEqual([['not emailed', 1], ['emailed', 1], ['recovered', 1]]);
  expect(cards.abandonedCheckouts.link.filters).toEqual({ 'createdAt~~from': '2026-06-10T15:30:00.000Z' });
});

test('draft orders waiting', () => {
  expect(cards.draftOrders).toMatchObject({ count: 3, amountCents: 6000 });
  expect(parts(cards.draftOrders)).toEqual([['open', 2], ['invoice sent', 1]]);
});

test('a card with nothing to do says so', async () => {
  const empty = await createTestDatabase();
  try {
    const all = await dashboardCards(empty, CARD_IDS, NOW);
    expect(all.map((c) => c.count)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(all.every((c) => c.done.length > 0)).toBe(true);
    expect(all.find((c) => c.id === 'toCapture')?.amountCents).toBe(0);
  } finally {
    await empty.drop();
  }
});
