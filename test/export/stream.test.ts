// Streaming: pages are read as the client takes them, a client that leaves stops the reading,
// and a database failure answers 500 before the first byte or breaks the download after it.
import http from 'node:http';
import request from 'supertest';
import type { RowReader } from '../../src/db/reader.js';
import { ORDER_PAGE } from '../../src/services/export/orders.js';
import { ADMIN_PATH, PASSWORD, fromAdmin, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeManyOrders } from '../support/fixtures.js';
import { listen } from '../support/listen.js';
import { exportUrl, readCsv } from './support.js';

const ORDERS = 10_000; // fifty pages of 200

let shop: TestShop;
let server: Awaited<ReturnType<typeof listen>>;
let realReader: () => RowReader;
let pagesRead = 0;
let failOnPage = Infinity;
let pageDelayMs = 0;

/** The app's row reader, with order pages counted (and failing on demand). */
function instrumented(reader: RowReader): RowReader {
  return {
    ...reader,
    async rows(sql, params) {
      if (/ FROM "Order"/.test(sql)) {
        if (++pagesRead >= failOnPage) throw new Error('database went away');
        await new Promise((resolve) => setTimeout(resolve, pageDelayMs));
      }
      return reader.rows(sql, params);
    },
  };
}

beforeAll(async () => {
  shop = await startTestShop();
  const { item } = await makeItem(shop.db, { onHand: ORDERS });
  await makeManyOrders(shop.db, ORDERS, item.id);
  realReader = shop.db.reader;
  const reader = instrumented(realReader());
  shop.db.reader = () => reader; // the routes read the shop's reader at each request
  server = await listen(shop.app);
});
afterAll(async () => {
  await server.close();
  shop.db.reader = realReader;
  await shop.stop();
});
beforeEach(() => {
  pagesRead = 0;
  failOnPage = Infinity;
  pageDelayMs = 0;
});

/** A logged-in session cookie, for requests made with node:http (to see the stream as it comes). */
async function cookie(): Promise<string> {
  const res = await request(shop.app).post(`${ADMIN_PATH}/login`).use(fromAdmin).type('form').send({ email: shop.staff.MANAGER.email, password: PASSWORD });
  expect(res.status).toBe(302);
  const cookies = res.headers['set-cookie'] as unknown as string[];
  return cookies.find((c) => c.startsWith('counter.sid='))!.split(';')[0];
}

function get(path: string, headers: Record<string, string>): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(`${server.url}${path}`, { headers }, resolve).on('error', reject));
}

test('the whole export, every page', async () => {
  const agent = await shop.login('MANAGER');
  const { rows } = readCsv(await agent.get(exportUrl('Order', 'columns=Name,Total')));
  expect(rows).toHaveLength(ORDERS);
  expect(new Set(rows.map((r) => r.Name)).size).toBe(ORDERS);
  expect(ORDER_PAGE).toBe(200);
  expect(pagesRead).toBe(ORDERS / ORDER_PAGE + 1); // the last, empty page says it is over
});

// The whole export fits in loopback socket buffers, so a slow database stands in for a big one.
test('a client that goes away stops the reading', async () => {
  pageDelayMs = 150;
  const res = await get(exportUrl('Order'), { cookie: await cookie() });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="orders-/);
  await new Promise((resolve) => res.once('data', resolve));
  res.destroy();
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // time for other pages, had it gone on
  expect(pagesRead).toBeLessThanOrEqual(2);
  expect((await request(shop.app).get('/health')).status).toBe(200); // still serving
});

test('a failure before the first byte is a 500 with a JSON notice', async () => {
  const agent = await shop.login('MANAGER');
  failOnPage = 1;
  const errors = console.error;
  console.error = () => {};
  try {
    const res = await agent.get(exportUrl('Order'));
    expect(res.status).toBe(500);
    expect(res.body.notice.type).toBe('error');
  } finally {
    console.error = errors;
  }
});

test('a failure mid-stream breaks the download instead of ending it as if complete', async () => {
  const headers = { cookie: await cookie() };
  failOnPage = 3;
  const logged: unknown[] = [];
  const errors = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    const res = await get(exportUrl('Order'), headers);
    expect(res.statusCode).toBe(200);
    const outcome = await new Promise<string>((resolve) => {
      res.on('data', () => {});
      res.on('end', () => resolve('complete'));
      res.on('error', () => resolve('broken'));
      res.on('aborted', () => resolve('broken'));
    });
    expect(outcome).toBe('broken');
    expect(JSON.stringify(logged)).toContain('export of Order failed mid-stream');
  } finally {
    console.error = errors;
  }
});
