import request from 'supertest';
import { ADMIN_PATH, PASSWORD, browserAgent, startTestShop, type TestShop } from '../support/app.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
  const base = Date.UTC(2026, 0, 10);
  for (const [i, day] of [3, 1, 5, 2, 4].entries()) {
    await shop.db.prisma.order.create({
      data: { number: 1001 + i, name: `#${1001 + i}`, email: `c${i}@x.test`, subtotalCents: 1000, totalCents: 1000, createdAt: new Date(base + day * 86_400_000) },
    });
  }
});
afterAll(() => shop.stop());

const listPath = `${ADMIN_PATH}/api/resources/Order/actions/list`;

test('the admin API refuses calls without a session', async () => {
  const res = await request(shop.app).get(listPath);
  expect(res.status).toBe(401);
  expect(JSON.stringify(res.body)).not.toContain('#1001');
  const page = await request(shop.app).get(ADMIN_PATH);
  expect(page.status).toBe(302);
  expect(page.headers.location).toBe(`${ADMIN_PATH}/login`);
});

test('a wrong password is refused and opens no session', async () => {
  const agent = browserAgent(shop.app);
  const res = await agent.post(`${ADMIN_PATH}/login`).type('form').send({ email: shop.staff.OWNER.email, password: 'not the password' });
  expect(res.status).toBe(401);
  expect(res.text).toContain('form');
  expect((await agent.get(listPath)).status).toBe(401);
  const unknown = await agent.post(`${ADMIN_PATH}/login`).type('form').send({ email: 'nobody@shop.test', password: PASSWORD });
  expect(unknown.status).toBe(401);
});

test('the right password logs in, with a new session id, and orders come newest first', async () => {
  const agent = browserAgent(shop.app);
  const first = await agent.post(`${ADMIN_PATH}/login`).type('form').send({ email: shop.staff.OWNER.email.toUpperCase(), password: PASSWORD });
  expect(first.status).toBe(302);
  const cookieA = String(first.headers['set-cookie']);
  expect(cookieA).toMatch(/counter\.sid=.*HttpOnly.*SameSite=Lax/i);

  const list = await agent.get(listPath);
  expect(list.status).toBe(200);
  expect(list.body.records.map((r: { params: { name: string } }) => r.params.name)).toEqual(['#1003', '#1005', '#1001', '#1004', '#1002']);

  // Logging in again on the same browser issues another id; the old one is dead.
  const second = await agent.post(`${ADMIN_PATH}/login`).type('form').send({ email: shop.staff.OWNER.email, password: PASSWORD });
  const cookieB = String(second.headers['set-cookie']);
  const sid = (c: string) => /counter\.sid=([^;]+)/.exec(c)?.[1];
  expect(sid(cookieB)).toBeTruthy();
  expect(sid(cookieB)).not.toBe(sid(cookieA));
  const stale = await request(shop.app).get(listPath).set('Cookie', `counter.sid=${sid(cookieA)}`);
  expect(stale.status).toBe(401);
});

test('a support user is refused an owner-only action through the API, and nothing changes', async () => {
  const support = await shop.login('SUPPORT');
  expect((await support.get(`${ADMIN_PATH}/api/resources/StaffUser/actions/list`)).status).toBe(403);
  const before = await shop.db.prisma.staffUser.count();
  const res = await support.post(`${ADMIN_PATH}/api/resources/StaffUser/actions/new`).field('email', 'intruder@shop.test').field('name', 'X').field('role', 'OWNER').field('password', 'a long enough password');
  expect(res.status).toBe(403);
  expect(await shop.db.prisma.staffUser.count()).toBe(before);
  // …while orders, which support staff work on, are open to them.
  expect((await support.get(listPath)).status).toBe(200);
});

test('password hashes never leave the server', async () => {
  const owner = await shop.login('OWNER');
  const list = await owner.get(`${ADMIN_PATH}/api/resources/StaffUser/actions/list`);
  expect(list.status).toBe(200);
  expect(list.body.records.length).toBe(4);
  const show = await owner.get(`${ADMIN_PATH}/api/resources/StaffUser/records/${shop.staff.SUPPORT.id}/show`);
  for (const body of [JSON.stringify(list.body), JSON.stringify(show.body)]) {
    expect(body).not.toMatch(/passwordHash|\$2b\$/);
  }
});

test('logout ends the session', async () => {
  const agent = await shop.login('MANAGER');
  expect((await agent.get(listPath)).status).toBe(200);
  const out = await agent.get(`${ADMIN_PATH}/logout`);
  expect(out.status).toBe(302);
  expect((await agent.get(listPath)).status).toBe(401);
  expect(await shop.db.prisma.session.count({ where: { data: { contains: shop.staff.MANAGER.email } } })).toBe(0);
});

test('every list offers Export CSV to the roles that may read it', async () => {
  const warehouse = await shop.login('WAREHOUSE');
  expect((await warehouse.get(`${ADMIN_PATH}/api/resources/Order/actions/exportCsv`)).status).toBe(200);
  expect((await warehouse.get(`${ADMIN_PATH}/api/resources/Customer/actions/exportCsv`)).status).toBe(403);
});
