// The 12-hour absolute session timeout on its own: the password has not changed since long before the
// login, the session was used a moment ago (idle timeout far away); only its age since login decides.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
  // Passwords set long ago: the "password changed since login" rule cannot fire, whatever authAt says.
  await shop.db.prisma.staffUser.updateMany({ data: { passwordChangedAt: new Date('2020-01-01T00:00:00Z') } });
});
afterAll(() => shop.stop());

const HOUR = 60 * 60 * 1000;
const list = `${ADMIN_PATH}/api/resources/Order/actions/list`;

/** Moves every session's login time `ms` into the past; nothing else in the session changes. */
async function loggedInAgo(ms: number) {
  for (const row of await shop.db.prisma.session.findMany()) {
    const data = JSON.parse(row.data) as { authAt?: number };
    if (data.authAt) await shop.db.prisma.session.update({ where: { id: row.id }, data: { data: JSON.stringify({ ...data, authAt: Date.now() - ms }) } });
  }
}

async function sessionsOf(email: string) {
  return shop.db.prisma.session.count({ where: { data: { contains: email }, expiresAt: { gt: new Date() } } });
}

test('11 h 59 min after login a busy session still works', async () => {
  const agent = await shop.login('MANAGER');
  await loggedInAgo(12 * HOUR - 60_000);
  expect((await agent.get(list)).status).toBe(200);
  expect((await agent.get(list)).status).toBe(200);
  await shop.db.prisma.session.deleteMany();
});

test('12 h 01 min after login the next API request is refused, though the session was used a second ago', async () => {
  const agent = await shop.login('OWNER');
  expect((await agent.get(list)).status).toBe(200); // recently active: the idle timeout is two hours away
  expect(await sessionsOf(shop.staff.OWNER.email)).toBe(1);
  await loggedInAgo(12 * HOUR + 60_000);
  expect((await agent.get(list)).status).toBe(401);
  expect(await sessionsOf(shop.staff.OWNER.email)).toBe(0); // the session is gone, not merely refused once
  expect((await agent.get(list)).status).toBe(401);
});

test('12 h 01 min after login a page request is sent back to the login page', async () => {
  const agent = await shop.login('SUPPORT');
  expect((await agent.get(`${ADMIN_PATH}/resources/Order`)).status).toBe(200);
  await loggedInAgo(12 * HOUR + 60_000);
  const page = await agent.get(`${ADMIN_PATH}/resources/Order`);
  expect(page.status).toBe(302);
  expect(page.headers.location).toBe(`${ADMIN_PATH}/login`);
});
