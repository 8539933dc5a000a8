// Backpressure: an export goes no faster than its reader takes it. A client that stops reading stops
// the database reads (memory holds a page or two, whatever the export's size), and a slow client gets
// the same bytes as a fast one.
import http from 'node:http';
import { Writable } from 'node:stream';
import request from 'supertest';
import type { RowReader } from '../../src/db/reader.js';
import { prepareExport } from '../../src/services/export/export.js';
import { ORDER_PAGE } from '../../src/services/export/orders.js';
import { ADMIN_PATH, PASSWORD, fromAdmin, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeManyOrders } from '../support/fixtures.js';
import { listen } from '../support/listen.js';
import { exportUrl, readCsv } from './support.js';

const ORDERS = 2_000; // ten pages
const PAGES = ORDERS / ORDER_PAGE + 1; // the last, empty page says it is over

let shop: TestShop;
let server: Awaited<ReturnType<typeof listen>>;
let realReader: () => RowReader;
let pagesRead = 0;

beforeAll(async () => {
  shop = await startTestShop();
  const { item } = await makeItem(shop.db, { onHand: ORDERS });
  await makeManyOrders(shop.db, ORDERS, item.id);
  realReader = shop.db.reader;
  const reader = realReader();
  // The app's own reader, with its order pages counted.
  const counted: RowReader = { ...reader, rows: (sql, params) => (/ FROM "Order"/.test(sql) && pagesRead++, reader.rows(sql, params)) };
  shop.db.reader = () => counted;
  server = await listen(shop.app);
});
afterAll(async () => {
  await server.close();
  shop.db.reader = realReader;
  await shop.stop();
});
beforeEach(() => {
  pagesRead = 0;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** A stream that holds every write until `release()`: a client that has stopped reading. */
function stalledClient() {
  const held: (() => void)[] = [];
  let bytes = 0;
  const out = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      held.push(done);
    },
  });
  return {
    out,
    bytes: () => bytes,
    /** From now on the client reads again, a write per turn of the event loop. */
    release() {
      out._write = (chunk: Buffer, _encoding, done) => {
        bytes += chunk.length;
        setImmediate(done);
      };
      for (const done of held.splice(0)) done();
    },
  };
}

test('a client that stops reading stops the reading of pages; it goes on when the client does', async () => {
  const client = stalledClient();
  const prepared = await prepareExport(shop.db, { resourceId: 'Order', filters: {} }, new AbortController().signal);
  const written = prepared.writeTo(client.out);
  await settle();
  // The first page was written and not taken: the export waits. PostgreSQL reads two pages ahead.
  const readWhileStalled = pagesRead;
  expect(readWhileStalled).toBeLessThanOrEqual(shop.db.provider === 'postgresql' ? 3 : 1);
  const bytesWhileStalled = client.bytes();
  expect(bytesWhileStalled).toBeGreaterThan(0);
  await settle();
  expect(pagesRead).toBe(readWhileStalled);
  expect(client.bytes()).toBe(bytesWhileStalled);

  client.release();
  expect(await written).toBe(ORDERS); // makeManyOrders gives each order one line
  expect(pagesRead).toBe(PAGES);
});

/** A logged-in session cookie, for requests made with node:http. */
async function cookie(): Promise<string> {
  const res = await request(shop.app).post(`${ADMIN_PATH}/login`).use(fromAdmin).type('form').send({ email: shop.staff.MANAGER.email, password: PASSWORD });
  const cookies = res.headers['set-cookie'] as unknown as string[];
  return cookies.find((c) => c.startsWith('counter.sid='))!.split(';')[0];
}

/** The download read a chunk at a time with a pause after each, as a slow network would. */
function slowDownload(path: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers }, (res) => {
        expect(res.statusCode).toBe(200);
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          res.pause();
          setTimeout(() => res.resume(), 2);
        });
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

test('a slow client gets the same bytes as a fast one, in both dialects', async () => {
  const headers = { cookie: await cookie() };
  for (const query of ['', 'excel=1']) {
    const fast = await request(server.url).get(exportUrl('Order', query)).set(headers).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(fast.status).toBe(200);
    const slow = await slowDownload(exportUrl('Order', query), headers);
    expect(slow.length).toBeGreaterThan(ORDERS * 100);
    expect(slow.equals(fast.body as Buffer)).toBe(true);
  }
});

test('a row longer than a write chunk (a novel in the notes) comes out whole, in its place', async () => {
  const [first, second] = await shop.db.prisma.order.findMany({ orderBy: { id: 'asc' }, take: 2 });
  const novel = 'Once upon a time, “été” 😀 '.repeat(12_000); // ~300,000 characters, multi-byte ones too
  await shop.db.prisma.order.update({ where: { id: first.id }, data: { note: novel } });
  try {
    const agent = await shop.login('MANAGER');
    const { rows } = readCsv(await agent.get(exportUrl('Order', 'columns=Name,Notes')));
    expect(rows).toHaveLength(ORDERS);
    expect(rows[0]).toEqual({ Name: first.name, Notes: novel });
    expect(rows[1].Name).toBe(second.name);
  } finally {
    await shop.db.prisma.order.update({ where: { id: first.id }, data: { note: first.note } });
  }
});
