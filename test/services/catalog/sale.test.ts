import { endSale, putOnSale } from '../../../src/services/catalog/sale.js';
import { InvalidInput } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

test('on sale by percent or amount, variants too; ending the sale restores the prices', async () => {
  const { product: shirt } = await makeItem(db, { title: 'Shirt', priceCents: 4000 });
  const variant = await db.prisma.productVariant.create({ data: { productId: shirt.id, title: 'XL', priceCents: 4500 } });
  const { product: cap } = await makeItem(db, { title: 'Cap', priceCents: 1500 });
  const { product: pin } = await makeItem(db, { title: 'Pin', priceCents: 300 });
  const r = await putOnSale(db, { productIds: [shirt.id, cap.id], mode: 'percent', value: '25' });
  expect(r.done.map((d) => d.name)).toEqual(['Shirt', 'Cap']);
  expect(await db.prisma.product.findUniqueOrThrow({ where: { id: shirt.id } })).toMatchObject({ priceCents: 3000, compareAtPriceCents: 4000 });
  expect(await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({ priceCents: 3375, compareAtPriceCents: 4500 });
  expect((await putOnSale(db, { productIds: [cap.id], mode: 'amount', value: '1' })).skipped[0].reason).toBe('already on sale');
  expect((await putOnSale(db, { productIds: [pin.id], mode: 'amount', value: '3.00' })).skipped[0].reason).toBe('the price would drop to zero or below');
  await expect(putOnSale(db, { productIds: [pin.id], mode: 'percent', value: '150' })).rejects.toThrow(InvalidInput);

  expect((await endSale(db, { productIds: [shirt.id, pin.id] })).skipped).toEqual([{ id: pin.id, name: 'Pin', reason: 'not on sale' }]);
  expect(await db.prisma.product.findUniqueOrThrow({ where: { id: shirt.id } })).toMatchObject({ priceCents: 4000, compareAtPriceCents: null });
  expect(await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({ priceCents: 4500, compareAtPriceCents: null });
});
