// The dashboard's JSON API: who sees which card and figure, and how it refuses the rest.
import request from 'supertest';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let shop: TestShop;
const API = `${ADMIN_PATH}/api/dashboard`;

beforeAll(async () => {
  shop = await startTestShop();
  const { item } = await makeItem(shop.db, { priceCents: 2500, onHand: 3 });
  await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]); // placed now: €50, 1 available left
});
afterAll(() => shop.stop());

test('logged out: 401 for cards and figures', async () => {
  expect((await request(shop.app).get(`${API}/cards`)).status).toBe(401);
  expect((await request(shop.app).get(`${API}/figures/sales?period=7d`)).status).toBe(401);
});

test.each([
  ['OWNER', ['toFulfil', 'toCapture', 'lowStock', 'outOfStock', 'abandonedCheckouts', 'draftOrders'], ['sales', 'bestSellers', 'customers', 'peaks', 'conversion', 'categories', 'stockCover']],
  ['MANAGER', ['toFulfil', 'toCapture', 'lowStock', 'outOfStock', 'abandonedCheckouts', 'draftOrders'], ['sales', 'bestSellers', 'customers', 'peaks', 'conversion', 'categories', 'stockCover']],
  ['WAREHOUSE', ['toFulfil', 'lowStock', 'outOfStock'], ['stockCover']],
  ['SUPPORT', ['toFulfil', 'toCapture', 'abandonedCheckouts', 'draftOrders'], ['customers', 'peaks', 'conversion']],
] as const)('%s sees its cards and figures, and gets 403 for the others', async (role, cards, figures) => {
  const agent = await shop.login(role);
  const res = await agent.get(`${API}/cards`);
  expect(res.status).toBe(200);
  expect(res.body.cards.map((c: { id: string }) => c.id)).toEqual(cards);
  expect(res.body.figures).toEqual(figures);
  for (const figure of ['sales', 'bestSellers', 'customers', 'peaks', 'conversion', 'categories', 'stockCover']) {
    const answer = await agent.get(`${API}/figures/${figure}?period=30d`);
    expect([figure, answer.status]).toEqual([figure, (figures as readonly string[]).includes(figure) ? 200 : 403]);
    if (answer.status === 403) expect(answer.body.notice.message).toMatch(/not allowed/);
  }
  for (const card of ['toCapture', 'lowStock']) {
    expect([card, (await agent.get(`${API}/cards?ids=${card}`)).status]).toEqual([card, (cards as readonly string[]).includes(card) ? 200 : 403]);
  }
});

test('figures come from the shop: today’s sales and the stock that runs out', async () => {
  const agent = await shop.login('MANAGER');
  const sales = await agent.get(`${API}/figures/sales?period=today`);
  expect(sales.status).toBe(200);
  expect(sales.body.period).toMatchObject({ key: 'today', bucket: 'hour', days: 1 });
  expect(sales.body.data.current).toMatchObject({ grossCents: 5000, orders: 1, averageOrderCents: 5000 });
  const cover = await agent.get(`${API}/figures/stockCover?period=7d`);
  expect(cover.body.data.items).toEqual([expect.objectContaining({ available: 1, unitsSold: 2, daysOfCover: 3.5 })]);
  const cards = await agent.get(`${API}/cards`);
  expect(cards.body.cards.find((c: { id: string }) => c.id === 'toFulfil')).toMatchObject({ count: 1 });
  expect(cards.body.cards.find((c: { id: string }) => c.id === 'lowStock')).toMatchObject({ count: 1 });
});

test('a bad period is a 422 that says why; an unknown figure or card a 404', async () => {
  const agent = await shop.login('OWNER');
  const bad = await agent.get(`${API}/figures/sales?period=yesterday`);
  expect(bad.status).toBe(422);
  expect(bad.body.notice.message).toContain('period: "yesterday" is not one of');
  const noFrom = await agent.get(`${API}/figures/peaks?period=custom&to=2026-01-31`);
  expect([noFrom.status, noFrom.body.notice.message]).toEqual([422, expect.stringContaining('from is required')]);
  const backwards = await agent.get(`${API}/figures/peaks?period=custom&from=2026-02-01&to=2026-01-31`);
  expect(backwards.status).toBe(422);
  expect((await agent.get(`${API}/figures/custom?period=custom&from=2026-01-01&to=2026-01-31`)).status).toBe(404);
  expect((await agent.get(`${API}/figures/peaks?period=custom&from=2026-01-01&to=2026-01-31`)).status).toBe(200);
  expect((await agent.get(`${API}/cards?ids=nope`)).status).toBe(404);
});
