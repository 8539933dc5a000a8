import { createVariant, FieldRefused, skuConflict } from '../../../src/services/catalog/variants.js';
import { NotFound } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

test('a new variant comes with its own stock row, carrying its SKU', async () => {
  const { product } = await makeItem(db, { title: 'Hoodie', sku: 'HOOD' });
  const { variant, inventoryItem } = await createVariant(db, { productId: product.id, title: 'Blue / M', option1: 'Blue', option2: 'M', sku: ' HOOD-BL-M ', priceCents: 5900 });
  expect(variant).toMatchObject({ title: 'Blue / M', option1: 'Blue', option2: 'M', option3: null, sku: 'HOOD-BL-M', priceCents: 5900, position: 0 });
  expect(await db.prisma.inventoryItem.findUniqueOrThrow({ where: { variantId: variant.id } })).toMatchObject({ id: inventoryItem.id, productId: product.id, sku: 'HOOD-BL-M', onHand: 0 });
});

test('a SKU already used by a product or a variant is refused under the SKU field, and nothing is created', async () => {
  const { product } = await makeItem(db, { title: 'Scarf', sku: 'SCARF-STOCK' });
  await db.prisma.product.update({ where: { id: product.id }, data: { sku: 'SCARF' } });
  await createVariant(db, { productId: product.id, title: 'Red', sku: 'SCARF-RED', priceCents: 2500 });
  const before = await db.prisma.productVariant.count();
  const items = await db.prisma.inventoryItem.count();
  await expect(createVariant(db, { productId: product.id, title: 'Copy', sku: 'SCARF', priceCents: 2500 })).rejects.toThrow(new FieldRefused('sku', 'SKU SCARF is already used by the product "Scarf".'));
  await expect(createVariant(db, { productId: product.id, title: 'Copy', sku: 'SCARF-RED', priceCents: 2500 })).rejects.toMatchObject({ field: 'sku', message: 'SKU SCARF-RED is already used by the variant "Scarf — Red".' });
  await expect(createVariant(db, { productId: product.id, title: 'Copy', sku: 'SCARF-STOCK', priceCents: 2500 })).rejects.toMatchObject({ message: 'SKU SCARF-STOCK is already used by a stock item of "Scarf".' });
  await expect(createVariant(db, { productId: product.id, title: '', priceCents: 2500 })).rejects.toMatchObject({ field: 'title' });
  await expect(createVariant(db, { productId: product.id, title: 'No price' })).rejects.toMatchObject({ field: 'priceCents', message: 'A variant needs a price.' });
  await expect(createVariant(db, { productId: 987654, title: 'Orphan', priceCents: 100 })).rejects.toThrow(NotFound);
  expect(await db.prisma.productVariant.count()).toBe(before);
  expect(await db.prisma.inventoryItem.count()).toBe(items);
  expect(await skuConflict(db.prisma, 'SCARF', { productId: product.id })).toBeNull();
});
