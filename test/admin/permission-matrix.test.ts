// Who may do what, written out by hand: every resource × every action × every role. The table is
// the shop's intent (DOMAIN.md "Staff permissions"), not a copy of the declarations: the test fails
// when a declaration, or what the server enforces, differs from it in either direction, and when
// the app registers an action the table does not list (or the table lists one the app lacks).
// Roles: O = OWNER, M = MANAGER, S = SUPPORT, W = WAREHOUSE; '' = nobody.
import { seedShop } from '../../prisma/seed/demo.js';
import type { Role } from '../../src/plugins/api.js';
import { permissionMatrix } from '../../src/admin/permissions.js';
import { fraudSignals } from '../../src/plugins-builtin/fraud-signals/index.js';
import { lowStockAlerts } from '../../src/plugins-builtin/low-stock-alerts/index.js';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { ALL_ROLES, rolesOf, type Roles } from '../support/roles.js';

// Read-only resources: list/search/show/exports for `read`, nothing else (no form writes ledgers).
const readOnly = (read: Roles) => ({ list: read, search: read, show: read, new: '', edit: '', delete: '', bulkDelete: '', exportCsv: read, exportSelected: read });
const crud = (read: Roles, write: Roles, remove: Roles) => ({ list: read, search: read, show: read, new: write, edit: write, delete: remove, bulkDelete: remove, exportCsv: read, exportSelected: read });

const TABLE: Record<string, Record<string, Roles>> = {
  Order: {
    list: 'OMSW', search: 'OMSW', show: 'OMSW', exportCsv: 'OMSW', exportSelected: 'OMSW', print: 'OMSW',
    new: '', delete: '', bulkDelete: '', // orders come from the shop or a draft; archived or cancelled, never deleted
    edit: 'OMS', archive: 'OMS', unarchive: 'OMS', addTags: 'OMS', removeTags: 'OMS', duplicate: 'OMS',
    fulfil: 'OMW', fulfilItems: 'OMW', // the warehouse ships (all of the selected orders, or parcels of one)
    capture: 'OM', capturePayment: 'OM', refund: 'OM', cancel: 'OM', editLines: 'OM', // money and totals: managers
    holdFulfilment: 'OMS', releaseHold: 'OM', rescoreRisk: 'OM', // fraud-signals plugin
  },
  DraftOrder: { ...crud('OMS', 'OMS', 'OMS'), complete: 'OMS', sendInvoice: 'OMS' },
  DraftOrderLine: crud('OMS', 'OMS', 'OMS'),
  PaymentTransaction: readOnly('OMS'),
  Refund: readOnly('OMS'),
  RefundLine: readOnly('OMS'),
  Fulfillment: readOnly('OMSW'),
  FulfillmentLine: readOnly('OMSW'),
  OrderLine: readOnly('OMSW'),
  Product: { ...crud('OMSW', 'OM', 'OM'), putOnSale: 'OM', endSale: 'OM', importCsv: 'OM' },
  ProductVariant: crud('OMSW', 'OM', 'OM'),
  ProductImage: crud('OMSW', 'OM', 'OM'),
  ProductFeature: crud('OMSW', 'OM', 'OM'),
  Category: crud('OMSW', 'OM', 'OM'),
  // Items are created with their product and never deleted; figures move through adjustStock only.
  InventoryItem: { ...crud('OMSW', 'OMW', ''), new: '', adjustStock: 'OMW' },
  StockMovement: readOnly('OMSW'),
  Customer: crud('OMS', 'OMS', 'OM'),
  Address: crud('OMS', 'OMS', 'OMS'),
  DiscountCode: crud('OMS', 'OM', 'OM'),
  AbandonedCheckout: { ...crud('OMS', '', 'OM'), sendRecovery: 'OMS', sendRecoveryToSelected: 'OMS' },
  AbandonedCheckoutLine: readOnly('OM'),
  StaffUser: crud('O', 'O', 'O'),
  AuditEvent: readOnly('OM'),
  MailMessage: readOnly('OM'),
  ScreenSetting: { ...readOnly('O'), edit: 'O', exportCsv: 'O', exportSelected: 'O', configure: 'O' },
};

/** Plugins' widgets and downloads, by id. */
const WIDGETS: Record<string, Roles> = { 'low-stock': 'OMW' };
const DOWNLOADS: Record<string, Roles> = { 'low-stock-alerts/reorder-list': 'OMW' };

type ActionType = 'resource' | 'record' | 'bulk';
let shop: TestShop;
const registered = new Map<string, Map<string, ActionType>>();
const recordOf = new Map<string, string>();

beforeAll(async () => {
  shop = await startTestShop({ plugins: [fraudSignals, lowStockAlerts()] });
  await seedShop(shop.db.prisma, { orders: 20, seed: 3, provider: shop.db.provider });
  for (const resource of shop.admin.resources) {
    const first = (await resource.find({} as never, { limit: 1 }))[0];
    if (first) recordOf.set(resource.id(), String(first.id()));
    const actions = new Map<string, ActionType>();
    for (const action of Object.values(resource.decorate().actions)) {
      actions.set(action.name, (action as unknown as { action: { actionType: ActionType } }).action.actionType);
    }
    registered.set(resource.id(), actions);
  }
});
afterAll(() => shop.stop());

const cells = () => Object.entries(TABLE).flatMap(([resource, actions]) => Object.entries(actions).flatMap(([action, roles]) => ALL_ROLES.map((role) => ({ resource, action, role, allowed: rolesOf(roles).includes(role) }))));

function url(resource: string, action: string): string {
  const type = registered.get(resource)?.get(action);
  const record = recordOf.get(resource) ?? '999999';
  if (type === 'record') return `${ADMIN_PATH}/api/resources/${resource}/records/${record}/${action}`;
  if (type === 'bulk') return `${ADMIN_PATH}/api/resources/${resource}/bulk/${action}?recordIds=${record}`;
  return `${ADMIN_PATH}/api/resources/${resource}/actions/${action}`;
}

test('the app registers exactly the resources and actions the table lists', () => {
  const inApp = [...registered].flatMap(([r, actions]) => [...actions.keys()].map((a) => `${r}.${a}`)).sort();
  const inTable = Object.entries(TABLE).flatMap(([r, actions]) => Object.keys(actions).map((a) => `${r}.${a}`)).sort();
  expect({ missingFromTable: inApp.filter((k) => !inTable.includes(k)), missingFromApp: inTable.filter((k) => !inApp.includes(k)) }).toEqual({ missingFromTable: [], missingFromApp: [] });
  expect(inTable.length).toBeGreaterThan(200);
});

test('every declaration equals the table, cell by cell, in both directions', () => {
  const declared = permissionMatrix(shop.plugins);
  const differences: string[] = [];
  for (const c of cells()) {
    const says = (declared.get(c.resource)?.[c.action] ?? []).includes(c.role as Role);
    if (says !== c.allowed) differences.push(`${c.resource}.${c.action} ${c.role}: declared ${says ? 'allowed' : 'refused'}, table ${c.allowed ? 'allowed' : 'refused'}`);
  }
  expect(differences).toEqual([]);
});

test('plugins\' widgets and downloads show to the roles the table lists', () => {
  const widgets = Object.fromEntries(shop.plugins.flatMap((p) => (p.widgets ?? []).map((w) => [w.id, [...w.roles].sort()])));
  const downloads = Object.fromEntries(shop.plugins.flatMap((p) => (p.downloads ?? []).map((d) => [`${p.name}/${d.id}`, [...d.roles].sort()])));
  expect(widgets).toEqual(Object.fromEntries(Object.entries(WIDGETS).map(([k, r]) => [k, [...rolesOf(r)].sort()])));
  expect(downloads).toEqual(Object.fromEntries(Object.entries(DOWNLOADS).map(([k, r]) => [k, [...rolesOf(r)].sort()])));
});

test('the server enforces the table: a refused cell answers 403 by GET and by POST, an allowed one is let through', async () => {
  const wrong: string[] = [];
  for (const role of ALL_ROLES) {
    const agent = await shop.login(role);
    for (const c of cells().filter((k) => k.role === role)) {
      const u = url(c.resource, c.action);
      if (!c.allowed) {
        const get = await agent.get(u);
        const post = await agent.post(u).field('quantity', '1').field('reason', 'customer').field('title', 'forged');
        if (get.status !== 403 || post.status !== 403) wrong.push(`${role} ${c.resource}.${c.action}: GET ${get.status}, POST ${post.status} (table: refused)`);
      } else if (!['new', 'delete', 'bulkDelete'].includes(c.action)) {
        // GET asks for the action's data or form; it runs nothing that changes the shop.
        const get = await agent.get(u);
        if (get.status === 403 || get.status === 401 || get.status >= 500) wrong.push(`${role} ${c.resource}.${c.action}: GET ${get.status} (table: allowed)`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test('downloads and widgets answer 403 outside their roles', async () => {
  const wrong: string[] = [];
  for (const role of ALL_ROLES) {
    const agent = await shop.login(role);
    for (const [id, roles] of Object.entries(WIDGETS)) {
      const status = (await agent.get(`${ADMIN_PATH}/api/dashboard/widgets/${id}`)).status;
      if ((status === 403) === rolesOf(roles).includes(role)) wrong.push(`${role} widget ${id}: ${status}`);
    }
    for (const [id, roles] of Object.entries(DOWNLOADS)) {
      const status = (await agent.get(`${ADMIN_PATH}/api/plugins/${id}.csv`)).status;
      if ((status === 403) === rolesOf(roles).includes(role)) wrong.push(`${role} download ${id}: ${status}`);
    }
  }
  expect(wrong).toEqual([]);
});
