// Changing one's own password: the current one first, the policy, other sessions logged out;
// the owner resets someone else's without it but needs their own for their own.
import { ADMIN_PATH, PASSWORD, browserAgent, startTestShop, type TestShop } from '../support/app.js';
import { THROTTLE } from '../../src/services/login-throttle.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

const change = (agent: Awaited<ReturnType<TestShop['login']>>, body: Record<string, string>) => agent.post(`${ADMIN_PATH}/api/account/password`).send(body);
const hashOf = async (id: number) => (await shop.db.prisma.staffUser.findUniqueOrThrow({ where: { id } })).passwordHash;
const list = `${ADMIN_PATH}/api/resources/Order/actions/list`;
const NEW = 'a much better passphrase 7';

test('a staff member changes their password with the current one; their other sessions end, this one goes on', async () => {
  const id = shop.staff.SUPPORT.id;
  const here = await shop.login('SUPPORT');
  const elsewhere = await shop.login('SUPPORT');
  const before = await hashOf(id);
  const refusals: Array<[Record<string, string>, string]> = [
    [{ currentPassword: 'wrong one', newPassword: NEW, confirmPassword: NEW }, 'current password is not right'],
    [{ currentPassword: PASSWORD, newPassword: 'short', confirmPassword: 'short' }, 'at least 12 characters'],
    [{ currentPassword: PASSWORD, newPassword: 'password1234', confirmPassword: 'password1234' }, 'too common'],
    [{ currentPassword: PASSWORD, newPassword: NEW, confirmPassword: NEW + 'x' }, 'confirmation differ'],
    [{ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }, 'different from the current'],
  ];
  for (const [body, message] of refusals) {
    const res = await change(here, body);
    expect([res.status, res.body.notice.message]).toEqual([422, expect.stringContaining(message)]);
  }
  expect(await hashOf(id)).toBe(before);

  const ok = await change(here, { currentPassword: PASSWORD, newPassword: NEW, confirmPassword: NEW });
  expect(ok.status).toBe(200);
  expect((await here.get(list)).status).toBe(200);
  expect((await elsewhere.get(list)).status).toBe(401);
  const login = (password: string) => browserAgent(shop.app).post(`${ADMIN_PATH}/login`).type('form').send({ email: shop.staff.SUPPORT.email, password });
  expect((await login(PASSWORD)).status).toBe(401);
  expect((await login(NEW)).status).toBe(302);
});

test('guessing the current password is throttled like a login', async () => {
  await shop.db.prisma.loginFailure.deleteMany();
  const agent = await shop.login('WAREHOUSE');
  for (let i = 0; i < THROTTLE.accountSlowAfter; i++) expect((await change(agent, { currentPassword: `guess ${i}`, newPassword: NEW, confirmPassword: NEW })).status).toBe(422);
  const res = await change(agent, { currentPassword: PASSWORD, newPassword: NEW, confirmPassword: NEW });
  expect(res.status).toBe(429);
  await shop.db.prisma.loginFailure.deleteMany();
});

test('logged out, the route refuses', async () => {
  expect((await browserAgent(shop.app).post(`${ADMIN_PATH}/api/account/password`).send({})).status).toBe(401);
});

test("the owner resets someone's password without theirs, but needs the current one for their own", async () => {
  const owner = await shop.login('OWNER');
  const edit = (id: number) => owner.post(`${ADMIN_PATH}/api/resources/StaffUser/records/${id}/edit`);
  const manager = shop.staff.MANAGER.id;
  const managerBefore = await hashOf(manager);
  expect((await edit(manager).field('password', 'reset by the owner 42')).status).toBe(200);
  expect(await hashOf(manager)).not.toBe(managerBefore);

  const me = shop.staff.OWNER.id;
  const mine = await hashOf(me);
  const refused = await edit(me).field('password', 'owner new passphrase 9');
  expect(JSON.stringify(refused.body)).toContain('give the current one');
  expect(await hashOf(me)).toBe(mine);
  await edit(me).field('password', 'owner new passphrase 9').field('currentPassword', 'not it');
  expect(await hashOf(me)).toBe(mine);
  await edit(me).field('password', 'owner new passphrase 9').field('currentPassword', PASSWORD);
  expect(await hashOf(me)).not.toBe(mine);
});
