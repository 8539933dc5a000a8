// Who may export what, and the product, customer and generic layouts.
import request from 'supertest';
import { ADMIN_PATH, fromAdmin, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { exportUrl, readCsv } from './support.js';

let shop: TestShop;
let productId: number;

beforeAll(async () => {
  shop = await startTestShop();
  const category = await shop.db.prisma.category.create({ data: { name: 'Kitchen', handle: 'kitchen' } });
  const { product, item } = await makeItem(shop.db, { title: 'Mug', priceCents: 1250, onHand: 7, sku: 'MUG-1' });
  await shop.db.prisma.product.update({ where: { id: product.id }, data: { categoryId: category.id, vendor: 'Acme', productType: 'Ceramics', compareAtPriceCents: 1500, tags: 'new', barcode: '0123', sku: 'MUG' } });
  // A second stock item of the same product (a variant's): on hand is the sum.
  await shop.db.prisma.inventoryItem.create({ data: { productId: product.id, sku: 'MUG-2', onHand: 5 } });
  productId = product.id;
  const ada = await shop.db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@analytical.test', acceptsMarketing: true } });
  await shop.db.prisma.customer.create({ data: { firstName: 'Bob', lastName: 'Babbage', email: 'bob@engine.test' } });
  await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }], { customerId: ada.id, email: ada.email, payment: 'sale' });
  await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { customerId: ada.id, email: ada.email, payment: 'authorize' });
  const cancelled = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { customerId: ada.id, email: ada.email, payment: 'sale' });
  await shop.db.prisma.order.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
});
afterAll(() => shop.stop());

test('who may see a list may export it; others get 403', async () => {
  const warehouse = await shop.login('WAREHOUSE');
  const refused = await warehouse.get(exportUrl('Customer'));
  expect(refused.status).toBe(403);
  expect(refused.body.notice.message).toMatch(/not allowed/);
  expect((await warehouse.get(exportUrl('Order'))).status).toBe(200);
  expect((await (await shop.login('SUPPORT')).get(exportUrl('Customer'))).status).toBe(200);
  expect((await (await shop.login('MANAGER')).get(exportUrl('StaffUser'))).status).toBe(403);
});

test('an unknown resource is 404, a session table too; without a login it is 401', async () => {
  const owner = await shop.login('OWNER');
  expect((await owner.get(exportUrl('Nope'))).status).toBe(404);
  expect((await owner.get(exportUrl('Session'))).status).toBe(404);
  const anonymous = await request(shop.app).get(exportUrl('Order'));
  expect(anonymous.status).toBe(401);
  expect(anonymous.text).not.toContain('Name,Email');
  expect((await request(shop.app).post(exportUrl('Order')).use(fromAdmin).send({ ids: [1] })).status).toBe(401);
});

test('staff can be exported by the owner, never their password hashes', async () => {
  const { header, rows } = readCsv(await (await shop.login('OWNER')).get(exportUrl('StaffUser')));
  expect(header).toEqual(expect.arrayContaining(['id', 'email', 'name', 'role', 'active']));
  expect(header.some((h) => /password/i.test(h) && h !== 'passwordChangedAt')).toBe(false);
  expect(rows.map((r) => r.role).sort()).toEqual(['MANAGER', 'OWNER', 'SUPPORT', 'WAREHOUSE']);
  expect(JSON.stringify(rows)).not.toMatch(/\$2[aby]\$/); // no bcrypt hash anywhere
  const oracle = await (await shop.login('OWNER')).get(exportUrl('StaffUser', 'filters.passwordHash=%242b'));
  expect(oracle.status).toBe(400);
});

test('products: Shopify-like columns, category name, stock summed over the items', async () => {
  const { header, rows } = readCsv(await (await shop.login('WAREHOUSE')).get(exportUrl('Product', `ids=${productId}`)));
  expect(header).toEqual(['Handle', 'Title', 'Status', 'Vendor', 'Type', 'Category', 'SKU', 'Barcode', 'Price', 'Compare At Price', 'Tags', 'Description', 'On hand', ]);
  expect(rows).toEqual([{
    Handle: expect.stringMatching(/^product-/), Title: 'Mug', Status: 'active', Vendor: 'Acme', Type: 'Ceramics', Category: 'Kitchen', SKU: 'MUG', Barcode: '0123',
    Price: '12.50', 'Compare At Price': '15.00', Tags: 'new', Description: '', 'On hand': '12',
  }]);
});

test('customers: order count and total spent from the orders not cancelled, captured minus refunded', async () => {
  const { rows } = readCsv(await (await shop.login('SUPPORT')).get(exportUrl('Customer', 'filters.fullName=lovelace')));
  expect(rows).toEqual([{
    'First Name': 'Ada', 'Last Name': 'Lovelace', Email: 'ada@analytical.test', Phone: '', 'Accepts Marketing': 'true', Tags: '', Note: '',
    'Orders count': '2', 'Total spent': '25.00',
  }]);
  const bob = readCsv(await (await shop.login('SUPPORT')).get(exportUrl('Customer', 'columns=Email,Orders%20count,Total%20spent&filters.acceptsMarketing=false')));
  expect(bob.rows).toEqual([{ Email: 'bob@engine.test', 'Orders count': '0', 'Total spent': '0.00' }]);
});

test('any other resource: its scalar columns, money as decimals, the list filters', async () => {
  const agent = await shop.login('MANAGER');
  const { header, rows } = readCsv(await agent.get(exportUrl('PaymentTransaction', 'filters.kind=SALE')));
  expect(header).toEqual(expect.arrayContaining(['id', 'orderId', 'kind', 'status', 'amount', 'currency', 'createdAt']));
  expect(header).not.toContain('amountCents');
  expect(rows.map((r) => [r.kind, r.amount])).toEqual([['SALE', '25.00'], ['SALE', '12.50']]);
  const ranged = readCsv(await agent.get(exportUrl('PaymentTransaction', 'filters.createdAt~~from=2100-01-01')));
  expect(ranged.rows).toEqual([]);
  expect(ranged.header.length).toBeGreaterThan(3);
  const res = await agent.get(exportUrl('InventoryItem', 'filters.product=' + productId));
  expect(readCsv(res).rows.map((r) => r.sku).sort()).toEqual(['MUG-1', 'MUG-2']);
  expect(res.headers['content-disposition']).toMatch(/filename="inventory-items-\d{4}-\d{2}-\d{2}\.csv"/);
});

test('the admin prefix is where the route lives', () => {
  expect(exportUrl('Order')).toBe(`${ADMIN_PATH}/api/export/Order.csv`);
});
