// Settings → Screens through HTTP: a saved setting changes the next page load and the API without a
// restart (list columns, labels, rows per page, sort, menu group, actions per role with 403 on the
// API), an invalid one is refused and changes nothing, reset restores the code's defaults, every
// change leaves a history row, and only the owner gets in.
import { seedShop } from '../../prisma/seed/demo.js';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { listColumns, pageState, saveScreen } from '../support/screens.js';

let shop: TestShop;
let owner: Awaited<ReturnType<TestShop['login']>>;
let manager: Awaited<ReturnType<TestShop['login']>>;
let orderId: number;
const DEFAULT_ORDER_COLUMNS = ['name', 'createdAt', 'customer', 'email', 'totalCents', 'financialStatus', 'fulfillmentStatus', 'tags'];

beforeAll(async () => {
  shop = await startTestShop();
  await seedShop(shop.db.prisma, { orders: 12, seed: 5, provider: shop.db.provider });
  orderId = (await shop.db.prisma.order.findFirstOrThrow({ where: { financialStatus: 'PAID' } })).id;
  owner = await shop.login('OWNER');
  manager = await shop.login('MANAGER');
});
afterAll(() => shop.stop());

const listApi = (agent: typeof owner, query = '') => agent.get(`${ADMIN_PATH}/api/resources/Order/actions/list${query}`);

test('the code defaults apply until a setting is saved', async () => {
  expect(listColumns(await pageState(manager))).toEqual(DEFAULT_ORDER_COLUMNS);
  const res = await listApi(manager);
  expect(res.body.meta).toMatchObject({ perPage: 25, sortBy: 'createdAt', direction: 'desc' });
});

test('a saved setting changes the list columns, labels, sort, rows per page and menu group on the next request', async () => {
  const res = await saveScreen(owner, 'Order', {
    list: ['email', 'name', 'totalCents'],
    labels: { email: 'Customer email' },
    sort: { sortBy: 'totalCents', direction: 'asc' },
    perPage: 3,
    navigation: 'Sales',
  });
  expect(res.status).toBe(200);
  expect(res.body.notice).toMatchObject({ type: 'success' });

  const state = await pageState(manager);
  expect(listColumns(state)).toEqual(['email', 'name', 'totalCents']);
  expect(state.locale.translations.en.resources?.Order?.properties?.email).toBe('Customer email');
  expect(state.resources.find((r) => r.id === 'Order')!.navigation?.name).toBe('Sales');
  // Other resources keep theirs.
  expect(state.resources.find((r) => r.id === 'Product')!.navigation?.name).toBe('Catalog');

  const list = await listApi(manager);
  expect(list.status).toBe(200);
  expect(list.body.meta).toMatchObject({ perPage: 3, sortBy: 'totalCents', direction: 'asc' });
  expect(list.body.records).toHaveLength(3);
  const totals = list.body.records.map((r: { params: { totalCents: number } }) => r.params.totalCents);
  expect(totals).toEqual([...totals].sort((a: number, b: number) => a - b));
  // The page still asks for its own page size when the user picks one.
  expect((await listApi(manager, '?perPage=5')).body.records).toHaveLength(5);
  expect(shop.admin.findResource('Order').decorate().getListProperties().map((p) => p.propertyPath)).toEqual(['email', 'name', 'totalCents']);

  // The setting's record page: what it overrides, and its history.
  const row = await shop.db.prisma.screenSetting.findUniqueOrThrow({ where: { resourceId: 'Order' } });
  const page = await owner.get(`${ADMIN_PATH}/api/resources/ScreenSetting/records/${row.id}/show`);
  expect(page.status).toBe(200);
  expect(page.body.screen.summary).toEqual([
    'list columns: default → email, name, totalCents',
    'sort: default → totalCents asc',
    'rows per page: default → 3',
    'navigation: default → Sales',
    'label of email: default → Customer email',
  ]);
  expect(page.body.screen.history).toHaveLength(1);
});

test('an invalid setting is refused with its reason and changes nothing', async () => {
  const before = await shop.db.prisma.screenSetting.findUniqueOrThrow({ where: { resourceId: 'Order' } });
  const changes = await shop.db.prisma.screenSettingChange.count();
  for (const [settings, message] of [
    [{ list: ['email', 'secretSauce'] }, 'unknown field "secretSauce"'],
    [{ actions: { fly: { enabled: false } } }, 'unknown action "fly"'],
    [{ actions: { refund: { roles: ['OWNER', 'SUPPORT'] } } }, 'cannot be given to SUPPORT'],
    [{ edit: ['email', 'totalCents'] }, 'field "totalCents" cannot be on the edit form'],
    [{ perPage: 1000 }, 'rows per page is at most 500'],
    [{ show: ['name', 'email'] }, 'the record page is a screen of its own (OrderPage)'],
  ] as const) {
    const res = await saveScreen(owner, 'Order', settings);
    expect(res.status).toBe(422);
    expect(res.body.notice.message).toContain(message);
  }
  expect((await saveScreen(owner, 'Order', {}).send({ settings: '{not json' })).status).toBe(422);
  expect((await saveScreen(owner, 'ScreenSetting', { list: ['resourceId'] })).status).toBe(404);
  expect(await shop.db.prisma.screenSetting.findUniqueOrThrow({ where: { resourceId: 'Order' } })).toEqual(before);
  expect(await shop.db.prisma.screenSettingChange.count()).toBe(changes);
  expect(listColumns(await pageState(manager))).toEqual(['email', 'name', 'totalCents']);
});

test('an action taken from a role is refused on the API with 403 and disappears from its pages; a disabled one for everyone', async () => {
  const refundUrl = `${ADMIN_PATH}/api/resources/Order/records/${orderId}/refund`;
  expect((await manager.get(refundUrl)).status).toBe(200);
  const res = await saveScreen(owner, 'Order', { list: ['email', 'name', 'totalCents'], actions: { refund: { roles: ['OWNER'] }, exportCsv: { enabled: false } } });
  expect(res.status).toBe(200);
  expect((await manager.get(refundUrl)).status).toBe(403);
  const refused = await manager.post(refundUrl).type('form').send({ shippingCents: '0', idempotencyKey: 'k1' });
  expect(refused.status).toBe(403);
  expect(await shop.db.prisma.refund.count({ where: { orderId } })).toBe(0);
  expect((await owner.get(refundUrl)).status).toBe(200);
  // Export CSV is off for everyone: its button and its API.
  expect((await owner.get(`${ADMIN_PATH}/api/resources/Order/actions/exportCsv`)).status).toBe(403);
  expect((await owner.get(`${ADMIN_PATH}/api/export/Order.csv`)).status).toBe(403);
  expect((await pageState(owner)).resources.find((r) => r.id === 'Order')!.resourceActions.map((a) => a.name)).not.toContain('exportCsv');
  // Settings saved together replace each other: the earlier labels and rows per page are gone.
  expect((await listApi(manager)).body.meta.perPage).toBe(25);
});

test('reset restores the code defaults; each change is in the history with who made it', async () => {
  const reset = await owner.post(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/configure`).type('form').send({ resourceId: 'Order', reset: 'true' });
  expect(reset.status).toBe(200);
  expect(await shop.db.prisma.screenSetting.count({ where: { resourceId: 'Order' } })).toBe(0);
  expect(listColumns(await pageState(manager))).toEqual(DEFAULT_ORDER_COLUMNS);
  expect((await manager.get(`${ADMIN_PATH}/api/resources/Order/records/${orderId}/refund`)).status).toBe(200);
  expect((await listApi(manager)).body.meta).toMatchObject({ perPage: 25, sortBy: 'createdAt' });
  expect((await owner.get(`${ADMIN_PATH}/api/export/Order.csv`)).status).toBe(200);

  const history = await shop.db.prisma.screenSettingChange.findMany({ where: { resourceId: 'Order' }, orderBy: { id: 'asc' } });
  expect(history.map((h) => [h.staffUserId, h.before === null, h.after === null])).toEqual([
    [shop.staff.OWNER.id, true, false],
    [shop.staff.OWNER.id, false, false],
    [shop.staff.OWNER.id, false, true],
  ]);
  const view = await owner.get(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/configure`).query({ resourceId: 'Order' });
  expect(view.status).toBe(200);
  expect(view.body.screen.version).toBe(0);
  expect(view.body.screen.history[0]).toMatchObject({ reset: true, staff: expect.stringContaining(shop.staff.OWNER.email) });
  expect(view.body.screen.history[2].changes).toContain('list columns: default → email, name, totalCents');
});

test('only the owner reaches Settings → Screens', async () => {
  for (const role of ['MANAGER', 'SUPPORT', 'WAREHOUSE'] as const) {
    const agent = role === 'MANAGER' ? manager : await shop.login(role);
    expect((await agent.get(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/configure`).query({ resourceId: 'Order' })).status).toBe(403);
    expect((await saveScreen(agent, 'Order', { list: ['email'] })).status).toBe(403);
    expect((await agent.get(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/list`)).status).toBe(403);
  }
  expect(await shop.db.prisma.screenSetting.count()).toBe(0);
  expect((await owner.get(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/configure`)).body.screens.map((s: { id: string }) => s.id)).toContain('Order');
});

test('a stored setting the code no longer allows (a field removed since) falls back to the code defaults', async () => {
  const before = listColumns(await pageState(manager), 'Product');
  const warned: string[] = [];
  const consoleWarn = console.warn;
  console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
  // As if saved by an older version of the code, which had a "legacyCode" column.
  await shop.db.prisma.screenSetting.create({ data: { resourceId: 'Product', settings: JSON.stringify({ list: ['title', 'legacyCode'], labels: { title: 'Headline' } }), version: 1 } });
  await shop.db.prisma.screenSettingChange.create({ data: { resourceId: 'Product', after: '{}' } });
  const stale = await pageState(manager);
  expect(listColumns(stale, 'Product')).toEqual(before);
  expect(stale.locale.translations.en.resources?.Product?.properties?.title).not.toBe('Headline');
  console.warn = consoleWarn;
  expect(warned.join('\n')).toContain('screen settings of Product no longer fit the code (Product: unknown field "legacyCode"');
  // The same setting without the stale field applies.
  await shop.db.prisma.screenSetting.update({ where: { resourceId: 'Product' }, data: { settings: JSON.stringify({ list: ['title'], labels: { title: 'Headline' } }), version: 2 } });
  await shop.db.prisma.screenSettingChange.create({ data: { resourceId: 'Product', after: '{}' } });
  const fixed = await pageState(manager);
  expect(listColumns(fixed, 'Product')).toEqual(['title']);
  expect(fixed.locale.translations.en.resources?.Product?.properties?.title).toBe('Headline');
});
