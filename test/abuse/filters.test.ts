// Bad input to every filter, sort, page and search of every list, and to the CSV export's filters,
// generated from the running admin and sent as the OWNER: never a 500, and reading writes nothing.
import { seedShop } from '../../prisma/seed/demo.js';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { QUERY_VALUES, changedTables, dumpDatabase, progress, short, watchWrites } from './support.js';

let shop: TestShop;

beforeAll(async () => {
  shop = await startTestShop();
  await seedShop(shop.db.prisma, { orders: 12, seed: 6, provider: shop.db.provider });
});
afterAll(() => shop.stop());

test('every filter, sort, page, search and export filter × every bad value: never a 500, nothing written', async () => {
  const owner = await shop.login('OWNER');
  const writes = await watchWrites(shop.db);
  const before = await dumpDatabase(shop.db);
  const urls: string[] = [];
  for (const resource of shop.admin.resources) {
    const id = resource.id();
    const list = `${ADMIN_PATH}/api/resources/${id}/actions/list`;
    for (const prop of resource.decorate().getProperties({ where: 'filter' })) {
      const path = prop.propertyPath;
      const ranged = ['date', 'datetime', 'number', 'currency'].includes(prop.type());
      for (const { value } of QUERY_VALUES) {
        const v = encodeURIComponent(value);
        urls.push(`${list}?filters.${path}=${v}`);
        if (ranged) urls.push(`${list}?filters.${path}~~from=${v}&filters.${path}~~to=${v}`);
        urls.push(`${ADMIN_PATH}/api/export/${id}.csv?filters.${path}=${v}`);
      }
    }
    for (const { value } of QUERY_VALUES) {
      const v = encodeURIComponent(value);
      urls.push(`${list}?sortBy=${v}`, `${list}?direction=${v}`, `${list}?page=${v}`, `${list}?perPage=${v}`);
      urls.push(`${ADMIN_PATH}/api/resources/${id}/search/${v}`);
      urls.push(`${ADMIN_PATH}/api/export/${id}.csv?ids=${v}`, `${ADMIN_PATH}/api/export/${id}.csv?columns=${v}`);
    }
  }
  const failures: string[] = [];
  const wrote: string[] = [];
  for (const url of urls) {
    const res = await owner.get(url).timeout(60_000);
    progress(`GET ${short(decodeURIComponent(url))} → ${res.status}`);
    if (res.status >= 500) failures.push(`GET ${decodeURIComponent(url).slice(0, 160)}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    const tables = await writes.take();
    if (tables.length) wrote.push(`${decodeURIComponent(url).slice(0, 160)}: ${tables.join(', ')}`);
  }
  console.log(`abuse suite (filters): ${urls.length} cases sent`);
  expect(failures).toEqual([]);
  expect(wrote).toEqual([]);
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
});
