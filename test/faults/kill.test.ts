// The server process killed (SIGKILL) in the middle of a 10,000-order bulk fulfil and of a large CSV
// import, on SQLite and on PostgreSQL: after a restart every order is fully fulfilled or untouched,
// stock equals its movements, nothing is duplicated, and the same request then completes once.
import { existsSync, statSync } from 'node:fs';
import pg from 'pg';
import { makeItem, makeManyOrders } from '../support/fixtures.js';
import { csvFile, PRODUCT_HEADER } from '../support/product-dump.js';
import type { Database } from '../../src/db/client.js';
import { freshDatabase, killAll, logIn, startPgCluster, startServer, until, type FaultDb, type PgCluster } from './support.js';

const ORDERS = 10_000;
const PRODUCTS = 5_000;
let cluster: PgCluster;
let scenarios = 0;

beforeAll(async () => {
  cluster = await startPgCluster();
}, 120_000);
afterAll(async () => {
  await killAll();
  cluster?.stop();
  console.log(`fault tests (kill): ${scenarios} kill scenarios, nothing lost or duplicated`);
});

/** True once the server's transaction has written something (the point worth killing at). */
function transactionWriting(shop: FaultDb): () => Promise<boolean> {
  if (shop.file) {
    const file = shop.file;
    return async () => existsSync(`${file}-journal`) || (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0);
  }
  const url = shop.url;
  const database = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  const connected = client.connect();
  return async () => {
    await connected;
    const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL', [database]);
    if (rows[0].n > 0) await client.end();
    return rows[0].n > 0;
  };
}

/** Every order fully fulfilled once or untouched; stock = Σ movements; returns how many are fulfilled. */
async function checkOrders(db: Database, ids: number[], itemId: number): Promise<number> {
  const p = db.prisma;
  const byOrder = (rows: Array<{ orderId: number | null }>) => {
    const m = new Map<number, number>();
    for (const r of rows) m.set(r.orderId!, (m.get(r.orderId!) ?? 0) + 1);
    return m;
  };
  const fulfillments = byOrder(await p.fulfillment.findMany({ select: { orderId: true } }));
  const movements = byOrder(await p.stockMovement.findMany({ where: { reason: 'FULFILLMENT' }, select: { orderId: true } }));
  const mails = byOrder(await p.mailMessage.findMany({ where: { kind: 'shipping-confirmation' }, select: { orderId: true } }));
  const orders = await p.order.findMany({ where: { id: { in: ids.slice(0, 1) } }, select: { id: true } }); // ids exist
  expect(orders).toHaveLength(1);
  const statuses = new Map((await p.order.findMany({ select: { id: true, fulfillmentStatus: true } })).map((o) => [o.id, o.fulfillmentStatus]));
  const lines = new Map((await p.orderLine.findMany({ select: { orderId: true, quantity: true, fulfilledQuantity: true } })).map((l) => [l.orderId, l]));
  const wrong: string[] = [];
  let fulfilled = 0;
  for (const id of ids) {
    const line = lines.get(id)!;
    const done = [statuses.get(id) === 'FULFILLED', fulfillments.get(id) === 1, line.fulfilledQuantity === line.quantity, movements.get(id) === 1, mails.get(id) === 1];
    const none = [statuses.get(id) === 'UNFULFILLED', !fulfillments.has(id), line.fulfilledQuantity === 0, !movements.has(id), !mails.has(id)];
    if (done.every(Boolean)) fulfilled++;
    else if (!none.every(Boolean)) wrong.push(`order ${id}: ${JSON.stringify({ status: statuses.get(id), fulfillments: fulfillments.get(id), line, movements: movements.get(id), mails: mails.get(id) })}`);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
  await checkStock(db);
  const item = await p.inventoryItem.findUniqueOrThrow({ where: { id: itemId } });
  expect({ onHand: item.onHand, committed: item.committed }).toEqual({ onHand: 12_000 - fulfilled, committed: ORDERS - fulfilled });
  return fulfilled;
}

/** For every stock item: on hand and committed equal the sums of its movements. */
async function checkStock(db: Database) {
  const sums = new Map((await db.prisma.stockMovement.groupBy({ by: ['inventoryItemId'], _sum: { onHandDelta: true, committedDelta: true } })).map((s) => [s.inventoryItemId, s._sum]));
  const off = (await db.prisma.inventoryItem.findMany({ select: { id: true, onHand: true, committed: true } }))
    .filter((i) => i.onHand !== (sums.get(i.id)?.onHandDelta ?? 0) || i.committed !== (sums.get(i.id)?.committedDelta ?? 0));
  expect(off).toEqual([]);
}

describe.each(['sqlite', 'postgresql'] as const)('on %s', (provider) => {
  test('killed during a 10,000-order bulk fulfil: every order fulfilled or untouched, then fulfilled exactly once', async () => {
    const shop = await freshDatabase(provider === 'postgresql' ? cluster : undefined);
    try {
      const { item } = await makeItem(shop.db, { onHand: 12_000, sku: 'KILL-FULFIL' });
      const ids = await makeManyOrders(shop.db, ORDERS, item.id);
      const server = await startServer(shop.url);
      const session = await logIn(server.base);
      const writing = transactionWriting(shop);
      let answered = false;
      const request = session.request('POST', '/api/orders/bulk/fulfil', { orderIds: ids, carrier: 'DPD' }).then(() => (answered = true), () => undefined);
      await until(writing, 60_000, 'the fulfil transaction to write');
      await server.kill('SIGKILL');
      await request;
      expect(answered).toBe(false); // killed before the answer: in the middle of the work
      scenarios++;

      const restarted = await startServer(shop.url);
      try {
        expect(await checkOrders(shop.db, ids, item.id)).toBe(0); // one transaction: nothing of it survived
        const again = await (await logIn(restarted.base)).request('POST', '/api/orders/bulk/fulfil', { orderIds: ids, carrier: 'DPD' });
        expect(again.status).toBe(200);
        expect(await checkOrders(shop.db, ids, item.id)).toBe(ORDERS);
        // A retry of the same request after it succeeded changes nothing.
        const twice = await (await logIn(restarted.base)).request('POST', '/api/orders/bulk/fulfil', { orderIds: ids.slice(0, 100) });
        expect((twice.body as { result: { done: unknown[] } }).result.done).toHaveLength(0);
        expect(await checkOrders(shop.db, ids, item.id)).toBe(ORDERS);
      } finally {
        await restarted.kill('SIGTERM');
      }
    } finally {
      await shop.drop();
    }
  }, 240_000);

  test('killed during a CSV import of 5,000 products: nothing or everything imported, then imported once', async () => {
    const shop = await freshDatabase(provider === 'postgresql' ? cluster : undefined);
    try {
      await makeItem(shop.db, { onHand: 3, sku: 'KEEP-1' }); // an existing shop (and no demo data at start)
      const rows = Array.from({ length: PRODUCTS }, (_, i) => [`fault-${i}`, `Fault product ${i}`, 'active', 'Acme', '', '', `FAULT-${i}`, '', '9.90', '', '', '', 5]);
      const file = csvFile([PRODUCT_HEADER, ...rows]);
      const upload = () => {
        const form = new FormData();
        form.set('dryRun', 'false');
        form.set('file', new Blob([new Uint8Array(file)], { type: 'text/csv' }), 'products.csv');
        return form;
      };
      const server = await startServer(shop.url);
      const session = await logIn(server.base);
      const writing = transactionWriting(shop);
      let answered = false;
      const request = session.request('POST', '/api/resources/Product/actions/importCsv', undefined, { form: upload() }).then(() => (answered = true), () => undefined);
      await until(writing, 60_000, 'the import transaction to write');
      await server.kill('SIGKILL');
      await request;
      expect(answered).toBe(false);
      scenarios++;

      const restarted = await startServer(shop.url);
      try {
        const imported = () => shop.db.prisma.product.count({ where: { handle: { startsWith: 'fault-' } } });
        expect(await imported()).toBe(0);
        expect(await shop.db.prisma.stockMovement.count({ where: { reason: 'IMPORT' } })).toBe(0);
        await checkStock(shop.db);
        const again = await (await logIn(restarted.base)).request('POST', '/api/resources/Product/actions/importCsv', undefined, { form: upload() });
        expect(again.status).toBe(200);
        expect(await imported()).toBe(PRODUCTS);
        // The same file once more: matched by handle, nothing created or moved twice.
        const twice = await (await logIn(restarted.base)).request('POST', '/api/resources/Product/actions/importCsv', undefined, { form: upload() });
        expect((twice.body as { report: { creates: number; unchanged: number } }).report).toMatchObject({ creates: 0, unchanged: PRODUCTS });
        expect(await imported()).toBe(PRODUCTS);
        expect(await shop.db.prisma.stockMovement.count({ where: { reason: 'IMPORT' } })).toBe(PRODUCTS);
        expect(await shop.db.prisma.inventoryItem.count({ where: { sku: { startsWith: 'FAULT-' } } })).toBe(PRODUCTS);
        await checkStock(shop.db);
      } finally {
        await restarted.kill('SIGTERM');
      }
    } finally {
      await shop.drop();
    }
  }, 240_000);
});
