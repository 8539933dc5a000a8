// Who gets in and what a foreign page can make a logged-in browser do: login throttling, cross-site
// request forgery, and sessions that end (idle, absolute, password change, disabled account).
import request from 'supertest';
import { ADMIN_PATH, PASSWORD, TEST_HOST, browserAgent, startTestShop, type TestShop } from '../support/app.js';
import { THROTTLE, accountDelayMs } from '../../src/services/login-throttle.js';
import { SESSION_ABSOLUTE_MS } from '../../src/admin/login-routes.js';

let shop: TestShop;
let warned: string[];
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());
beforeEach(async () => {
  await shop.db.prisma.loginFailure.deleteMany();
  warned = [];
  console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
});
const consoleWarn = console.warn;
afterEach(() => {
  console.warn = consoleWarn;
});

const loginAs = (agent: ReturnType<typeof browserAgent>, email: string, password: string) =>
  agent.post(`${ADMIN_PATH}/login`).type('form').send({ email, password });

/** Moves every recorded failure back in time, as if the manager had waited. */
async function wait(ms: number) {
  for (const f of await shop.db.prisma.loginFailure.findMany()) {
    await shop.db.prisma.loginFailure.update({ where: { id: f.id }, data: { createdAt: new Date(f.createdAt.getTime() - ms) } });
  }
}

describe('login throttling', () => {
  test('an account is slowed after a few failures, then locked; the wait lifts it; failures are logged', async () => {
    const email = shop.staff.MANAGER.email;
    const attacker = browserAgent(shop.app);
    for (let i = 0; i < THROTTLE.accountSlowAfter; i++) expect((await loginAs(attacker, email, `guess ${i}`)).status).toBe(401);
    expect(warned.filter((w) => w.includes('login failed') && w.includes(email))).toHaveLength(THROTTLE.accountSlowAfter);

    // Slowed: even the right password is not looked at until the delay has passed.
    const slowed = await loginAs(browserAgent(shop.app), email, PASSWORD);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    expect(slowed.text).toContain('wait before trying again');

    // Failures up to the lock, each after its delay.
    for (let i = THROTTLE.accountSlowAfter; i < THROTTLE.accountLockAfter; i++) {
      await wait(accountDelayMs(i));
      expect((await loginAs(attacker, email, `guess ${i}`)).status).toBe(401);
    }
    const locked = await loginAs(browserAgent(shop.app), email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.text).toContain('locked');

    await wait(THROTTLE.windowMs);
    expect((await loginAs(browserAgent(shop.app), email, PASSWORD)).status).toBe(302);
    expect(await shop.db.prisma.loginFailure.count({ where: { email } })).toBe(0); // a success forgets them
  });

  test("an attacker cannot lock the owner out of the owner's own browser", async () => {
    const email = shop.staff.OWNER.email;
    const ownersBrowser = browserAgent(shop.app);
    expect((await loginAs(ownersBrowser, email, PASSWORD)).status).toBe(302);
    await ownersBrowser.get(`${ADMIN_PATH}/logout`);

    const attacker = browserAgent(shop.app);
    for (let i = 0; i < THROTTLE.accountLockAfter; i++) {
      await wait(accountDelayMs(i));
      expect((await loginAs(attacker, email, `guess ${i}`)).status).toBe(401);
    }
    expect((await loginAs(attacker, email, PASSWORD)).status).toBe(429);
    expect((await loginAs(browserAgent(shop.app), email, PASSWORD)).status).toBe(429); // any other browser waits
    expect((await loginAs(ownersBrowser, email, PASSWORD)).status).toBe(302); // the known one does not
  });

  test('one address failing on many accounts is locked, whichever account it tries next', async () => {
    const agent = browserAgent(shop.app);
    for (let i = 0; i < THROTTLE.addressLockAfter; i++) expect((await loginAs(agent, `nobody${i}@shop.test`, 'x')).status).toBe(401);
    const res = await loginAs(agent, shop.staff.SUPPORT.email, PASSWORD);
    expect(res.status).toBe(429);
    expect(res.text).toContain('from this address');
  });

  test('a huge or malformed login is refused plainly', async () => {
    const agent = browserAgent(shop.app);
    const huge = await loginAs(agent, 'a'.repeat(20_000), 'x');
    expect(huge.status).toBe(413);
    const weird = await agent.post(`${ADMIN_PATH}/login`).type('form').send('email[]=a&password[x]=b');
    expect(weird.status).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  test('a state-changing request from another site, or with no origin at all, is refused and changes nothing', async () => {
    const owner = await shop.login('OWNER');
    const target = `${ADMIN_PATH}/api/resources/Customer/actions/new`;
    const forged = await owner.post(target).set('Origin', 'https://evil.example').field('firstName', 'Eve').field('lastName', 'X').field('email', 'eve@evil.example');
    expect(forged.status).toBe(403);
    const referer = await owner.post(target).set('Origin', '').set('Referer', 'https://evil.example/page').field('firstName', 'Eve').field('lastName', 'X').field('email', 'eve@evil.example');
    expect(referer.status).toBe(403);
    const login = await loginAs(browserAgent(shop.app), shop.staff.OWNER.email, PASSWORD);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const bare = await request(shop.app).post(target).set('Host', TEST_HOST).set('Cookie', cookie).field('firstName', 'Eve').field('lastName', 'X').field('email', 'eve@evil.example');
    expect(bare.status).toBe(403);
    const bulk = await owner.post(`${ADMIN_PATH}/api/orders/bulk/archive`).set('Origin', 'null').send({ orderIds: [1] });
    expect(bulk.status).toBe(403);
    expect(await shop.db.prisma.customer.count({ where: { email: 'eve@evil.example' } })).toBe(0);

    // The same request from the admin's own page goes through.
    const ok = await owner.post(target).field('firstName', 'Eve').field('lastName', 'Real').field('email', 'eve@shop.test');
    expect(ok.status).toBe(200);
    expect(await shop.db.prisma.customer.count({ where: { email: 'eve@shop.test' } })).toBe(1);
  });

  test('a login posted from another site is refused (login CSRF)', async () => {
    const res = await request(shop.app).post(`${ADMIN_PATH}/login`).set('Host', TEST_HOST).set('Origin', 'https://evil.example').type('form').send({ email: shop.staff.OWNER.email, password: PASSWORD });
    expect(res.status).toBe(403);
  });

  test('an export opened from another site does not run; a link to a page from elsewhere still opens', async () => {
    const manager = await shop.login('MANAGER');
    const exported = await manager.get(`${ADMIN_PATH}/api/export/Customer.csv?filters.minOrders=0`).set('Sec-Fetch-Site', 'cross-site').set('Sec-Fetch-Mode', 'no-cors');
    expect(exported.status).toBe(403);
    const page = await manager.get(`${ADMIN_PATH}/resources/Order`).set('Sec-Fetch-Site', 'cross-site').set('Sec-Fetch-Mode', 'navigate');
    expect(page.status).toBe(200);
  });
});

describe('sessions end', () => {
  const list = `${ADMIN_PATH}/api/resources/Order/actions/list`;

  test('when the staff password changes, every session of that person ends', async () => {
    const one = await shop.login('SUPPORT');
    const two = await shop.login('SUPPORT');
    const other = await shop.login('WAREHOUSE');
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.SUPPORT.id }, data: { passwordChangedAt: new Date(Date.now() + 1000) } });
    expect((await one.get(list)).status).toBe(401);
    expect((await two.get(list)).status).toBe(401);
    expect((await other.get(list)).status).toBe(200);
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.SUPPORT.id }, data: { passwordChangedAt: new Date(Date.now() - 60_000) } });
  });

  test('when a staff member is disabled, their sessions end and they cannot log in', async () => {
    const agent = await shop.login('WAREHOUSE');
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { active: false } });
    expect((await agent.get(list)).status).toBe(401);
    expect((await loginAs(browserAgent(shop.app), shop.staff.WAREHOUSE.email, PASSWORD)).status).toBe(401);
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { active: true } });
  });

  test('a session ends at the absolute timeout however busy it is, and a role change applies at once', async () => {
    const agent = await shop.login('MANAGER');
    expect((await agent.get(list)).status).toBe(200);
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { role: 'WAREHOUSE' } });
    expect((await agent.get(`${ADMIN_PATH}/api/resources/Customer/actions/list`)).status).toBe(403);
    await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { role: 'MANAGER' } });
    expect((await agent.get(`${ADMIN_PATH}/api/resources/Customer/actions/list`)).status).toBe(200);

    for (const row of await shop.db.prisma.session.findMany()) {
      const data = JSON.parse(row.data) as { authAt?: number };
      if (data.authAt) await shop.db.prisma.session.update({ where: { id: row.id }, data: { data: JSON.stringify({ ...data, authAt: data.authAt - SESSION_ABSOLUTE_MS - 1 }) } });
    }
    expect((await agent.get(list)).status).toBe(401);
  });

  test('the cookie ends an idle session: it lives two hours and each request renews it', async () => {
    const agent = browserAgent(shop.app);
    const res = await loginAs(agent, shop.staff.OWNER.email, PASSWORD);
    const sid = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('counter.sid='))!;
    const expires = new Date(/Expires=([^;]+)/i.exec(sid)![1]).getTime();
    expect(Math.abs(expires - Date.now() - 2 * 3600_000)).toBeLessThan(60_000);
    const row = await shop.db.prisma.session.findFirstOrThrow({ orderBy: { expiresAt: 'desc' } });
    expect(Math.abs(row.expiresAt.getTime() - Date.now() - 2 * 3600_000)).toBeLessThan(60_000);
  });
});
