// The PostgreSQL server goes away for a few seconds while requests run: each request gets a clean
// answer (503, JSON, within a bound), the server process stays up, and once the database is back the
// same process answers 200 again without a restart (the driver's pool opens new connections).
import { makeItem, makeOrder } from '../support/fixtures.js';
import { freshDatabase, killAll, logIn, startPgCluster, startServer, type FaultDb, type PgCluster } from './support.js';

let cluster: PgCluster;
let shop: FaultDb;

beforeAll(async () => {
  cluster = await startPgCluster();
  shop = await freshDatabase(cluster);
  const { item } = await makeItem(shop.db, { onHand: 50 });
  for (let i = 0; i < 3; i++) await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
}, 120_000);
afterAll(async () => {
  await killAll();
  await shop?.db.close();
  cluster?.stop();
});

const LIST = '/api/resources/Order/actions/list';

test('requests fail cleanly while the database is down, and the same process recovers by itself', async () => {
  const server = await startServer(shop.url);
  const session = await logIn(server.base);
  expect((await session.request('GET', LIST)).status).toBe(200);

  // Requests already running when the server stops, and requests sent while it is down.
  const inFlight = Array.from({ length: 6 }, (_, i) => session.request('GET', `${LIST}?page=${i + 1}`, undefined, { signal: AbortSignal.timeout(30_000) }));
  cluster.pause();
  try {
    const during: Array<{ status: number; body: unknown }> = [];
    for (const path of [LIST, '/api/resources/Product/actions/list', '/api/resources/Order/records/1/show']) {
      during.push(await session.request('GET', path, undefined, { signal: AbortSignal.timeout(30_000) }));
    }
    during.push(await session.request('POST', '/api/orders/bulk/archive', { orderIds: [1] }, { signal: AbortSignal.timeout(30_000) }));
    for (const res of during) {
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ notice: { message: expect.stringMatching(/database/i), type: 'error' } });
    }
    const settled = await Promise.all(inFlight);
    if (settled.some((r) => r.status !== 200 && r.status !== 503)) console.log(server.output());
    expect(settled.map((r) => r.status).filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(server.exited()).toBe(false);
  } finally {
    cluster.resume();
  }

  // Back: the same process answers again; nothing was half-written by the refused archive.
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
    status = (await session.request('GET', LIST, undefined, { signal: AbortSignal.timeout(30_000) })).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 200));
  }
  expect(status).toBe(200);
  expect(server.exited()).toBe(false);
  expect(await shop.db.prisma.order.count({ where: { archivedAt: { not: null } } })).toBe(0);
  const archive = await session.request('POST', '/api/orders/bulk/archive', { orderIds: [1] });
  expect(archive.status).toBe(200);
  expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
  await server.kill('SIGTERM');
}, 120_000);
