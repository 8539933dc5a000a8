// Money is edited as a decimal on the product form and stored as exact minor units.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

const api = (path: string) => `${ADMIN_PATH}/api/resources/Product${path}`;

test('a price typed as 0.29 is stored as 29 cents and shown back as 0.29', async () => {
  const manager = await shop.login('MANAGER');
  const created = await manager.post(api('/actions/new')).field('title', 'Mug').field('handle', 'mug').field('status', 'ACTIVE').field('currency', 'EUR').field('priceCentsDecimal', '0.29');
  expect(created.status).toBe(200);
  expect(created.body.notice.type).toBe('success');
  const id = created.body.record.params.id;
  expect((await shop.db.prisma.product.findUniqueOrThrow({ where: { id } })).priceCents).toBe(29);

  const edited = await manager.post(api(`/records/${id}/edit`)).field('priceCentsDecimal', '1 234,50').field('compareAtPriceCentsDecimal', '');
  expect(edited.body.notice.type).toBe('success');
  const row = await shop.db.prisma.product.findUniqueOrThrow({ where: { id } });
  expect([row.priceCents, row.compareAtPriceCents]).toEqual([123450, null]);

  // Saving the form untouched changes nothing.
  await manager.post(api(`/records/${id}/edit`)).field('title', 'Mug');
  expect((await shop.db.prisma.product.findUniqueOrThrow({ where: { id } })).priceCents).toBe(123450);
});

test('a price that is not an amount is refused with a message and changes nothing', async () => {
  const manager = await shop.login('MANAGER');
  const product = await shop.db.prisma.product.create({ data: { title: 'Tea', handle: 'tea', priceCents: 500 } });
  const res = await manager.post(api(`/records/${product.id}/edit`)).field('priceCentsDecimal', '5.999').field('title', 'Changed');
  expect(res.body.record.errors.priceCents.message).toMatch(/more than 2 decimals/);
  expect(await shop.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ priceCents: 500, title: 'Tea' });
});

test('warehouse staff may read products but not change prices', async () => {
  const warehouse = await shop.login('WAREHOUSE');
  const product = await shop.db.prisma.product.create({ data: { title: 'Jam', handle: 'jam', priceCents: 700 } });
  expect((await warehouse.get(api(`/records/${product.id}/show`))).status).toBe(200);
  const res = await warehouse.post(api(`/records/${product.id}/edit`)).field('priceCentsDecimal', '0.01');
  expect(res.status).toBe(403);
  expect((await shop.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).priceCents).toBe(700);
});

test('a new product gets its stock row, and warehouse staff adjust its stock', async () => {
  const manager = await shop.login('MANAGER');
  const created = await manager.post(api('/actions/new')).field('title', 'Bench').field('handle', 'bench').field('sku', 'BENCH-1').field('priceCentsDecimal', '120');
  const productId = created.body.record.params.id;
  const item = await shop.db.prisma.inventoryItem.findFirstOrThrow({ where: { productId } });
  expect(item).toMatchObject({ sku: 'BENCH-1', onHand: 0, variantId: null });
  const warehouse = await shop.login('WAREHOUSE');
  const url = `${ADMIN_PATH}/api/resources/InventoryItem/records/${item.id}/adjustStock`;
  const res = await warehouse.post(url).field('mode', 'add').field('quantity', '8').field('note', 'First delivery');
  expect(res.body.notice).toEqual({ message: 'Stock adjusted by +8; 8 on hand.', type: 'success' });
  expect((await warehouse.post(url).field('mode', 'add').field('quantity', '-9')).status).toBe(409);
  expect((await (await shop.login('SUPPORT')).post(url).field('mode', 'add').field('quantity', '1')).status).toBe(403);
  expect((await shop.db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).onHand).toBe(8);
});
