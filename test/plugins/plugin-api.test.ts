// The plugin contract end to end: the guide's sample plugin (test/fixtures/plugins/gift-wrap) loaded
// through createApp and through the COUNTER_PLUGINS loader, its action used over HTTP, its subscriber
// fed by a real fulfilment; broken plugins isolated with one log line while the rest keeps working.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { PluginHealth } from '../../src/plugins/health.js';
import { loadPlugins } from '../../src/plugins/load.js';
import { loadConfig } from '../../src/config.js';
import { fulfilOrders } from '../../src/services/orders/fulfil.js';
import { definePlugin, type CounterPlugin } from '../../src/plugins/api.js';
import { giftWrap, GIFT_TAG } from '../fixtures/plugins/gift-wrap/index.js';
import { startPlugins } from '../../src/plugins/run.js';
import brokenHook, { calls } from '../fixtures/plugins/broken-hook/index.js';

const record = (id: number, action: string) => `${ADMIN_PATH}/api/resources/Order/records/${id}/${action}`;

function recordingHealth() {
  const lines: string[] = [];
  return { lines, health: new PluginHealth((line) => lines.push(line)) };
}

describe('the sample plugin, given to createApp', () => {
  let shop: TestShop;
  beforeAll(async () => {
    shop = await startTestShop({ plugins: [giftWrap] });
  });
  afterAll(() => shop.stop());

  test('support gift-wraps an order over HTTP; warehouse is refused; shipping it leaves a note on the timeline', async () => {
    const { item } = await makeItem(shop.db);
    const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    const support = await shop.login('SUPPORT');
    const res = await support.post(record(order.id, 'giftWrap'));
    expect(res.status).toBe(200);
    expect(res.body.notice).toEqual({ message: `${order.name} will be gift-wrapped`, type: 'success' });
    expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).tags).toBe(GIFT_TAG);

    const warehouse = await shop.login('WAREHOUSE');
    expect((await warehouse.post(record(order.id, 'giftWrap'))).status).toBe(403);

    await fulfilOrders(shop.db, { orderIds: [order.id], mailMode: 'local' });
    await shop.events.idle();
    const notes = await shop.db.prisma.auditEvent.findMany({ where: { orderId: order.id, action: 'gift-wrap.shipped' } });
    expect(notes.map((n) => n.message)).toEqual(['Shipped gift-wrapped']);

    const late = await support.post(record(order.id, 'giftWrap'));
    expect(late.status).toBe(409);
    expect(late.body.notice.message).toBe(`${order.name} has shipped; it can no longer be gift-wrapped.`);
  });

  test("the action is among the order's record actions", async () => {
    const owner = await shop.login('OWNER');
    const res = await owner.get(`${ADMIN_PATH}/api/resources/Order/actions/list`);
    expect(res.status).toBe(200);
    const { item } = await makeItem(shop.db);
    const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    const show = await owner.get(`${ADMIN_PATH}/api/resources/Order/records/${order.id}/show`);
    expect(show.body.record.recordActions.map((a: { name: string }) => a.name)).toContain('giftWrap');
  });
});

describe('COUNTER_PLUGINS', () => {
  test('names built-in plugins by default; "none" turns them all off', () => {
    expect(loadConfig({}).plugins).toEqual(['low-stock-alerts', 'fraud-signals']);
    expect(loadConfig({ COUNTER_PLUGINS: 'none' }).plugins).toEqual([]);
    expect(loadConfig({ COUNTER_PLUGINS: 'fraud-signals, ./plugins/mine.js' }).plugins).toEqual(['fraud-signals', './plugins/mine.js']);
  });

  test('loads a plugin from a path; a module that throws at import and an unknown name are skipped with one line each', async () => {
    const { lines, health } = recordingHealth();
    const plugins = await loadPlugins(['./test/fixtures/plugins/gift-wrap/index.ts', './test/fixtures/plugins/broken-load/index.ts', 'no-such-plugin'], health);
    expect(plugins.map((p) => p.name)).toEqual(['gift-wrap']);
    expect(lines).toEqual([
      expect.stringMatching(/^counter: plugin ".\/test\/fixtures\/plugins\/broken-load\/index.ts" not loaded: loading .* threw: GIFT_API_KEY is not set$/),
      expect.stringMatching(/^counter: plugin "no-such-plugin" not loaded: no built-in plugin has that name/),
    ]);

    const shop = await startTestShop({ plugins, pluginHealth: health });
    try {
      const { item } = await makeItem(shop.db);
      const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
      const manager = await shop.login('MANAGER');
      expect((await manager.post(record(order.id, 'giftWrap'))).status).toBe(200);
      expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).tags).toBe(GIFT_TAG);
    } finally {
      await shop.stop();
    }
  });

  test('the built-in plugins load by name', async () => {
    const { lines, health } = recordingHealth();
    const plugins = await loadPlugins(['low-stock-alerts', 'fraud-signals'], health);
    expect(plugins.map((p) => p.name)).toEqual(['low-stock-alerts', 'fraud-signals']);
    expect(lines).toEqual([]);
  });
});

describe('a failing plugin is isolated', () => {
  let shop: TestShop;
  let lines: string[];
  const noRoles = definePlugin({
    name: 'no-roles',
    extend: { Order: { permissions: {}, actions: () => ({ sneaky: { actionType: 'record', handler: async () => ({}) } }) } },
  }) as CounterPlugin;
  const unknownModel = { name: 'tables', resources: [{ model: 'Wishlist', permissions: {} }] } as unknown as CounterPlugin;
  const badWidget = definePlugin({ name: 'bad-widget', widgets: [{ id: 'w', title: 'W', roles: ['OWNER'], component: 'NotRegistered', load: async () => ({}) }] });

  beforeAll(async () => {
    const recorded = recordingHealth();
    lines = recorded.lines;
    shop = await startTestShop({ plugins: [noRoles, unknownModel, badWidget, brokenHook, giftWrap], pluginHealth: recorded.health });
  });
  afterAll(() => shop.stop());

  test('invalid definitions are skipped at start, one line each; the app starts with the rest', async () => {
    expect(lines).toEqual([
      'counter: plugin "no-roles" not loaded: extend Order: action "sneaky" declares no roles',
      'counter: plugin "tables" not loaded: resource Wishlist: no such model in the schema (plugins cannot add tables)',
      'counter: plugin "bad-widget" not loaded: widget "w": component "NotRegistered" is not registered (registerComponent)',
    ]);
    expect(shop.plugins.map((p) => p.name)).toEqual(expect.arrayContaining(['orders', 'broken-hook', 'gift-wrap']));
    expect(shop.plugins.map((p) => p.name)).not.toContain('no-roles');
  });

  test('a subscriber that throws disables its plugin with one line; orders, and the other plugins, carry on', async () => {
    const { item } = await makeItem(shop.db);
    const first = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    await shop.events.idle();
    expect(lines.slice(3)).toEqual(['counter: plugin "broken-hook" disabled: its order.placed subscriber threw: webhook endpoint refused the connection']);
    expect(shop.pluginHealth.isEnabled('broken-hook')).toBe(false);
    expect(await shop.db.prisma.order.count({ where: { id: first.id } })).toBe(1); // the order stands

    await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    await shop.events.idle();
    expect(calls.placed).toBe(1); // disabled for the rest of the process: not called again
    expect(lines).toHaveLength(4); // the three skipped plugins, and this one

    const support = await shop.login('SUPPORT');
    expect((await support.post(record(first.id, 'giftWrap'))).status).toBe(200);
    expect((await support.get(`${ADMIN_PATH}/api/resources/Order/actions/list`)).status).toBe(200);
    // The skipped plugin's action does not exist: the permission matrix refuses it.
    expect((await support.post(record(first.id, 'sneaky'))).status).toBe(403);
  });

  test("a disabled plugin's actions say so instead of running", async () => {
    shop.pluginHealth.fail('gift-wrap', 'its order.fulfilled subscriber', new Error('label printer offline'));
    const { item } = await makeItem(shop.db);
    const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    const support = await shop.login('SUPPORT');
    const res = await support.post(record(order.id, 'giftWrap'));
    expect(res.body.notice).toEqual({
      message: 'The gift-wrap plugin is turned off after an error (its order.fulfilled subscriber threw: label printer offline). Ask the administrator to check the log.',
      type: 'error',
    });
    expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).tags).toBe('');
  });
});

test("a plugin whose start throws is disabled with one line; the others' start runs", () => {
  const { lines, health } = recordingHealth();
  const started: string[] = [];
  const ctx = {} as Parameters<typeof startPlugins>[1];
  const stop = startPlugins([
    definePlugin({ name: 'bad-start', start: () => { throw new Error('no timer for you'); } }),
    definePlugin({ name: 'good-start', start: () => { started.push('good-start'); } }),
  ], ctx, health);
  stop();
  expect(started).toEqual(['good-start']);
  expect(lines).toEqual(['counter: plugin "bad-start" disabled: start threw: no timer for you']);
  expect([health.isEnabled('bad-start'), health.isEnabled('good-start')]).toEqual([false, true]);
});
