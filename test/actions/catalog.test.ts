// The catalog through HTTP as staff use it: images uploaded (and refused), the product page's payload,
// variants with their stock rows, the category tree, and the list's thumbnails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { oversizedPng, pngImage } from '../support/images.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

const api = (resource: string, path: string) => `${ADMIN_PATH}/api/resources/${resource}${path}`;
/** Every file under the uploads folder, as paths relative to it. */
const storedFiles = () => (readdirSync(shop.uploadsDir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
  .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(shop.uploadsDir.length + 1));

test('a manager uploads a PNG: the file is stored under a key of its own, the row points to it, staff can load it', async () => {
  const { product } = await makeItem(shop.db, { title: 'Teapot' });
  const manager = await shop.login('MANAGER');
  const png = pngImage(32, 32);
  const res = await manager.post(api('ProductImage', '/actions/new')).field('product', String(product.id)).field('alt', 'Teapot, front').attach('file', png, { filename: 'front.jpg', contentType: 'image/jpeg' });
  expect(res.status).toBe(200);
  expect(res.body.notice.type).toBe('success');
  expect(res.body.redirectUrl).toBe(`${ADMIN_PATH}/resources/Product/records/${product.id}/show`);
  const image = await shop.db.prisma.productImage.findFirstOrThrow({ where: { productId: product.id } });
  // The extension follows the content (a PNG), not the name it was sent with.
  expect(image).toMatchObject({ alt: 'Teapot, front', url: expect.stringMatching(new RegExp(`^products/${product.id}/[0-9a-f]{16}\\.png$`)) });
  expect(readFileSync(join(shop.uploadsDir, image.url))).toEqual(png);

  const served = await (await shop.login('WAREHOUSE')).get(`${ADMIN_PATH}/uploads/${image.url}`);
  expect(served.status).toBe(200);
  expect(served.headers['content-type']).toBe('image/png');
  expect(served.headers['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(served.body)).toEqual(png);
  expect((await request(shop.app).get(`${ADMIN_PATH}/uploads/${image.url}`)).status).toBe(302); // to the login page
  expect((await manager.get(`${ADMIN_PATH}/uploads/products/${product.id}/missing.png`)).status).toBe(404);
  expect((await manager.get(`${ADMIN_PATH}/uploads/../../etc/passwd`)).status).toBe(404);

  const deleted = await manager.post(api('ProductImage', `/records/${image.id}/delete`));
  expect(deleted.body.notice.type).toBe('success');
  expect(existsSync(join(shop.uploadsDir, image.url))).toBe(false);
});

test('a text file named .png, an oversized image and a missing file are refused with a message; nothing is stored', async () => {
  const { product } = await makeItem(shop.db, { title: 'Kettle' });
  const manager = await shop.login('MANAGER');
  const upload = (bytes: Buffer, filename: string) =>
    manager.post(api('ProductImage', '/actions/new')).field('product', String(product.id)).attach('file', bytes, { filename, contentType: 'image/png' });
  const before = storedFiles();

  const text = await upload(Buffer.from('Dear customer, this is not a picture.'), 'kettle.png');
  expect(text.status).toBe(422);
  expect(text.body.notice).toEqual({ type: 'error', message: '"kettle.png" is not an image: upload a JPEG, PNG, WebP or GIF file.' });
  expect(text.body.record.errors.file.message).toBe('"kettle.png" is not an image: upload a JPEG, PNG, WebP or GIF file.');

  const big = await upload(oversizedPng(6 * 1024 * 1024), 'kettle-big.png');
  expect(big.status).toBe(422);
  expect(big.body.record.errors.file.message).toBe('"kettle-big.png" is 6.0 MB; an image may be at most 5 MB.');

  // Past the form parser's own limit, the answer is still a message, not a server error.
  const huge = await upload(oversizedPng(11 * 1024 * 1024), 'kettle-huge.png');
  expect(huge.status).toBe(413);
  expect(huge.body.notice).toEqual({ type: 'error', message: 'The file is too large: an upload may be at most 10 MB (an image 5 MB). Nothing was saved.' });

  const none = await manager.post(api('ProductImage', '/actions/new')).field('product', String(product.id)).field('alt', 'No file');
  expect(none.body.record.errors.file.message).toBe('Choose an image file (JPEG, PNG, WebP or GIF, at most 5 MB).');

  expect(await shop.db.prisma.productImage.count({ where: { productId: product.id } })).toBe(0);
  expect(storedFiles()).toEqual(before);
});

test('warehouse and support staff may look at images but not upload them', async () => {
  const { product } = await makeItem(shop.db, { title: 'Mug' });
  for (const role of ['WAREHOUSE', 'SUPPORT'] as const) {
    const res = await (await shop.login(role)).post(api('ProductImage', '/actions/new')).field('product', String(product.id)).attach('file', pngImage(), 'mug.png');
    expect(res.status).toBe(403);
  }
  expect(await shop.db.prisma.productImage.count({ where: { productId: product.id } })).toBe(0);
  expect(storedFiles().filter((f) => f.startsWith(`products/${product.id}/`))).toEqual([]);
});

test('the product page carries images, category path, features, variants with stock, and the latest movements', async () => {
  const men = await shop.db.prisma.category.create({ data: { name: 'Men', handle: 'men-page' } });
  const shoes = await shop.db.prisma.category.create({ data: { name: 'Shoes', handle: 'shoes-page', parentId: men.id } });
  const { product, item } = await makeItem(shop.db, { title: 'Runner', priceCents: 9000, onHand: 7 });
  await shop.db.prisma.product.update({ where: { id: product.id }, data: { categoryId: shoes.id, compareAtPriceCents: 12000 } });
  await shop.db.prisma.productImage.createMany({ data: [{ productId: product.id, url: 'https://cdn.example.test/b.jpg', position: 1 }, { productId: product.id, url: 'products/1/a.png', position: 0 }] });
  await shop.db.prisma.productFeature.create({ data: { productId: product.id, name: 'Material', value: 'Mesh' } });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);

  const manager = await shop.login('MANAGER');
  const variant = await manager.post(api('ProductVariant', '/actions/new'))
    .field('product', String(product.id)).field('title', 'EU 42').field('option1', '42').field('sku', 'RUN-42').field('priceCentsDecimal', '95.00');
  expect(variant.body.notice).toEqual({ type: 'success', message: 'Variant "EU 42" created, with its stock row.' });
  expect(variant.body.redirectUrl).toBe(`${ADMIN_PATH}/resources/Product/records/${product.id}/show`);

  const res = await (await shop.login('WAREHOUSE')).get(api('Product', `/records/${product.id}/show`));
  expect(res.status).toBe(200);
  const d = res.body.record.details;
  expect(d.categoryPath).toBe('Men › Shoes');
  expect(d.images.map((i: { src: string }) => i.src)).toEqual([`${ADMIN_PATH}/uploads/products/1/a.png`, 'https://cdn.example.test/b.jpg']);
  expect(d.features).toEqual([expect.objectContaining({ name: 'Material', value: 'Mesh' })]);
  expect(d.variants).toEqual([expect.objectContaining({ title: 'EU 42', options: ['42'], sku: 'RUN-42', priceCents: 9500, stock: expect.objectContaining({ onHand: 0, available: 0 }) })]);
  expect(d.stock.find((s: { inventoryItemId: number }) => s.inventoryItemId === item.id)).toMatchObject({ onHand: 7, committed: 2, available: 5, lowStockThreshold: 5, low: true });
  expect(d.movements[0]).toMatchObject({ reason: 'SALE', committedDelta: 2, order: { id: order.id, name: order.name } });
  expect(d.movements[1]).toMatchObject({ reason: 'INITIAL', onHandDelta: 7, order: null });
  expect(d.movementCount).toBe(2);
});

test('a variant with a SKU taken elsewhere is refused under the SKU field; an edited SKU follows to its stock row', async () => {
  const { product } = await makeItem(shop.db, { title: 'Cap' });
  await shop.db.prisma.product.update({ where: { id: product.id }, data: { sku: 'CAP' } });
  const manager = await shop.login('MANAGER');
  const taken = await manager.post(api('ProductVariant', '/actions/new')).field('product', String(product.id)).field('title', 'Red').field('sku', 'CAP').field('priceCentsDecimal', '10');
  expect(taken.body.record.errors.sku.message).toBe('SKU CAP is already used by the product "Cap".');
  expect(await shop.db.prisma.productVariant.count({ where: { productId: product.id } })).toBe(0);

  const red = await manager.post(api('ProductVariant', '/actions/new')).field('product', String(product.id)).field('title', 'Red').field('sku', 'CAP-R').field('priceCentsDecimal', '10');
  const id = red.body.record.params.id;
  expect((await manager.post(api('ProductVariant', `/records/${id}/edit`)).field('sku', 'CAP')).body.record.errors.sku.message).toMatch(/already used/);
  expect((await manager.post(api('ProductVariant', `/records/${id}/edit`)).field('sku', 'CAP-RED')).body.notice.type).toBe('success');
  expect(await shop.db.prisma.inventoryItem.findUniqueOrThrow({ where: { variantId: id } })).toMatchObject({ sku: 'CAP-RED', productId: product.id });
  const dup = await manager.post(api('Product', '/actions/new')).field('title', 'Other cap').field('handle', 'other-cap').field('sku', 'CAP-RED').field('priceCentsDecimal', '5');
  expect(dup.body.record.errors.sku.message).toBe('SKU CAP-RED is already used by the variant "Cap — Red".');
});

test('categories: a parent inside the category is refused under the field; the list and the select show paths in tree order', async () => {
  const manager = await shop.login('MANAGER');
  const make = async (name: string, parent?: number) => {
    const res = await manager.post(api('Category', '/actions/new')).field('name', name).field('handle', `t-${name.toLowerCase()}`).field('position', '0').field('parent', parent ? String(parent) : '');
    return Number(res.body.record.params.id);
  };
  const outdoor = await make('Outdoor');
  const tents = await make('Tents', outdoor);
  const domes = await make('Domes', tents);
  const refused = await manager.post(api('Category', `/records/${outdoor}/edit`)).field('parent', String(domes)).field('name', 'Renamed');
  expect(refused.body.record.errors.parent.message).toBe('"Domes" is inside "Outdoor": a category cannot move under one of its own subcategories.');
  expect((await manager.post(api('Category', `/records/${tents}/edit`)).field('parent', String(tents))).body.record.errors.parent.message).toBe('A category cannot be its own parent.');
  expect(await shop.db.prisma.category.findUniqueOrThrow({ where: { id: outdoor } })).toMatchObject({ parentId: null, name: 'Outdoor' });

  const list = await manager.get(api('Category', '/actions/list?perPage=100'));
  const paths = list.body.records.map((r: { params: { path: string } }) => r.params.path);
  expect(paths.indexOf('Outdoor › Tents › Domes')).toBe(paths.indexOf('Outdoor › Tents') + 1);
  expect(paths.indexOf('Outdoor › Tents')).toBe(paths.indexOf('Outdoor') + 1);
  const search = await manager.get(api('Category', '/search/dom'));
  expect(search.body.records.map((r: { title: string }) => r.title)).toEqual(['Outdoor › Tents › Domes']);
  expect((await manager.get(api('Category', `/records/${domes}/show`))).body.record.title).toBe('Outdoor › Tents › Domes');
});

test('the product list carries each product’s first image as its thumbnail', async () => {
  const { product } = await makeItem(shop.db, { title: 'Thumbnailed lamp' });
  await shop.db.prisma.productImage.createMany({ data: [{ productId: product.id, url: 'products/9/second.png', position: 2 }, { productId: product.id, url: 'products/9/first.png', position: 1 }] });
  const list = await (await shop.login('SUPPORT')).get(api('Product', '/actions/list?filters.title=Thumbnailed'));
  expect(list.body.records).toHaveLength(1);
  expect(list.body.records[0].params.thumbnail).toBe(`${ADMIN_PATH}/uploads/products/9/first.png`);
});
