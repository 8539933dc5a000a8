// Two app instances on one PostgreSQL database (as behind a load balancer): a screen setting saved
// or reset through instance A shows on instance B's next request, and B's API enforces the narrowed
// roles. On SQLite there is one database file per app, so the test is skipped there.
import { seedShop } from '../../prisma/seed/demo.js';
import { createApp, type CounterApp } from '../../src/app.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { hashPassword } from '../../src/services/passwords.js';
import { ADMIN_PATH, PASSWORD, browserAgent } from '../support/app.js';
import { createTestDatabase, testProvider, type TestDatabase } from '../support/database.js';
import { listColumns, pageState, saveScreen } from '../support/screens.js';

const onPostgres = testProvider() === 'postgresql' ? describe : describe.skip;

onPostgres('screen settings with two app instances on one PostgreSQL (skipped on SQLite: one file, one instance)', () => {
  let db: TestDatabase;
  let secondClient: Database;
  let a: CounterApp;
  let b: CounterApp;
  let orderId: number;

  const instance = (database: Database) =>
    createApp({ config: { adminPath: ADMIN_PATH, trustProxy: false }, db: database, sessionSecret: 'test-secret-'.padEnd(40, 'x') });
  const login = async (app: CounterApp, email: string) => {
    const agent = browserAgent(app.app);
    const res = await agent.post(`${ADMIN_PATH}/login`).type('form').send({ email, password: PASSWORD });
    if (res.status !== 302) throw new Error(`login failed: HTTP ${res.status}`);
    return agent;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedShop(db.prisma, { orders: 5, seed: 7, provider: db.provider });
    const passwordHash = await hashPassword(PASSWORD);
    await db.prisma.staffUser.create({ data: { email: 'owner@shop.test', name: 'Owner', role: 'OWNER', passwordHash } });
    await db.prisma.staffUser.create({ data: { email: 'manager@shop.test', name: 'Manager', role: 'MANAGER', passwordHash } });
    orderId = (await db.prisma.order.findFirstOrThrow()).id;
    secondClient = openDatabase(db.target); // B has its own connection pool, as another process would
    a = instance(db);
    b = instance(secondClient);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await secondClient.close();
    await db.drop();
  });

  test('a change through A is visible on B at its next request, and so is a reset', async () => {
    const ownerOnA = await login(a, 'owner@shop.test');
    const managerOnB = await login(b, 'manager@shop.test');
    const refundOnB = `${ADMIN_PATH}/api/resources/Order/records/${orderId}/refund`;
    const before = listColumns(await pageState(managerOnB));
    expect(before).toContain('financialStatus');
    expect((await managerOnB.get(refundOnB)).status).toBe(200);

    const saved = await saveScreen(ownerOnA, 'Order', { list: ['name', 'email'], perPage: 2, actions: { refund: { roles: ['OWNER'] } } });
    expect(saved.status).toBe(200);

    expect(listColumns(await pageState(managerOnB))).toEqual(['name', 'email']);
    expect((await managerOnB.get(`${ADMIN_PATH}/api/resources/Order/actions/list`)).body.meta.perPage).toBe(2);
    expect((await managerOnB.get(refundOnB)).status).toBe(403);

    const reset = await ownerOnA.post(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/configure`).type('form').send({ resourceId: 'Order', reset: 'true' });
    expect(reset.status).toBe(200);
    expect(listColumns(await pageState(managerOnB))).toEqual(before);
    expect((await managerOnB.get(refundOnB)).status).toBe(200);
  });
});
